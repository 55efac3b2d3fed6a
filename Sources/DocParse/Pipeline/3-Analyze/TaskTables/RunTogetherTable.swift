/// A task table whose cells ran together with no separator at all, the way a document-sharing
/// site shows a Word table as text:
///
/// ```
/// 1、某县民生项目分解表序号项目名称主要内容分管领导牵头单位配合单位1扩充学位供给新建小学2所。张某某教育局
/// 2、各乡镇2改善农村道路实施道路硬化50公里。李某交通局各乡镇
/// ```
///
/// The header is a run of column names (`序号项目名称…`, a name the tables do not hold, like
/// `区政府分管领导`, reaching to the next known one) followed by the first row's number. Rows
/// are found by their running 序号: the next number stands right after a unit name
/// (`…各乡镇2改善…`) and is no count (`…小学2所`). In a row, the task's name ends where its detail opens with an action word
/// (`RoleWords.detailOpeners`, at an ICU word boundary); after each sentence of the detail a
/// person (2 or 3 characters, when the header has a person column) and the row's units may
/// follow, the first unit in the lead column and the others in the next one (with no
/// separator, a lead cell is read as holding one unit); a row may hold several such sub-rows.
/// A header repeated on a new page between rows is skipped. The table may run on over lines
/// that open with a page-chunk marker (`2、`, `3、`: the site's numbering of its text chunks,
/// never an item) or with the next row's number. Linear: each scalar of the table is looked at
/// a bounded number of times, word breaks are asked for on bounded windows.
enum RunTogetherTable {
    static let headerWords = WordTable<Void>(words: RoleWords.tableColumns.map(\.word) + RoleWords.labels.map(\.word) + RoleWords.otherColumns)
    static let numberWords = WordTable<Void>(words: RoleWords.tableColumns.filter { $0.column == .number }.map(\.word))
    static let openers = WordTable<Void>(words: RoleWords.detailOpeners)
    static let counts = WordTable<Void>(words: MeasureWords.counts)
    static let maxLines = 400
    /// Most scalars of one table read (a whole one-line file after a header would otherwise be
    /// copied whole); rows beyond are left to the outline's own reading.
    static let maxStream = 1 << 20
    static let titleMax = 30
    static let unitsMax = 80

    /// The table's text: its pieces of lines, read as one run of scalars.
    struct Stream {
        var pos: [Int] = []  // normalized offset of each scalar
        var v: [Unicode.Scalar] = []
        /// Normalized ranges of `a..<b`, one per piece of a line.
        func ranges(_ a: Int, _ b: Int) -> [Range<Int>] {
            var out: [Range<Int>] = []
            var i = a
            while i < b {
                var j = i + 1
                while j < b, pos[j] == pos[j - 1] + 1 { j += 1 }
                out.append(pos[i]..<(pos[j - 1] + 1))
                i = j
            }
            return out
        }
        func range(_ a: Int, _ b: Int) -> Range<Int> { a < b ? pos[a]..<(pos[b - 1] + 1) : (a < pos.count ? pos[a]..<pos[a] : 0..<0) }
    }

    /// The header's columns and where it ends, when a run of column names starts at `i`.
    static func header(_ t: [Unicode.Scalar], at i: Int, end: Int) -> (header: HeaderCells.Header, end: Int)? {
        guard numberWords.prefix(t, at: i, end: end) != nil else { return nil }
        var p = i
        var columns: [TaskTableReader.Column] = []
        var names: [String] = []
        while p < end, columns.count < BarLineTable.headerMaxColumns, !CharClass.isDigit(t[p].value) {
            var cell: Range<Int>? = nil
            if let m = headerWords.prefix(t, at: p, end: end) { cell = p..<(p + m.length) }
            else {
                // A name the tables do not hold reaches to the end of the next one they do.
                var j = p + 1
                while j < min(end, p + RoleWords.headerCellMax) {
                    if let m = headerWords.prefix(t, at: j, end: end) { cell = p..<(j + m.length); break }
                    j += 1
                }
            }
            guard let c = cell, let col = HeaderCells.classify(Array(t[c]))?.column else { return nil }
            columns.append(col)
            names.append(SourceText.utf8String(t[c]))
            p = c.upperBound
        }
        guard p < end, CharClass.isDigit(t[p].value), columns.count >= 3, columns.first == .number,
              TaskTableReader.isTableHeader(columns) else { return nil }
        return (HeaderCells.Header(columns: columns, names: names), p)
    }

    /// The length of a page-chunk marker (`2、`) at `i`, numbered `expected`.
    static func chunkMarker(_ t: [Unicode.Scalar], at i: Int, end: Int, expected: Int?) -> (length: Int, number: Int)? {
        var j = i, n = 0
        while j < end, j - i < 3, CharClass.isDigit(t[j].value) { n = n * 10 + Int(t[j].value - 0x30); j += 1 }
        guard j > i, j < end, t[j].value == 0x3001, expected.map({ $0 == n }) ?? true else { return nil }
        return (j + 1 - i, n)
    }

    static func read(_ text: NormalizedText, _ lines: [Int], at k: Int, _ out: inout [TaskTableRow]) -> Int? {
        let t = text.text
        let r = Blanks.trim(t, text.lines[lines[k]].range)
        // The header: the first run of column names on the line.
        var found: (header: HeaderCells.Header, end: Int)? = nil
        var i = r.lowerBound
        // Read once, not through `swift_once` at every scalar of every content line.
        let numberWords = Self.numberWords
        while i < r.upperBound, found == nil {
            if numberWords.prefix(t, at: i, end: r.upperBound) != nil { found = header(t, at: i, end: r.upperBound) }
            i += 1
        }
        guard let (hdr, hEnd) = found else { return nil }
        var chunk = chunkMarker(t, at: r.lowerBound, end: r.upperBound, expected: nil)?.number
        // The stream: the rest of the line, then each line opening with the next chunk marker or a row number.
        var s = Stream()
        for q in hEnd..<min(r.upperBound, hEnd + maxStream) { s.pos.append(q); s.v.append(t[q]) }
        var li = k + 1
        while li < lines.count, li - k <= maxLines, s.v.count < maxStream {
            let lr = Blanks.trim(t, text.lines[lines[li]].range)
            var from = lr.lowerBound
            if let c = chunk.map({ $0 + 1 }), let m = chunkMarker(t, at: from, end: lr.upperBound, expected: c) {
                from += m.length
                chunk = c
            } else if !(from < lr.upperBound && CharClass.isDigit(t[from].value)) { break }
            for q in from..<min(lr.upperBound, from + maxStream - s.v.count) { s.pos.append(q); s.v.append(t[q]) }
            li += 1
        }
        let rows = readRows(text, hdr, s)
        guard !rows.isEmpty else { return nil }
        out += rows
        // Continue after the line holding the last row's end.
        let last = rows[rows.count - 1].range.upperBound
        var j = k
        while j < lines.count, text.lines[lines[j]].range.lowerBound < last { j += 1 }
        return j
    }

    static func number(_ v: [Unicode.Scalar], at i: Int) -> (value: Int, end: Int)? {
        guard i < v.count, CharClass.isDigit(v[i].value), i == 0 || !CharClass.isDigit(v[i - 1].value) else { return nil }
        var j = i, n = 0
        while j < v.count, j - i < 3, CharClass.isDigit(v[j].value) { n = n * 10 + Int(v[j].value - 0x30); j += 1 }
        guard j < v.count, CharClass.isHan(v[j].value) else { return nil }
        return (n, j)
    }

    static func readRows(_ text: NormalizedText, _ hdr: HeaderCells.Header, _ s: Stream) -> [TaskTableRow] {
        let v = s.v
        var rows: [TaskTableRow] = []
        guard var cur = number(v, at: 0) else { return rows }
        var start = 0
        let breaker = WordBreaker()
        while true {
            // The next row: its number right after a unit name, or after the header repeated.
            var q = cur.end + 1
            var next: (start: Int, bodyEnd: Int, number: (value: Int, end: Int))? = nil
            while q < v.count {
                if let h = header(v, at: q, end: v.count), let n = number(v, at: h.end), n.value == cur.value + 1 {
                    next = (h.end, q, n)
                    break
                }
                // Not a count (`…小学2所`): a row's name does not open with a count word.
                if let n = number(v, at: q), n.value == cur.value + 1, counts.prefix(v, at: n.end, end: v.count) == nil,
                   UnitListSplitter.endings.suffix(v, endingAt: q, start: max(cur.end, q - 6)) != nil {
                    next = (q, q, n)
                    break
                }
                q += 1
            }
            let bodyEnd = next?.bodyEnd ?? v.count
            if let row = makeRow(text, hdr, s, start: start, number: cur, bodyEnd: bodyEnd, breaker) { rows.append(row) }
            guard let n = next else { break }
            start = n.start
            cur = n.number
        }
        return rows
    }

    /// Whether `p` is a word boundary of `s` (ICU), asked on a window around it.
    static func isBoundary(_ text: NormalizedText, _ s: Stream, _ p: Int, _ breaker: WordBreaker) -> Bool {
        guard p > 0, p < s.v.count else { return true }
        let lo = max(0, p - 4), hi = min(s.v.count, p + 4)
        return breaker.boundaries(in: s.v, range: lo..<hi).contains(p)
    }

    /// Where a task's name ends at the latest.
    static func isStop(_ c: Unicode.Scalar) -> Bool { c == "、" || c == "," || isUnitsStop(c) }
    /// Where a run of units ends at the latest (`、` and `,` may stand between units).
    static func isUnitsStop(_ c: Unicode.Scalar) -> Bool {
        c == "。" || c == ";" || c == ":" || c == "!" || c == "?" || c == "\u{201C}"
    }

    static func makeRow(_ text: NormalizedText, _ hdr: HeaderCells.Header, _ s: Stream, start: Int,
                        number: (value: Int, end: Int), bodyEnd: Int, _ breaker: WordBreaker) -> TaskTableRow? {
        let v = s.v
        let a = number.end
        guard a < bodyEnd else { return nil }
        // The task's name: up to its detail's opening action word, or its first stop.
        var titleEnd = min(bodyEnd, a + titleMax)
        var q = a + 1
        while q < min(bodyEnd, a + titleMax) {
            if isStop(v[q]) { titleEnd = q; break }
            if q - a >= RoleWords.runTogetherTitleMin, openers.prefix(v, at: q, end: bodyEnd) != nil, isBoundary(text, s, q, breaker) {
                titleEnd = q
                break
            }
            q += 1
        }
        // Sub-rows: after each sentence, a person and the units.
        let leaders = hdr.columns.contains(.units(.leaders))
        let roles: [(AttributionRole, String)] = zip(hdr.columns, hdr.names).compactMap { c, n in
            if case .units(let role) = c, role != .leaders { return (role, n) }
            return nil
        }
        var clauses: [AttributionClause] = []
        var p = titleEnd
        while p < bodyEnd, !roles.isEmpty {
            guard v[p] == "。" else { p += 1; continue }
            p += 1
            var u = p
            if leaders {
                guard openers.prefix(v, at: p, end: bodyEnd) == nil, let l = [3, 2].first(where: { L in
                    p + L < bodyEnd && (p..<(p + L)).allSatisfy { CharClass.isHan(v[$0].value) } && isBoundary(text, s, p + L, breaker)
                        && leadEnd(v, p + L, bodyEnd) != nil
                }) else { continue }
                u = p + l
            }
            guard let le = leadEnd(v, u, bodyEnd) else { continue }
            // The other units run to the next action word, stop or row end.
            var e = le
            while e < min(bodyEnd, le + unitsMax) {
                if isUnitsStop(v[e]) { break }
                if openers.prefix(v, at: e, end: bodyEnd) != nil, isBoundary(text, s, e, breaker) { break }
                e += 1
            }
            clauses += units(text, s, [u..<le], roles[0])
            if roles.count > 1 {
                // Names run together: each the shortest name at its start (`晋陵公司|轨道公司`).
                var names: [Range<Int>] = []
                var x = le
                while x < e {
                    guard let y = leadEnd(v, x, e) else { names.append(x..<e); break }
                    names.append(x..<y)
                    x = y
                }
                clauses += units(text, s, names, roles[1])
            }
            p = e
        }
        let whole = s.range(start, bodyEnd)
        let numberRange = s.range(a - String(number.value).unicodeScalars.count, a)
        let task = s.range(a, titleEnd)
        guard !task.isEmpty else { return nil }
        let attribution = Attribution(form: .tableRow, text: text.original(whole), span: text.span(whole), clauses: clauses, range: whole)
        return TaskTableRow(number: text.original(numberRange), task: text.original(task), taskSpan: text.span(task),
                            deadline: nil, deadlineSpan: nil, attribution: attribution, span: text.span(whole), range: whole,
                            taskRange: task, numberRange: numberRange)
    }

    /// The units of the stream's ranges `names` (each read in its pieces of lines), in `role`.
    static func units(_ text: NormalizedText, _ s: Stream, _ names: [Range<Int>], _ role: (AttributionRole, String)) -> [AttributionClause] {
        var found: [FoundUnit] = []
        for n in names {
            for lr in s.ranges(n.lowerBound, n.upperBound) {
                found += UnitListSplitter.split(text, lr, strict: false) ?? []
            }
        }
        return found.isEmpty ? [] : AttributionClause.grouping(role.0, role.1, found)
    }

    /// The end of the lead unit starting at `u`: the shortest unit name there that the next
    /// character does not lengthen into a name too (`人社|局` reads on to `人社局`). Not a
    /// detail sentence opening with an action word (`提升康复…社区`).
    static func leadEnd(_ v: [Unicode.Scalar], _ u: Int, _ end: Int) -> Int? {
        guard openers.prefix(v, at: u, end: end) == nil else { return nil }
        var q = u + 2
        while q <= min(end, u + UnitListSplitter.maxNameLength) {
            if UnitListSplitter.looksLikeName(v, u..<q), !UnitListSplitter.endingRunsOn(v, q, start: u, end: end),
               !(q < end && UnitListSplitter.looksLikeName(v, u..<(q + 1))) {
                // A bracket after the name is part of it (`高新园(某某镇)`).
                if q < end, Brackets.isOpen(v[q].value) {
                    var c = q + 1
                    while c < end, c - q <= UnitListSplitter.maxNameLength, !Brackets.isClose(v[c].value) { c += 1 }
                    if c < end, Brackets.isClose(v[c].value) { return c + 1 }
                }
                return q
            }
            q += 1
        }
        return nil
    }
}
