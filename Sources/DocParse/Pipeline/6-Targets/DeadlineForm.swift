/// Where a target's year comes from, named for `parse --trace` (a target's `yearRule`): the
/// deadline phrases `DeadlineFinder` reads in the figure's own sentence, then, in the order
/// `TargetStage` tries them, the places a figure with no phrase of its own takes its year from.
enum DeadlineForm: String, Sendable, CaseIterable {
    /// A word before the year: `到2025年`, `力争2025年`, `截至2025年底`.
    case beforeYear = "deadline.before-year"
    /// A word after the year: `2025年底`, `2025年前`, `2025年内`.
    case afterYear = "deadline.after-year"
    /// A year opening its clause before a comma: `2025年,全市…`.
    case yearComma = "deadline.year-comma"
    /// A year right before a figure: `2024年85%的校区…`.
    case yearFigure = "deadline.year-figure"
    /// A year opening its clause before words (a weak deadline): `2025年全省…`.
    case openingYear = "deadline.opening-year"
    /// The end of a five-year plan: `十四五末`.
    case planEnd = "deadline.plan-end"
    /// A five-year plan's span: `十四五期间` (due at its end).
    case planSpan = "deadline.plan-span"
    /// A deadline opening the paragraph or the `:` list the figure is in.
    case carried = "deadline.carried"
    /// The year column of an indicator table the figure is in (`YearColumns`).
    case yearColumn = "deadline.year-column"
    /// The 完成时限 cell of the figure's task-table row.
    case tableRow = "deadline.table-row"
    /// A heading naming one year: `二、2024年重点任务`.
    case headingYear = "deadline.heading-year"
    /// A goal heading whose body opens with a deadline: `(二)发展目标。到2025年`.
    case goalHeading = "deadline.goal-heading"
    /// `今年`, `年底前`, `四季度`: the document's year.
    case currentYear = "deadline.current-year"
    /// `明年`, `明年底`: the year after the document's year.
    case nextYear = "deadline.next-year"
    /// A title naming one year: `2023年工作要点`.
    case oneYearDocument = "deadline.one-year-document"
    /// An achievement with no year of its own: the year of the document that reports it.
    case documentDate = "deadline.document-date"
}
