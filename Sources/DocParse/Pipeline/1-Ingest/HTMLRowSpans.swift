/// The columns of one HTML table that cells merged down from rows above (`rowspan`) still
/// cover. A merged cell is written once, in its first row; the rows below leave it out, so
/// their cells would slide left under the wrong headers. Read with this, a covered column is
/// an empty cell, the shape of a merge in the other readers (a cell shown once).
struct HTMLRowSpans {
    /// Per column: how many more rows a cell from above covers it.
    private var covered: [Int] = []
    /// The column the current row's next cell starts in.
    private(set) var column = 0
    /// Coverings begun by the current row's cells (column → rows below it covers).
    private var begun: [Int: Int] = [:]

    /// Longest merge honoured: a bigger `rowspan` is read as this (browsers clamp at 65534).
    static let maxRows = 1000
    /// Columns tracked: merges further right are not carried (no task table is this wide),
    /// so a row costs at most this much however its cells are spanned.
    static let maxColumns = 256
    /// Whether any column is covered, so rows of tables without merges cost nothing here.
    private var anyCovered = false

    mutating func startRow() {
        column = 0
        begun = [:]
    }

    /// Moves past the columns covered from above, from the next column on; returns how many.
    mutating func skipCovered() -> Int {
        var n = 0
        while column < covered.count, covered[column] > 0 {
            column += 1
            n += 1
        }
        return n
    }

    /// A cell of the current row at the next column.
    mutating func cell(colspan: Int, rowspan: Int) {
        let width = min(max(colspan, 1), Self.maxColumns)
        if rowspan > 1, column < Self.maxColumns {
            for k in column..<min(column + width, Self.maxColumns) { begun[k] = min(rowspan, Self.maxRows) - 1 }
        }
        column += width
    }

    /// Ends the current row: coverings move one row on, and the row's own begin.
    mutating func endRow() {
        guard anyCovered || !begun.isEmpty else { column = 0; return }
        let width = max(covered.count, (begun.keys.max() ?? -1) + 1)
        if width > covered.count { covered += [Int](repeating: 0, count: width - covered.count) }
        for k in covered.indices where covered[k] > 0 { covered[k] -= 1 }
        for (k, v) in begun { covered[k] = max(covered[k], v) }
        anyCovered = covered.contains { $0 > 0 }
        begun = [:]
        column = 0
    }

    /// The `rowspan` of a cell event (1 when absent or not a number).
    static func rows(_ e: HTMLReader.Event) -> Int {
        e.attributes["rowspan"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 1
    }
}
