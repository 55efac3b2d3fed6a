/// A task table copied one cell per line with a line holding only `|` after every cell
/// (a spreadsheet pasted through a page editor):
///
/// ```
/// 序号
/// |
/// 主要工作目标
/// |
/// 牵头责任单位
/// |
/// 14
/// |
/// 聚力推动制造业提质扩量增效
/// |
/// 县发展改革委
/// 县经济和信息化局
/// |
/// ```
///
/// The bar lines delimit the cells exactly, so a cell may run over several lines (stacked
/// units, a wrapped text). A row may have lost a cell (merged in the original): it then ends
/// at the next row's number cell, and its cells are put under the columns by `CellAligner`. Row numbers need not be consecutive (an excerpt of a longer
/// list): a row starts with a number cell greater than the last one. The bar lines may be
/// zoned as page furniture (a lone `|` looks like a menu separator), so this reader walks
/// every non-blank line. One pass over the lines.
enum BarLineTable {
    /// Whether the line holds only a `|`.
    static func isBar(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let c = Blanks.trim(t, r)
        return c.count == 1 && t[c.lowerBound].value == 0x7C
    }

    /// Most lines one cell may run over, and most columns of a header: both bound the work
    /// done at a line that only looks like a header, so reading stays linear.
    static let cellMaxLines = 40
    static let headerMaxColumns = 24

    /// The cells from line `from` on: each the range from its first line's start to its last
    /// line's end, with the index of the line after the bar that closes it.
    static func cells(_ text: NormalizedText, _ lines: [Int], from: Int, limit: Int) -> [(range: Range<Int>, next: Int)] {
        var out: [(Range<Int>, Int)] = []
        var k = from
        while k < lines.count, out.count < limit {
            var lo: Int? = nil, hi = 0
            let first = k
            while k < lines.count, k - first < cellMaxLines, !isBar(text.text, text.lines[lines[k]].range) {
                let r = ContentLines.trimmed(text.text, text.lines[lines[k]].range)
                if !r.isEmpty { lo = lo ?? r.lowerBound; hi = r.upperBound }
                k += 1
            }
            guard let lo else { break }
            // A cell ends at its bar; the text's last cell may end with the text (an excerpt cut there).
            guard k < lines.count, isBar(text.text, text.lines[lines[k]].range) else {
                if k == lines.count { out.append((lo..<hi, k)) }
                break
            }
            k += 1
            out.append((lo..<hi, k))
        }
        return out
    }

    /// The header at line `k` (its cells are column names, a task and a unit column among
    /// them), read as rows until a row does not fit. Returns the line index after the table,
    /// or nil when no such header starts at `k`.
    /// `lines`: the indices of the text's non-blank lines; `k` an index into it.
    static func read(_ text: NormalizedText, _ lines: [Int], at k: Int, _ out: inout [TaskTableRow],
                     _ diagnostics: inout [Diagnostic]) -> Int? {
        guard k + 1 < lines.count, isBar(text.text, text.lines[lines[k + 1]].range) else { return nil }
        var header: [TaskTableReader.Column] = []
        var names: [String] = []
        var j = k
        // Header cells: one line each, every one a column name, each closed by a bar.
        while j + 1 < lines.count, header.count < headerMaxColumns, isBar(text.text, text.lines[lines[j + 1]].range) {
            let r = ContentLines.trimmed(text.text, text.lines[lines[j]].range)
            guard let c = TaskTableReader.column(text, r) ?? HeaderRoles.role(text.text, r) else { break }
            header.append(c)
            names.append(text.original(r))
            j += 2
        }
        guard header.count >= 3, TaskTableReader.isTableHeader(header), header.first == .number else { return nil }
        var last = 0
        var next = j
        while true {
            var row = cells(text, lines, from: next, limit: header.count)
            guard let f = row.first, let n = TaskTableReader.numberValue(text.text, f.range), n > last else { break }
            // A row that lost a cell (merged away) ends where the next row's number cell stands.
            if let cut = row.indices.dropFirst(2).first(where: { (TaskTableReader.numberValue(text.text, row[$0].range) ?? 0) > n }) {
                row.removeSubrange(cut...)
            }
            var ranges = row.map(\.range)
            if row.count < header.count {
                // Which column is missing is told by what the cells hold (`CellAligner`).
                let pieces = ranges.map { CellAligner.Piece(range: $0, gap: 1) }
                guard row.count >= 3, let aligned = CellAligner.align(text, header, pieces) else { break }
                ranges = aligned.cells
            }
            guard let made = TaskTableReader.makeRow(text, header, names, ranges) else { break }
            if n != last + 1, last > 0 {
                diagnostics.append(Diagnostic(severity: .info, code: "units.table-row-numbers-skip",
                                              message: "table rows jump from \(last) to \(n): the table is an excerpt or rows were left out",
                                              span: text.span(row[0].range)))
            }
            out.append(made)
            last = n
            next = row[row.count - 1].next
        }
        return last == 0 ? nil : next
    }
}
