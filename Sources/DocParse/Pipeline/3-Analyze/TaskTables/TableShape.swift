/// The shapes a task table takes once extraction has flattened it to text, one reading rule
/// each. `TaskTableReader.rows` tries them in `allCases` order at every line (the list is the
/// table layer's registry); a row keeps the shape that read it, and `--trace` writes
/// ``ruleName`` on the units its row attributes.
enum TableShape: String, CaseIterable, Sendable {
    /// One cell per line with a line holding only `|` after each cell (`BarLineTable`).
    case barLines = "bar-lines"
    /// `序号 | 任务 | 牵头单位`: cells cut at `|`.
    case pipes
    /// Cells cut at tabs (a sheet or an HTML table read by Ingest).
    case tabs
    /// Cells cut at blanks, every row filling every column (`readBlankRows`).
    case blanks
    /// Cells cut at runs of blanks, with blanks inside cells, empty (merged) cells and cells
    /// running over lines; the header's names may be cut too (`牵头  领导`). Rows are found
    /// by their running 序号 and their pieces aligned to the header (`BlankAlignedTable`).
    case blankAligned = "blank-aligned"
    /// One cell per line, the header's names possibly cut over two lines (`责任` / `领导`).
    case lineCells = "line-cells"
    /// Cells run together with no separator at all, rows one after another inside lines
    /// (`序号项目名称…配合单位1增加…。何某某教育局…2促进…`), lines possibly cut by a sharing site's
    /// page-chunk markers (`2、`) (`RunTogetherTable`).
    case runTogether = "run-together"
    /// A PDF table copied as text with every line break inside a cell turned into a blank:
    /// header and rows run on in one line, markers (`一`, `1.`, `①`) inline
    /// (`RunOnCellsTable`).
    case runOnCells = "run-on-cells"

    /// The name `--trace` writes on the units of a row read in this shape.
    var ruleName: String { "units.table-row." + rawValue }

    /// Whether rows of this shape are cut at a running 序号 (each number greater than the last,
    /// standing alone as the row's first cell), so that a row number the outline finds out of
    /// sequence (an excerpt's rows 81, 85, 87) is still the row's own number. A tab row's
    /// number is a cell of its own too (the source's table cell, `TaskTableReader.tabCells`):
    /// rows left out of a published list (`14` then `21`) keep their numbers.
    var readsRowSequence: Bool {
        switch self {
        case .barLines, .tabs, .blankAligned, .lineCells, .runTogether, .runOnCells: return true
        case .pipes, .blanks: return false
        }
    }

    /// Whether rows of this shape stand inside lines (several rows on one line), so that the
    /// outline opens each at its number rather than at a line start.
    var readsInline: Bool {
        switch self {
        case .runTogether, .runOnCells: return true
        default: return false
        }
    }
}
