/// Rule `year column`: an indicator table (`主要指标`) gives each year its own column,
///
/// ```
/// 指标            单位   2023年(基期)  2025年  2027年
/// 学前教育毛入园率  %      90           93      ≥95
/// ```
///
/// and writes its figures bare, the unit in a unit column or in brackets after the indicator
/// (`新增学位(万个)`). Each figure of a year column is a target of that column's year, with the
/// row's unit (a bare figure of a row that states no unit is not read: its unit is unknown); a
/// column of the base year (`基期`, `现状`, `2023年实际`, or a year before the document's period)
/// states the past and is not read. Only tab-separated cells count (an HTML, Word or
/// spreadsheet table flattened to text): normalization folds a tab into a blank, so the
/// original text tells cells apart.
///
/// The table is read once, in one pass over the lines (a line without a tab costs one scan of
/// its source); the stage then asks for cells in text order with a cursor.
struct YearColumns {
    struct Cell: Equatable {
        /// The cell (normalized, blanks at its ends left out).
        var range: Range<Int>
        var year: Int
        /// The row's unit, nil when the table names none.
        var unit: String?
        /// The row's first cell: what the figures measure.
        var indicator: Range<Int>?
    }

    /// In text order, not overlapping.
    let cells: [Cell]

    init() { cells = [] }

    static let baseWords = WordMatch.scalars(TargetWords.baseColumnWords)
    static let unitHeaders = Set(TargetWords.unitColumnHeaders)
    static let yearLeads: Set<Unicode.Scalar> = TargetWords.yearColumnLeads

    /// - Parameter firstYear: the first year of the document's period (`(2024—2027年)`): a
    ///   column of an earlier year is the base year's, whatever its header says.
    init(_ text: NormalizedText, firstYear: Int? = nil) {
        let t = text.text
        let reader = RepeatedCells(text)
        var out: [Cell] = []
        // The open table: its column count, year per column (nil: not a year column), unit column.
        var years: [Int?] = []
        var unitColumn: Int? = nil
        var s = 0
        while s < t.count {
            var e = s
            while e < t.count, t[e] != "\n" { e += 1 }
            let cells = reader.cells(s..<e)
            if cells.count >= 3, let header = Self.header(t, cells) {
                years = header.years.map { y in y.flatMap { y in firstYear.map { y < $0 } == true ? nil : y } }
                unitColumn = header.unit
            } else if !years.isEmpty, cells.count == years.count {
                var unit: String? = nil
                if let u = unitColumn, !cells[u].isEmpty, cells[u].count <= TargetWords.unitCellLength,
                   !cells[u].contains(where: { CharClass.isDigit(t[$0].value) }) {
                    unit = SourceText.utf8String(t[cells[u]])
                } else {
                    unit = Self.bracketedUnit(t, cells[0])
                }
                for (k, y) in years.enumerated() {
                    guard let y, !cells[k].isEmpty else { continue }
                    out.append(Cell(range: cells[k], year: y, unit: unit, indicator: cells[0].isEmpty ? nil : cells[0]))
                }
            } else {
                years = []
                unitColumn = nil
            }
            s = e + 1
        }
        self.cells = out
    }

    /// The header of an indicator table: at least one year column that is not a base year.
    static func header(_ t: [Unicode.Scalar], _ cells: [Range<Int>]) -> (years: [Int?], unit: Int?)? {
        var years: [Int?] = []
        var unit: Int? = nil
        var any = false
        for (k, c) in cells.enumerated() {
            if unitHeaders.contains(SourceText.utf8String(t[c])) { unit = k }
            let y = yearColumn(t, c)
            if y != nil { any = true }
            // A row of figures (`1  新建学校3所  2025年`) is no header: only year cells hold digits.
            if y == nil, c.contains(where: { CharClass.isDigit(t[$0].value) }) {
                // A base-year column (`2023年(基期)`) is a header cell all the same.
                guard YearReader.year(t, c.lowerBound, c.upperBound) != nil || (c.count > 1 && YearReader.year(t, c.lowerBound + 1, c.upperBound) != nil) else { return nil }
            }
            years.append(y)
        }
        return any ? (years, unit) : nil
    }

    /// The year a header cell names (`2025年`, `2025年目标`, `到2027年`), nil for a base-year
    /// column (`2023年(基期)`, `2023年现状`) or any other cell.
    static func yearColumn(_ t: [Unicode.Scalar], _ c: Range<Int>) -> Int? {
        var i = c.lowerBound
        if i < c.upperBound, yearLeads.contains(t[i]) { i += 1 }
        guard let y = YearReader.year(t, i, c.upperBound) else { return nil }
        let rest = (i + 4)..<c.upperBound
        guard rest.count <= TargetWords.yearCellTail,
              !rest.contains(where: { CharClass.isDigit(t[$0].value) }),
              !rest.contains(where: { k in baseWords.contains { WordMatch.at(t, k, c.upperBound, $0) } }) else { return nil }
        return y
    }

    /// `新增公办学位(万个)` → `万个`: a short bracket closing the indicator cell.
    static func bracketedUnit(_ t: [Unicode.Scalar], _ c: Range<Int>) -> String? {
        guard c.count >= 3, t[c.upperBound - 1] == ")" else { return nil }
        var k = c.upperBound - 2
        while k > c.lowerBound, t[k] != "(" { k -= 1 }
        let inner = (k + 1)..<(c.upperBound - 1)
        guard t[k] == "(", !inner.isEmpty, inner.count <= TargetWords.unitCellLength,
              !inner.contains(where: { CharClass.isDigit(t[$0].value) }) else { return nil }
        return SourceText.utf8String(t[inner])
    }

    /// The cell holding offset `i`; `cursor` walks forward with ascending offsets.
    func cell(at i: Int, cursor: inout Int) -> Cell? {
        while cursor < cells.count, cells[cursor].range.upperBound <= i { cursor += 1 }
        guard cursor < cells.count, cells[cursor].range.contains(i) else { return nil }
        return cells[cursor]
    }
}
