/// The rules that make a quantity a target, in the order `TargetExtractor` tries them: the
/// first that holds names the target's rule (`parsecli parse --trace` writes the raw value).
/// A quantity that none of them holds for is not a target.
enum TargetSignal: String, Sendable, CaseIterable {
    /// A figure in a year column of an indicator table (`YearColumns`): `2025年` / `93`.
    case yearColumn = "target.year-column"
    /// A comparator word bounds the figure: `不低于90%`, `93%以上`.
    case comparator = "target.comparator"
    /// A target verb stands before the figure in its clause: `新增学位2万个`, `投资4.2亿元`.
    case verb = "target.verb"
    /// The figure is a multiple: `翻一番`, `增长2倍`.
    case multiplier = "target.multiplier"
    /// The figure is in percentage points: `提高5个百分点`.
    case percentagePoint = "target.percentage-point"
    /// A count of times after `每` and a period: `每两周调研一次`.
    case frequency = "target.frequency"
    /// A counted subject with its verb after it, in a sentence with a deadline:
    /// `到2025年底,4个县通过…认定`.
    case verbAfterDeadline = "target.verb-after-deadline"
    /// A deadline earlier in the sentence: `到2025年,全市推行30处…`.
    case deadline = "target.deadline"
    /// A count after `每年`, `每周`, `每学期` in its clause: `每周开设2节体育课`.
    case perPeriod = "target.per-period"
    /// A duration a term noun names: `有效期3年`, `持有期为5年`.
    case term = "target.term"
    /// 力争, 确保, 争取 before the figure in its clause: `力争2条街区列入省级示范`.
    case goalWord = "target.goal-word"
    /// A counted group after 为/对/向 that a target verb serves: `为8000名老人提供服务`.
    case beneficiary = "target.beneficiary"
    /// A bare number closing a clause that names a ratio or a target verb (the unit lost):
    /// `学生占比为0。`.
    case bareFigure = "target.bare-figure"
    /// A clause of only a figure and its noun right after a target's clause:
    /// `建设3个工作室,10个责任区`.
    case listContinuation = "target.list-continuation"
    /// A counted subject whose clause says the work on it is done: `46项任务全部完成`.
    case completion = "target.completion"
    /// A word naming the document's year (or the next) earlier in the clause, as a deadline
    /// does, before a figure that closes its clause: `年底前清理拖欠账款100%`, `全年为企业减税降费
    /// 150亿元` (not a counted subject: `全年27项民生实事稳步推进`).
    case yearWord = "target.year-word"
    /// Every figure of a progress report left after the exclusions is an achievement.
    case report = "target.report"
    /// Every figure left after the exclusions under a heading that names one year and looks
    /// back on it (`一、2023年工作回顾`) is an achievement of that year.
    case reviewSection = "target.review-section"
    /// Every figure left after the exclusions under a heading that names one year and lists
    /// its work (`二、2024年重点任务`) is a target of that year.
    case taskSection = "target.task-section"
}
