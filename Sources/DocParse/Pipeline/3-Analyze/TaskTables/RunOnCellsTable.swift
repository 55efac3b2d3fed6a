/// A task table copied as text from a PDF preview, where every line break inside a cell
/// became a blank, so that the header and all rows run on in one long line:
///
/// ```
/// 序号 重点任务 工作内容 具体措施 责任单位 一 完善基层 服务网络 1.建强村 级站点。 ①每个村
/// 建成 1 个服务站。 县民政局、财 政局,各乡镇。列在首位的为牵头单位。 ②…。 2.…。 …。 县民政局
/// ```
///
/// Blanks stand between cells and inside words (`建强村 级站点`, `财 政局`). The header is a
/// run of column names (`序号` first) followed by the first row's number cell alone (`一` or
/// `1`). Rows are found by their markers, each the next of its sequence: the number column's
/// numeral alone opens a row; when `1.` items follow it, the number's row is a category (its
/// cell up to the first item is the category's title) and each `1.` item is a row, titled by
/// its cell's first sentence; `①` (another marker style) inside a row opens a sub-item. A
/// row's units are the first sentence after a `。` that reads as a strict list of unit names
/// once a blank between Han characters is read as a wrapped line; the unit cell runs on to
/// the next marker, and a note in it saying the first-listed unit leads
/// (a lead word and a word of first place, `RoleWords`) gives the row's first unit the lead. Every cell keeps
/// its span over the blanks as written; unit names are joined without them. Linear: each
/// piece is looked at once to find the markers and once in a row; each sentence is tried
/// as a unit list at most once.
enum RunOnCellsTable {
    /// Most scalars of a task's title (its first sentence); a longer one is cut at its first piece.
    static let titleMax = 40
    /// Longest sentence tried as a unit list.
    static let unitsMax = 160

    struct Piece {
        var range: Range<Int>
    }

    enum Opener {
        case number(Int)
        case item(MarkerCandidate)
        case sub(MarkerCandidate)
    }

    /// The blank-separated pieces of `r`.
    static func pieces(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = r.lowerBound
        while i < r.upperBound {
            while i < r.upperBound, t[i].value == 0x20 || t[i].value == 0x09 { i += 1 }
            var j = i
            while j < r.upperBound, t[j].value != 0x20, t[j].value != 0x09 { j += 1 }
            if j > i { out.append(i..<j) }
            i = j
        }
        return out
    }

    /// Whether some piece of `r` (as `pieces` cuts them) names the number column.
    static func hasNumberPiece(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let columns = TaskTableReader.columns
        var i = r.lowerBound
        while i < r.upperBound {
            while i < r.upperBound, t[i].value == 0x20 || t[i].value == 0x09 { i += 1 }
            var j = i
            while j < r.upperBound, t[j].value != 0x20, t[j].value != 0x09 { j += 1 }
            if j > i, columns.exact(t, i..<j) == .number { return true }
            i = j
        }
        return false
    }

    /// The value of a number cell written alone: digits or a Chinese numeral.
    static func numberCell(_ t: [Unicode.Scalar], _ r: Range<Int>, chinese: Bool) -> Int? {
        guard !r.isEmpty, r.count <= 3 else { return nil }
        if chinese { return r.allSatisfy({ CharClass.isChineseNumeral(t[$0].value) }) ? ChineseNumerals.value(t[r]) : nil }
        return r.allSatisfy({ CharClass.isDigit(t[$0].value) }) ? ChineseNumerals.arabic(t[r]) : nil
    }

    /// A list marker opening piece `r` and followed by text in it.
    static func marker(_ t: [Unicode.Scalar], _ r: Range<Int>) -> MarkerCandidate? {
        guard let m = MarkerLexer.match(t, at: r.lowerBound, end: r.upperBound),
              let c = MarkerReader.intact(t, r.lowerBound, m, r.upperBound), c.ordinal != nil,
              c.bodyStart < r.upperBound, c.styles[0] != .cnComma else { return nil }
        return c
    }

    static let counts = WordTable<Void>(words: MeasureWords.counts)
    static let sameBelow = WordTable<Void>(words: RoleWords.sameBelowWords)
    /// Longest clause read as a note on the lead (`列在首位的为牵头单位`).
    static let noteMax = 24

    static func contains(_ table: WordTable<Void>, _ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        for q in r where table.prefix(t, at: q, end: r.upperBound) != nil { return true }
        return false
    }

    static func read(_ text: NormalizedText, _ lines: [Int], at k: Int, _ out: inout [TaskTableRow]) -> Int? {
        let t = text.text
        let line = Blanks.trim(t, text.lines[lines[k]].range)
        // The header opens with a piece that is exactly a number column's name (`序号`); most
        // lines have none, and are left without building their pieces (`pieces` of every
        // content line was 0.3 % of all samples of `parsecli batch` over the corpus, `perf
        // record`, 2026-12-05). `exactColumn` is `.number` exactly when the column table is.
        guard hasNumberPiece(t, line) else { return nil }
        let p = pieces(t, line)
        // The header: a run of column names opening with the number column, then the first number cell.
        var h = 0
        var header: [TaskTableReader.Column] = []
        var names: [String] = []
        while h < p.count {
            if TaskTableReader.exactColumn(t, p[h]) == .number {
                var e = h + 1
                var cols: [TaskTableReader.Column] = [.number]
                while e < p.count, cols.count < BarLineTable.headerMaxColumns, p[e].count <= RoleWords.headerCellMax,
                      let c = HeaderCells.classify(Array(t[p[e]])) {
                    cols.append(c.column)
                    e += 1
                }
                if cols.count >= 3, TaskTableReader.isTableHeader(cols), e < p.count,
                   numberCell(t, p[e], chinese: true) == 1 || numberCell(t, p[e], chinese: false) == 1 {
                    header = cols
                    names = (h..<e).map { text.original(p[$0]) }
                    h = e
                    break
                }
            }
            h += 1
        }
        guard !header.isEmpty, let unitColumn = header.firstIndex(where: { if case .units(let r) = $0, r != .leaders { return true }; return false }),
              case .units(let role) = header[unitColumn] else { return nil }
        let chinese = numberCell(t, p[h], chinese: true) != nil
        // The openers, each the next of its sequence.
        var openers: [(piece: Int, opener: Opener)] = []
        var lastNumber = 0, lastItem = 0, lastSub = 0
        var itemStyle: MarkerStyle? = nil
        for i in h..<p.count {
            if let n = numberCell(t, p[i], chinese: chinese), n == lastNumber + 1,
               chinese || i + 1 >= p.count || counts.prefix(t, at: p[i + 1].lowerBound, end: p[i + 1].upperBound) == nil {
                openers.append((i, .number(n)))
                lastNumber = n
                lastSub = 0
                continue
            }
            guard lastNumber > 0, let m = marker(t, p[i]), let n = m.ordinal else { continue }
            if itemStyle == nil, n == 1 { itemStyle = m.styles[0] }
            if m.styles[0] == itemStyle {
                guard n == lastItem + 1 || n == 1 else { continue }
                openers.append((i, .item(m)))
                lastItem = n
                lastSub = 0
            } else if n == lastSub + 1 {
                openers.append((i, .sub(m)))
                lastSub = n
            }
        }
        // The rows: each item (or, with no items, each number), its sub-items and units up to the next row.
        var rows: [TaskTableRow] = []
        var category: TableCategory? = nil
        var firstLeadsBelow = false
        var o = 0
        while o < openers.count {
            let (pi, op) = openers[o]
            var next = o + 1
            let rowStart = p[pi].lowerBound
            switch op {
            case .number:
                if next < openers.count, case .item = openers[next].opener {
                    let title = Blanks.trim(t, p[pi].upperBound..<p[openers[next].piece].lowerBound)
                    category = title.isEmpty ? nil : TableCategory(number: p[pi], title: title)
                    o = next
                    continue
                }
                category = nil
            case .sub:
                o = next
                continue
            case .item:
                break
            }
            while next < openers.count, case .sub = openers[next].opener { next += 1 }
            let rowEnd = next < openers.count ? Blanks.trim(t, line.lowerBound..<p[openers[next].piece].lowerBound).upperBound : line.upperBound
            let bodyStart: Int
            let numberRange: Range<Int>
            switch op {
            case .item(let m):
                bodyStart = m.bodyStart
                var e = m.range.lowerBound
                while e < m.range.upperBound, CharClass.isDigit(t[e].value) { e += 1 }
                numberRange = m.range.lowerBound..<max(e, m.range.lowerBound + 1)
            default:
                bodyStart = p[pi].upperBound
                numberRange = p[pi]
            }
            let subs: [(piece: Int, marker: MarkerCandidate)] = openers[(o + 1)..<next].compactMap {
                if case .sub(let m) = $0.opener { return ($0.piece, m) } else { return nil }
            }
            if var row = makeRow(text, role, names[unitColumn], number: numberRange, bodyStart: bodyStart,
                                 start: rowStart, end: rowEnd, subs: subs, firstLeadsBelow: &firstLeadsBelow) {
                row.category = category
                category = nil
                rows.append(row)
            }
            o = next
        }
        guard !rows.isEmpty else { return nil }
        out += rows
        return k + 1
    }

    static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool { c == "。" || c == ";" || c == "!" || c == "?" }

    static func makeRow(_ text: NormalizedText, _ role: AttributionRole, _ roleWord: String, number: Range<Int>, bodyStart: Int,
                        start: Int, end: Int, subs: [(piece: Int, marker: MarkerCandidate)],
                        firstLeadsBelow: inout Bool) -> TaskTableRow? {
        let t = text.text
        // The title: the cell's first sentence.
        var te = bodyStart
        while te < end, te - bodyStart < titleMax, t[te] != "。" { te += 1 }
        if te >= end || t[te] != "。" {
            te = bodyStart
            while te < end, t[te].value != 0x20 { te += 1 }
        }
        let title = Blanks.trim(t, bodyStart..<te)
        guard !title.isEmpty else { return nil }
        // The units: the first sentence after a `。` that is a list of unit names.
        var found: [FoundUnit] = []
        var unitCell: Range<Int>? = nil
        let subStarts = Set(subs.map(\.marker.range.lowerBound))
        var q = te
        while q < end {
            guard t[q] == "。" else { q += 1; continue }
            var s = q + 1
            while s < end, t[s].value == 0x20 { s += 1 }
            var e = s
            while e < end, e - s < unitsMax, !isSentenceEnd(t[e]), !subStarts.contains(e) { e += 1 }
            let r = Blanks.trim(t, s..<e)
            if !r.isEmpty, !subStarts.contains(s), let units = UnitListSplitter.split(text, r, strict: true, blanks: .wrapped) {
                found = units
                let cellEnd = subs.first(where: { $0.marker.range.lowerBound > s })?.marker.range.lowerBound ?? end
                unitCell = s..<Blanks.trim(t, s..<cellEnd).upperBound
                break
            }
            q = max(q + 1, e)
        }
        guard !found.isEmpty, let cell = unitCell else { return nil }
        // `列在首位的为牵头单位, …,下同`: a note in the unit cell (a lead word and a word of first
        // place in one clause), read without the blanks the cell's line breaks left (`列在首 位的`).
        let compact = t[cell].filter { $0.value != 0x20 }
        var note = false
        var c = 0
        while c < compact.count {
            var d = c
            while d < compact.count, !isSentenceEnd(compact[d]), compact[d] != ",", compact[d] != "," { d += 1 }
            if d - c <= noteMax, contains(UnitListSplitter.leadWords, compact, c..<d), contains(UnitListSplitter.firstWords, compact, c..<d) {
                note = true
            }
            c = d + 1
        }
        if (note || firstLeadsBelow), !found.contains(where: { $0.roleMark == .lead }) {
            found[0].roleMark = .lead
            found[0].roleMarkText = nil
        }
        if note, contains(sameBelow, compact, 0..<compact.count) { firstLeadsBelow = true }
        let clauses = AttributionClause.grouping(role, roleWord, found)
        // Sub-items: each `①` cell runs to the next sub-item or the unit cell.
        var items: [TableSubItem] = []
        for (i, s) in subs.enumerated() {
            let a = s.marker.range.lowerBound
            var b = i + 1 < subs.count ? subs[i + 1].marker.range.lowerBound : end
            if cell.lowerBound > a, cell.lowerBound < b { b = cell.lowerBound }
            let r = Blanks.trim(t, a..<b)
            if s.marker.bodyStart < r.upperBound { items.append(TableSubItem(cell: r, marker: s.marker)) }
        }
        let whole = start..<end
        var a = Attribution(form: .tableRow, text: text.original(whole), span: text.span(whole), clauses: clauses, range: whole)
        a.firstLeadsBelow = firstLeadsBelow
        var row = TaskTableRow(number: text.original(number), task: text.original(title), taskSpan: text.span(title),
                               deadline: nil, deadlineSpan: nil, attribution: a, span: text.span(whole), range: whole,
                               taskRange: title, numberRange: number)
        row.subItems = items
        return row
    }
}

/// A category row of a table whose rows run on in one line (`一 完善基层 服务网络` before
/// its `1.` items): the number cell and the category's title cell.
struct TableCategory: Sendable, Equatable {
    var number: Range<Int>
    var title: Range<Int>
}
