/// A task table whose cells were cut at blanks by the extraction, one row per line or over a
/// few lines, the way a web page's table comes out as text:
///
/// ```
/// 序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位
/// 1 防洪安 全 加固病险水库 完成12座水库除险加固。 县水利局 县财政局 各乡镇
/// 2  整治河道 疏浚河道30公里。 县水利局 县自然资源局 各乡镇
/// ```
///
/// Blanks also stand inside cells (a wrapped cell: `防洪安 全`), an empty (merged) cell
/// leaves an extra blank or nothing, and a cell of stacked units runs over lines. The header's
/// names may be cut too (`牵头  领导`): `HeaderCells` joins them. Rows are found by their
/// running 序号 (a line opening with a number greater than the last row's; a category row
/// `一、…` or the header repeated on a new page may stand between rows), and each row's pieces
/// are put under the columns by `CellAligner`. A row runs to the next row's number line; the
/// last row takes the lines after it only while they fit its columns no worse.
enum BlankAlignedTable {
    /// Most lines one row may run over.
    static let rowMaxLines = 12

    /// The pieces of lines `from..<to` (indices into `lines`) cut at blanks, with the blanks
    /// before each.
    /// At most `limit` pieces are read (a long line is no header).
    static func pieces(_ text: NormalizedText, _ lines: [Int], _ from: Int, _ to: Int, limit: Int = .max) -> [CellAligner.Piece] {
        let t = text.text
        var out: [CellAligner.Piece] = []
        for li in from..<to {
            let r = Blanks.trim(t, text.lines[lines[li]].range)
            var i = r.lowerBound
            var first = true
            while i < r.upperBound, out.count < limit {
                var b = 0
                while i < r.upperBound, t[i].value == 0x20 || t[i].value == 0x09 { i += 1; b += 1 }
                var j = i
                while j < r.upperBound, t[j].value != 0x20, t[j].value != 0x09 { j += 1 }
                if j > i { out.append(CellAligner.Piece(range: i..<j, gap: first ? 1 : b)) }
                first = false
                i = j
            }
        }
        return out
    }

    /// The row number opening content line `li`, when its first piece is a number alone.
    static func rowNumber(_ text: NormalizedText, _ lines: [Int], _ li: Int) -> Int? {
        let t = text.text
        let r = Blanks.trim(t, text.lines[lines[li]].range)
        var j = r.lowerBound
        while j < r.upperBound, t[j].value != 0x20, t[j].value != 0x09 { j += 1 }
        guard j < r.upperBound else { return nil }  // a number with nothing after it is no row
        return TaskTableReader.numberValue(t, r.lowerBound..<j)
    }

    static func isHeader(_ text: NormalizedText, _ lines: [Int], _ li: Int, _ header: HeaderCells.Header) -> Bool {
        let p = pieces(text, lines, li, li + 1, limit: HeaderCells.maxPieces + 1).map(\.range)
        guard let f = p.first, TaskTableReader.exactColumn(text.text, f) == .number else { return false }
        return HeaderCells.read(text, p)?.columns == header.columns
    }

    static func read(_ text: NormalizedText, _ markers: LineMarkers, _ lines: [Int], at k: Int,
                     _ out: inout [TaskTableRow], _ diagnostics: inout [Diagnostic]) -> Int? {
        let t = text.text
        let r = text.lines[lines[k]].range
        guard !TaskTableReader.hasPipe(t, r) || TaskTableReader.pipeCells(t, r).count == 1 else { return nil }
        guard let f = pieces(text, lines, k, k + 1, limit: 1).first, TaskTableReader.exactColumn(t, f.range) == .number else { return nil }
        let hp = pieces(text, lines, k, k + 1, limit: HeaderCells.maxPieces + 1).map(\.range)
        guard hp.count >= 3, hp.count <= HeaderCells.maxPieces, TaskTableReader.exactColumn(t, hp[0]) == .number,
              let header = HeaderCells.read(text, hp), header.columns.count >= 3, header.columns.count <= BarLineTable.headerMaxColumns,
              header.columns.first == .number, TaskTableReader.isTableHeader(header.columns) else { return nil }
        let cap = header.columns.count * CellAligner.maxPiecesPerCell + 1
        var li = k + 1
        var last = 0
        var read = 0
        while li < lines.count {
            if TaskTableReader.isCategoryRow(t, markers, text.lines[lines[li]].range) || isHeader(text, lines, li, header) {
                li += 1
                continue
            }
            guard let n = rowNumber(text, lines, li), n > last else { break }
            // The row runs to the next row's number line.
            var end = li + 1
            var closed = false
            while end < lines.count, end - li < rowMaxLines {
                if let m = rowNumber(text, lines, end), m > n { closed = true; break }
                if TaskTableReader.isCategoryRow(t, markers, text.lines[lines[end]].range) || isHeader(text, lines, end, header) {
                    closed = true
                    break
                }
                end += 1
            }
            var best: (cells: [Range<Int>], cost: Int, end: Int)? = nil
            if closed {
                if let a = CellAligner.align(text, header.columns, pieces(text, lines, li, end, limit: cap)) { best = (a.cells, a.cost, end) }
            } else {
                // The last row: its own line, then each line after it while the row fits better with it.
                for e in (li + 1)...end {
                    guard let a = CellAligner.align(text, header.columns, pieces(text, lines, li, e, limit: cap)) else { break }
                    if let b = best, a.cost >= b.cost { break }
                    best = (a.cells, a.cost, e)
                }
            }
            // A row is cut at most `maxPiecesPerCell` pieces a column (`align` refuses more).
            guard let b = best, let row = TaskTableReader.makeRow(text, header.columns, header.names, b.cells) else { break }
            if n != last + 1, last > 0 {
                diagnostics.append(Diagnostic(severity: .info, code: "units.table-row-numbers-skip",
                                              message: "table rows jump from \(last) to \(n): the table is an excerpt or rows were left out",
                                              span: text.span(b.cells[0])))
            }
            out.append(row)
            read += 1
            last = n
            li = b.end
        }
        return read > 0 ? li : nil
    }
}
