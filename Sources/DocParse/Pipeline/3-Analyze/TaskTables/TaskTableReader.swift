/// One row of a task table flattened to text, ready to become a task.
///
/// The outline stage (or any caller) can turn rows into tasks: `number` and `task` give the
/// item, `units` its lead/responsible/supporting units, `deadline` its time limit, and `span`
/// the whole row. `AttributionStage` records the units of every row as an attribution.
struct TaskTableRow: Sendable, Equatable {
    /// The number cell as written (`3`), nil when the table has no number column.
    var number: String?
    var task: String
    var taskSpan: Span
    var deadline: String?
    var deadlineSpan: Span?
    /// The row's units, one clause per unit column.
    var attribution: Attribution
    var span: Span
    /// Normalized offsets of the row.
    var range: Range<Int>
    /// Normalized offsets of the task cell.
    var taskRange: Range<Int>
    /// Normalized offsets of the number cell, nil when the row has none.
    var numberRange: Range<Int>? = nil
    /// Normalized offsets of the deadline cell (完成时限), nil when the row has none.
    var deadlineRange: Range<Int>? = nil
    /// The shape of the table the row was read from.
    var shape: TableShape = .pipes
    /// The item's numbered sub-items: cells after the task cell, in columns that are neither
    /// units nor time limits (`年度工作措施`), opening with a list marker (`1.及时下达…`),
    /// on this row or on its sub-rows. In document order.
    var subItems: [TableSubItem] = []
    /// Lines under the row that continue its item (a sub-row: the number cell empty, the
    /// item's cells blank or merged), normalized line ranges in document order.
    var subRows: [Range<Int>] = []
    /// The units of sub-rows that name their own (`序号` and `重点任务` merged down, a
    /// `具体措施` per row with its own 牵头单位): attributions of the row's item, one per sub-row,
    /// each with the sub-row's span.
    var subRowAttributions: [Attribution] = []
    /// The category row the row is the first of (`一 完善基层服务网络` before its `1.` items),
    /// when the table's rows run on in one line (`RunOnCellsTable`).
    var category: TableCategory? = nil

    /// The year the deadline cell names (`2024年12月底` → 2024), or the first and last year of
    /// a span (`2024—2025年` → 2024, 2025); nil when it names none (`长期坚持`) or more than a span.
    func deadlineYears(in t: [Unicode.Scalar]) -> (year: Int, yearEnd: Int?)? {
        guard let r = deadlineRange else { return nil }
        var years: [Int] = []
        var i = r.lowerBound
        while i + 4 <= r.upperBound {
            if let y = YearReader.year(t, i, r.upperBound) {
                years.append(y)
                if years.count > 2 { return nil }
                i += 4
                continue
            }
            i += 1
        }
        switch years.count {
        case 1: return (years[0], nil)
        case 2 where years[0] < years[1]: return (years[0], years[1])
        default: return nil
        }
    }
}

/// A numbered measure inside a task-table row (`1.及时下达…` in a `年度工作措施` cell): the
/// row's item holds it as a sub-item.
struct TableSubItem: Sendable, Equatable {
    /// Normalized offsets of the whole cell (marker included).
    var cell: Range<Int>
    /// The marker as read at the cell's start.
    var marker: MarkerCandidate
}

/// The task-table rows of one text and the diagnostics met reading them: read once per
/// document and handed to the outline, target and attribution stages, which all need them.
struct TaskTables: Sendable {
    var rows: [TaskTableRow]
    var diagnostics: [Diagnostic]

    static func read(_ text: NormalizedText, markers: LineMarkers) -> TaskTables {
        var diagnostics: [Diagnostic] = []
        let rows = TaskTableReader.rows(in: text, markers: markers, diagnostics: &diagnostics)
        return TaskTables(rows: rows, diagnostics: diagnostics)
    }
}

/// Reads task tables flattened to text, in both shapes seen in published plans:
///
/// ```
/// 序号 | 重点工作任务 | 主要责任单位 | 协同配合单位 | 完成时限
/// 1 | 建成省级区域医疗中心 | 省卫生健康委 | 省发展改革委、省财政厅 | 2024年底
/// ```
///
/// or one cell per line (`序号` / `重点工作任务` / … then `1` / `建成…` / …). The header is
/// recognized by its column names (`RoleWords.tableColumns` and the role labels); it must have
/// a unit column and a task column. Rows follow until a line that does not fit; a category
/// row (`一、住房保障与城市更新`, a heading on a line of its own) between rows does not end
/// the table.
enum TaskTableReader {
    enum Column: Equatable {
        case number, task, deadline, units(AttributionRole), other
        /// A column of unit names that is the row's item: the task and its responsible unit.
        case unitName
    }

    static let unitNameEndings = RoleWords.unitNameColumnEndings.map { Array($0.unicodeScalars) }

    /// Whether the header cell `r` ends with a unit-name ending (`接收单位名称`), short as a name is.
    static func isUnitNameHeader(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count <= RoleWords.headerCellMax else { return false }
        return unitNameEndings.contains { w in
            r.count >= w.count && t[(r.upperBound - w.count)..<r.upperBound].elementsEqual(w)
        }
    }

    static let columns = WordTable<TableColumnKind>(RoleWords.tableColumns.map { ($0.word, $0.column) })

    /// Every table row of `text`, in document order.
    /// - Parameter markers: the text's line markers (read here when nil, for callers that
    ///   read tables alone).
    static func rows(in text: NormalizedText, markers: LineMarkers? = nil, diagnostics: inout [Diagnostic]) -> [TaskTableRow] {
        var ctx = Lines(text: text, markers: markers ?? LineMarkers(text))
        var out: [TaskTableRow] = []
        var k = 0
        lines: while k < ctx.content.count {
            for shape in TableShape.allCases {
                let before = out.count
                guard let next = read(shape, &ctx, at: k, &out, &diagnostics) else { continue }
                for i in before..<out.count {
                    out[i].shape = shape
                    out[i].attribution.tableShape = shape
                    for k in out[i].subRowAttributions.indices { out[i].subRowAttributions[k].tableShape = shape }
                }
                k = max(next, k + 1)
                continue lines
            }
            k += 1
        }
        return out
    }

    /// The lines a shape's rule reads: the content lines, and every non-blank line (for
    /// tables whose separator lines are zoned as furniture).
    struct Lines {
        let text: NormalizedText
        let markers: LineMarkers
        let content: [Int]
        let nonBlank: [Int]
        /// The position in `nonBlank` of the last content line asked for (they only go forward).
        var nb = 0

        init(text: NormalizedText, markers: LineMarkers) {
            self.text = text
            self.markers = markers
            content = text.lines.indices.filter { text.lines[$0].zone == .content }
            nonBlank = text.lines.indices.filter { text.lines[$0].zone != .blank }
        }
    }

    /// Reads a table of `shape` whose header is content line `k`: the index of the first
    /// content line after it, or nil when no such table starts there.
    static func read(_ shape: TableShape, _ ctx: inout Lines, at k: Int, _ out: inout [TaskTableRow],
                     _ diagnostics: inout [Diagnostic]) -> Int? {
        let text = ctx.text, lines = ctx.content
        let r = text.lines[lines[k]].range
        switch shape {
        case .barLines:
            while ctx.nb < ctx.nonBlank.count, ctx.nonBlank[ctx.nb] < lines[k] { ctx.nb += 1 }
            guard let next = BarLineTable.read(text, ctx.nonBlank, at: ctx.nb, &out, &diagnostics) else { return nil }
            // Continue at the first content line after the table.
            let end = next < ctx.nonBlank.count ? ctx.nonBlank[next] : text.lines.count
            var j = k
            while j < lines.count, lines[j] < end { j += 1 }
            return j
        case .pipes:
            guard hasPipe(text.text, r) else { return nil }
            let cells = pipeCells(text.text, r)
            guard cells.count >= 3, let header = headerColumns(text, cells) else { return nil }
            return readPipeRows(text, ctx.markers, header, cells.map { text.original($0) }, lines, k + 1, &out, &diagnostics)
        case .tabs:
            // Cells come only from tabs of the source: a line whose source holds none is one
            // cell, and is left without mapping each blank back (a search per blank).
            guard text.source.scalars[text.sourceRange(r)].contains(where: { $0.value == 0x09 }) else { return nil }
            let tabs = tabCells(text, r)
            guard tabs.count >= 3, let header = headerColumns(text, tabs) else { return nil }
            return readTabRows(text, ctx.markers, header, tabs.map { text.original($0) }, lines, k + 1, &out)
        case .blanks:
            // Every cell must name a column: a line whose first cell names none is left
            // without cutting the rest (most lines).
            guard let first = firstBlankCell(text.text, r), column(text, first) != nil else { return nil }
            let blank = blankCells(text.text, r)
            guard !hasPipe(text.text, r) || pipeCells(text.text, r).count == 1, blank.count >= 3, blank.allSatisfy({ column(text, $0) != nil }),
                  let header = headerColumns(text, blank) else { return nil }
            let before = out.count
            let next = readBlankRows(text, ctx.markers, header, blank.map { text.original($0) }, lines, k + 1, &out)
            return out.count > before ? next : nil
        case .blankAligned:
            return BlankAlignedTable.read(text, ctx.markers, lines, at: k, &out, &diagnostics)
        case .lineCells:
            guard !hasPipe(text.text, r) || pipeCells(text.text, r).count == 1 else { return nil }
            return readLineTable(text, lines, at: k, &out, &diagnostics)
        case .runTogether:
            return RunTogetherTable.read(text, lines, at: k, &out)
        case .runOnCells:
            return RunOnCellsTable.read(text, lines, at: k, &out)
        }
    }

    // MARK: - Header

    static func column(_ text: NormalizedText, _ r: Range<Int>) -> Column? { exactColumn(text.text, r) }

    /// The column a header cell names by the column and role tables (`序号`, `牵头单位`), or by
    /// a unit-name ending; nil for any other cell.
    static func exactColumn(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Column? {
        guard !r.isEmpty else { return nil }
        if let c = columns.exact(t, r) {
            switch c {
            case .number: return .number
            case .task: return .task
            case .deadline: return .deadline
            }
        }
        if let role = RoleWordTables.labels.exact(t, r) { return .units(role) }
        if let role = qualifiedRole(t, r) { return .units(role) }
        if isUnitNameHeader(t, r) { return .unitName }
        return nil
    }

    static let levelQualifiers = WordTable<Void>(words: RoleWords.headerLevelQualifiers)

    /// Rule `qualified role column`: a role label with a level before it or a bracket after it
    /// (`市级牵头单位`, `责任单位(部门)`, `牵头部门(单位)`) names the label's column. Short cells only.
    static func qualifiedRole(_ t: [Unicode.Scalar], _ r: Range<Int>) -> AttributionRole? {
        guard r.count <= 2 * RoleWords.headerCellMax else { return nil }
        var lo = r.lowerBound
        var hi = r.upperBound
        if hi - lo > 2, Brackets.isClose(t[hi - 1].value) {
            var k = hi - 2
            while k > lo, !Brackets.isOpen(t[k].value) { k -= 1 }
            if k > lo, Brackets.isOpen(t[k].value) { hi = k }
        }
        while hi > lo, t[hi - 1].value == 0x20 { hi -= 1 }
        if let q = levelQualifiers.prefix(t, at: lo, end: hi) { lo += q.length }
        guard lo < hi, lo > r.lowerBound || hi < r.upperBound, let role = RoleWordTables.labels.exact(t, lo..<hi),
              role != .leaders || hi == r.upperBound else { return nil }
        return role
    }

    static func isTableHeader(_ cols: [Column]) -> Bool {
        // A numbered list of unit names (`序号 | 接收单位名称 | 名额`) is a task table by itself.
        if cols.first == .number, cols.contains(.unitName) { return true }
        return cols.contains(.task) && cols.contains { if case .units = $0 { return true } else { return false } }
    }

    /// The columns of a header line of `|` cells, or nil when it is not a task-table header.
    static func headerColumns(_ text: NormalizedText, _ cells: [Range<Int>]) -> [Column]? {
        let cols = cells.map { column(text, $0) ?? .other }
        return isTableHeader(cols) ? cols : nil
    }

    /// Whether `r` holds a `|`. Without one, `pipeCells` is the one trimmed cell: the shapes
    /// that ask of every content line whether it is a `|` line test this first instead of
    /// building the cells (three arrays per line and shape; `pipeCells` was 1.1 % of all
    /// samples of `parsecli batch` over the corpus, `perf record`, 2026-12-05).
    static func hasPipe(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        r.contains { t[$0].value == 0x7C }
    }

    /// The trimmed cells of a line split at `|` (outer pipes dropped); one cell when there is no `|`.
    static func pipeCells(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = r.lowerBound
        for i in r where t[i].value == 0x7C {
            cells.append(start..<i)
            start = i + 1
        }
        cells.append(start..<r.upperBound)
        let trimmedCells = cells.map { Blanks.trim(t, $0) }
        var out = trimmedCells
        if out.count > 1, out.first?.isEmpty == true { out.removeFirst() }
        if out.count > 1, out.last?.isEmpty == true { out.removeLast() }
        return out
    }


    // MARK: - Rows

    static func readPipeRows(_ text: NormalizedText, _ markers: LineMarkers, _ header: [Column], _ names: [String], _ lines: [Int], _ from: Int,
                             _ out: inout [TaskTableRow], _ diagnostics: inout [Diagnostic]) -> Int {
        var k = from
        while k < lines.count {
            let r = text.lines[lines[k]].range
            let cells = pipeCells(text.text, r)
            if cells.count == 1, isCategoryRow(text.text, markers, r) { k += 1; continue }
            guard cells.count > 1 else { break }
            if isRule(text.text, r) { k += 1; continue } // `---|---`
            if cells.count != header.count {
                diagnostics.append(Diagnostic(severity: .warning, code: "units.table-row-shape",
                                              message: "table row has \(cells.count) cells, the header has \(header.count)",
                                              span: text.span(r)))
                if cells.count < header.count { k += 1; continue }
            }
            if let row = makeRow(text, header, names, Array(cells.prefix(header.count))) { out.append(row) }
            k += 1
        }
        return k
    }

    /// The first of `blankCells(t, r)`, without building the others.
    static func firstBlankCell(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        var i = r.lowerBound
        while i < r.upperBound, t[i].value == 0x20 { i += 1 }
        var j = i
        while j < r.upperBound, t[j].value != 0x20 { j += 1 }
        return j > i ? i..<j : nil
    }

    /// The cells of a line split at runs of blanks (a table whose tabs became blanks).
    static func blankCells(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = r.lowerBound
        while i < r.upperBound {
            while i < r.upperBound, t[i].value == 0x20 { i += 1 }
            var j = i
            while j < r.upperBound, t[j].value != 0x20 { j += 1 }
            if j > i { out.append(i..<j) }
            i = j
        }
        return out
    }

    /// The trimmed cells of a line whose cells were separated by tabs in the source (a sheet
    /// or an HTML table read by Ingest). Normalization folds a tab into a blank, so the tab is
    /// looked up in the source: a blank inside a cell (`岗位 类别`, two units on two lines of
    /// one cell) then stays in its cell. Empty cells are kept, so cells stay under their
    /// header. One cell when the line has no tab.
    static func tabCells(_ text: NormalizedText, _ r: Range<Int>) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = r.lowerBound
        let src = text.source.scalars
        for i in r where text.text[i].value == 0x20 {
            let o = Int(text.toSource[i])
            guard o < src.count, src[o].value == 0x09 else { continue }
            cells.append(Blanks.trim(text.text, start..<i))
            start = i + 1
        }
        cells.append(Blanks.trim(text.text, start..<r.upperBound))
        return cells
    }

    /// Rows of a tab-separated table: a row with fewer cells than the header had its empty
    /// last cells dropped (a sheet keeps no trailing empties) and is padded; a row that makes
    /// no task (no number, a note, a total) is skipped while the next line is still a tab row;
    /// a line with no tab ends the table.
    static func readTabRows(_ text: NormalizedText, _ markers: LineMarkers, _ header: [Column], _ names: [String], _ lines: [Int], _ from: Int,
                            _ out: inout [TaskTableRow]) -> Int {
        var k = from
        // The row of this table that sub-rows below belong to.
        var lastOpened: Int? = nil
        while k < lines.count {
            let r = text.lines[lines[k]].range
            var cells = tabCells(text, r)
            if cells.count == 1, isCategoryRow(text.text, markers, r) { lastOpened = nil; k += 1; continue }
            if cells.count == 1 {
                // A row typed with blanks under a tabbed header (`3　改造危桥　县交通局…`): read
                // as a blank-separated row, which must fit the header exactly or end the table.
                let blank = foldCells(blankCells(text.text, r), header)
                guard blank.count == header.count, unitCellsValid(text, header, blank),
                      header.first != .number || numberValue(text.text, blank[0]) != nil,
                      let row = makeRow(text, header, names, blank) else { break }
                out.append(row)
                k += 1
                continue
            }
            while cells.count < header.count { cells.append(cells[cells.count - 1].upperBound..<cells[cells.count - 1].upperBound) }
            if header.first == .number, numberValue(text.text, cells[0]) == nil {
                // A sub-row (its number cell empty, the item's cells blank or merged) holds
                // more of the item above: its numbered measures are sub-items of that row.
                let rowCells = Array(cells.prefix(header.count))
                if cells[0].isEmpty, let last = out.indices.last, lastOpened == last,
                   isSubRow(text, header, rowCells) {
                    out[last].subRows.append(r)
                    out[last].subItems += subItems(text, header, rowCells)
                } else if cells[0].isEmpty, let last = out.indices.last, lastOpened == last,
                          let a = subRowAttribution(text, header, names, rowCells) {
                    // Rule `sub-row with units`: the number cell merged down (empty here) and units of
                    // the row's own: more of the item above, whose units they are too.
                    out[last].subRows.append(r)
                    out[last].subItems += subItems(text, header, rowCells)
                    out[last].subRowAttributions.append(a)
                }
                k += 1
                continue
            }
            // A blank inside a tab cell is a line break typed into the source cell (Ingest),
            // which separates two names (`县水利局 / 县住建局`) or, inside one, wraps it.
            if var row = makeRow(text, header, names, Array(cells.prefix(header.count)), blanks: .typed) {
                row.subItems = subItems(text, header, Array(cells.prefix(header.count)))
                out.append(row)
                lastOpened = out.count - 1
            } else {
                lastOpened = nil
            }
            k += 1
        }
        return k
    }

    /// Whether a row whose number cell is empty continues the item above: its task cell and
    /// its unit cells are empty (written once, on the item's first row), and something is
    /// left in another cell.
    static func isSubRow(_ text: NormalizedText, _ header: [Column], _ cells: [Range<Int>]) -> Bool {
        let taskColumn = header.firstIndex(of: .task)
        var rest = false
        for (ci, (c, r)) in zip(header, cells).enumerated() where !r.isEmpty {
            switch c {
            case .number, .units, .unitName: return false
            case .task where ci == taskColumn: return false
            case .task, .deadline, .other: rest = true
            }
        }
        return rest
    }

    /// The attribution of a sub-row (number cell empty) that fills a unit cell, over the whole
    /// sub-row; nil when no unit cell holds a unit.
    static func subRowAttribution(_ text: NormalizedText, _ header: [Column], _ names: [String],
                                  _ cells: [Range<Int>]) -> Attribution? {
        guard cells.count == header.count, let first = cells.first, let last = cells.last else { return nil }
        let clauses = unitClauses(text, header, names, cells, blanks: .typed)
        guard !clauses.isEmpty else { return nil }
        let whole = rowRange(cells, first, last)
        return Attribution(form: .tableRow, text: text.original(whole), span: text.span(whole), clauses: clauses, range: whole)
    }

    /// The clauses of a row's unit columns, one per unit column that names a unit.
    static func unitClauses(_ text: NormalizedText, _ header: [Column], _ names: [String], _ cells: [Range<Int>],
                            blanks: UnitListSplitter.BlankBreaks) -> [AttributionClause] {
        var clauses: [AttributionClause] = []
        for (ci, (c, r)) in zip(header, cells).enumerated() {
            guard case .units(let role) = c else { continue }
            clauses += cellClauses(text, role, names[ci], r, blanks: blanks)
        }
        return clauses
    }

    /// The clauses of one unit cell (none when it is empty or names no unit).
    static func cellClauses(_ text: NormalizedText, _ role: AttributionRole, _ name: String, _ r: Range<Int>,
                            blanks: UnitListSplitter.BlankBreaks) -> [AttributionClause] {
        guard !r.isEmpty else { return [] }
        let units = role == .leaders ? UnitListSplitter.splitPeople(text, r)
                                     : (UnitListSplitter.split(text, r, strict: false, blanks: blanks) ?? [])
        return units.isEmpty ? [] : AttributionClause.grouping(role, name, units)
    }

    /// The row's range: from its first cell to its last filled one. Empty cells at its end (a
    /// trailing tab, cells padded to the header) lie past the text the outline gives the item,
    /// whose span then would not hold the row.
    static func rowRange(_ cells: [Range<Int>], _ first: Range<Int>, _ last: Range<Int>) -> Range<Int> {
        let end = cells.last(where: { !$0.isEmpty })?.upperBound ?? last.upperBound
        return first.lowerBound..<max(first.lowerBound, end)
    }

    /// The cells of a row after its (first) task cell, in columns that are neither units nor
    /// time limits, that open with a whole list marker followed by text: the numbered
    /// measures of the row's item. A cell's marker is read like a line start's; a cell holding
    /// several measures on lines of its own (joined by blanks) gives one per number.
    static func subItems(_ text: NormalizedText, _ header: [Column], _ cells: [Range<Int>]) -> [TableSubItem] {
        guard let taskColumn = header.firstIndex(of: .task) else { return [] }
        let t = text.text
        var out: [TableSubItem] = []
        for (ci, (c, r)) in zip(header, cells).enumerated() where ci > taskColumn && !r.isEmpty {
            guard c == .other || c == .task else { continue }
            var first: MarkerCandidate? = nil
            if let m = MarkerLexer.match(t, at: r.lowerBound, end: r.upperBound),
               let cand = MarkerReader.intact(t, r.lowerBound, m, r.upperBound),
               cand.bodyStart < r.upperBound, cand.ordinal != nil {
                first = cand
            } else {
                first = markerBeforeYear(t, r)
            }
            guard var cand = first, var expected = cand.ordinal.map({ $0 + 1 }) else { continue }
            // Measures written as lines or paragraphs of one cell (`1.…； 2.…`, joined by a
            // blank): each next number of the same style after a blank opens the next one.
            var start = r.lowerBound
            var p = cand.bodyStart
            while p + 1 < r.upperBound {
                if t[p] == " ", let m = MarkerLexer.match(t, at: p + 1, end: r.upperBound),
                   let next = MarkerReader.intact(t, p + 1, m, r.upperBound), next.styles == cand.styles,
                   next.ordinal == expected, next.bodyStart < r.upperBound {
                    out.append(TableSubItem(cell: start..<Blanks.trim(t, start..<p).upperBound, marker: cand))
                    start = p + 1
                    cand = next
                    expected += 1
                    p = next.bodyStart
                    continue
                }
                p += 1
            }
            out.append(TableSubItem(cell: start..<r.upperBound, marker: cand))
        }
        return out
    }

    /// `7.2026年新增…`: a measure number run straight into a year, which the lexer reads as
    /// the decimal `7.2026`. In a measure cell a number, a dot and a whole year followed by
    /// `年` is a marker and the year's sentence; `7.5万元` stays a figure.
    static let yearWord = Array(DeadlinePhrases.yearWord.unicodeScalars)

    static func markerBeforeYear(_ t: [Unicode.Scalar], _ r: Range<Int>) -> MarkerCandidate? {
        var i = r.lowerBound
        var n = 0
        while i < r.upperBound, i - r.lowerBound < 3, CharClass.isDigit(t[i].value) { n = n * 10 + Int(t[i].value - 0x30); i += 1 }
        guard i > r.lowerBound, n > 0, i < r.upperBound, t[i] == ".", YearReader.year(t, i + 1, r.upperBound) != nil,
              WordMatch.at(t, i + 5, r.upperBound, yearWord) else { return nil }
        return MarkerCandidate(styles: [.numDot], ordinal: n, form: .intact, range: r.lowerBound..<(i + 1), bodyStart: i + 1)
    }

    /// Rows of a table whose cells are separated by blanks: a task cell holding blanks is
    /// rebuilt from the extra cells; a row whose unit cells are not units ends the table.
    static func readBlankRows(_ text: NormalizedText, _ markers: LineMarkers, _ header: [Column], _ names: [String], _ lines: [Int], _ from: Int,
                              _ out: inout [TaskTableRow]) -> Int {
        var k = from
        while k < lines.count {
            let raw = blankCells(text.text, text.lines[lines[k]].range)
            if raw.count == 1, isCategoryRow(text.text, markers, raw[0]) { k += 1; continue }
            let cells = foldCells(raw, header)
            guard cells.count == header.count, unitCellsValid(text, header, cells),
                  header.first != .number || numberValue(text.text, cells[0]) != nil,
                  let row = makeRow(text, header, names, cells) else { break }
            out.append(row)
            k += 1
        }
        return k
    }

    /// A table written one cell per line whose header starts at content line `k`: the index
    /// of the content line after it, or nil when no header starts there. The header is the
    /// run of column names (`序号` / `重点工作` / `牵头单位` …); when a name was cut over two
    /// lines (`责任` / `领导`), the lines up to the first row number are joined into names by
    /// `HeaderCells`, as many columns as the first row has lines at most.
    static func readLineTable(_ text: NormalizedText, _ lines: [Int], at k: Int, _ out: inout [TaskTableRow],
                              _ diagnostics: inout [Diagnostic]) -> Int? {
        let t = text.text
        let first = ContentLines.trimmed(t, text.lines[lines[k]].range)
        guard column(text, first) != nil else { return nil }
        var n = 0
        var hdr: [Column] = []
        var names: [String] = []
        while k + n < lines.count {
            let hr = ContentLines.trimmed(t, text.lines[lines[k + n]].range)
            guard let c = column(text, hr) else { break }
            hdr.append(c)
            names.append(text.original(hr))
            n += 1
        }
        var next: Int? = nil
        if n >= 3, isTableHeader(hdr) {
            let before = out.count
            next = readLineRows(text, hdr, names, lines, k + n, &out, &diagnostics)
            if out.count > before { return next }
        }
        // Names cut over lines: the pieces run to the first row's number line.
        guard first.count <= RoleWords.headerCellMax, exactColumn(t, first) == .number else { return next }
        var h = k + 1
        while h < lines.count, h - k <= HeaderCells.maxPieces,
              numberValue(t, ContentLines.trimmed(t, text.lines[lines[h]].range)) != 1 { h += 1 }
        guard h < lines.count, h - k <= HeaderCells.maxPieces else { return next }
        var e = h + 1
        while e < lines.count, e - h <= HeaderCells.maxPieces,
              numberValue(t, ContentLines.trimmed(t, text.lines[lines[e]].range)) != 2 { e += 1 }
        let pieces = (k..<h).map { ContentLines.trimmed(t, text.lines[lines[$0]].range) }
        guard let header = HeaderCells.read(text, pieces, maxColumns: e - h), header.columns.count >= 3,
              header.columns.first == .number, isTableHeader(header.columns) else { return next }
        let before = out.count
        let after = readLineRows(text, header.columns, header.names, lines, h, &out, &diagnostics)
        return out.count > before ? after : next
    }

    /// One cell per line: rows are cut at the number column when there is one (a line holding
    /// just the next number), otherwise every `header.count` lines.
    static func readLineRows(_ text: NormalizedText, _ header: [Column], _ names: [String], _ lines: [Int], _ from: Int,
                             _ out: inout [TaskTableRow], _ diagnostics: inout [Diagnostic]) -> Int {
        let t = text.text
        let n = header.count
        var k = from
        let numberFirst = header.first == .number
        var expected = 1
        while k < lines.count {
            if numberFirst {
                let r0 = ContentLines.trimmed(t, text.lines[lines[k]].range)
                guard let v = numberValue(t, r0), v == expected else { break }
                // The row runs to the line holding the next number (a long cell may have wrapped).
                var m = k + 1
                var found = false
                while m < lines.count, m - k < 2 * n {
                    let rm = ContentLines.trimmed(t, text.lines[lines[m]].range)
                    if m - k >= n, numberValue(t, rm) == expected + 1 { found = true; break }
                    m += 1
                }
                if !found {
                    // The last row: as many wrapped lines as make its unit cells read as units.
                    guard let extra = (0...n).first(where: { k + n + $0 <= lines.count
                        && unitCellsValid(text, header, fold(text, Array(lines[k..<(k + n + $0)]), header)) }) else { break }
                    m = k + n + extra
                }
                let cells = fold(text, Array(lines[k..<m]), header)
                guard let row = makeRow(text, header, names, cells) else { break }
                out.append(row)
                expected += 1
                k = m
            } else {
                guard k + n <= lines.count else { break }
                let cells = lines[k..<(k + n)].map { ContentLines.trimmed(t, text.lines[$0].range) }
                guard let row = makeRow(text, header, names, cells),
                      row.attribution.clauses.allSatisfy({ c in
                          UnitListSplitter.split(text, c.units.first!.range.lowerBound..<c.units.last!.range.upperBound,
                                                 strict: true) != nil }) else { break }
                out.append(row)
                k += n
            }
        }
        return k
    }

    /// Longest line read as a category row of a table.
    static let categoryRowMax = 40

    /// `一、住房保障与城市更新` between the data rows of a table: one cell, no separators,
    /// opening with a whole heading marker. It groups the rows below it and does not end
    /// the table (the outline reads it as a heading).
    static func isCategoryRow(_ t: [Unicode.Scalar], _ markers: LineMarkers, _ line: Range<Int>) -> Bool {
        let r = Blanks.trim(t, line)
        guard !r.isEmpty, r.count <= categoryRowMax,
              markers.intact(at: r.lowerBound, bodyBefore: r.upperBound) != nil else { return false }
        for i in r where t[i].value == 0x7C { return false }
        return true
    }

    /// True when every filled unit cell (leaders aside) is a list of unit names.
    static func unitCellsValid(_ text: NormalizedText, _ header: [Column], _ cells: [Range<Int>]) -> Bool {
        guard cells.count == header.count else { return false }
        for (c, r) in zip(header, cells) {
            guard case .units(let role) = c, role != .leaders, !r.isEmpty else { continue }
            if UnitListSplitter.split(text, r, strict: true) == nil { return false }
        }
        return true
    }

    /// Cells of a row written on more lines than columns: extra lines belong to the task cell.
    static func fold(_ text: NormalizedText, _ rowLines: [Int], _ header: [Column]) -> [Range<Int>] {
        foldCells(rowLines.map { ContentLines.trimmed(text.text, text.lines[$0].range) }, header)
    }

    /// Cells beyond the header's count joined into the task cell.
    static func foldCells(_ ranges: [Range<Int>], _ header: [Column]) -> [Range<Int>] {
        let extra = ranges.count - header.count
        guard extra > 0, let taskIndex = header.firstIndex(of: .task) else { return Array(ranges.prefix(header.count)) }
        var cells: [Range<Int>] = []
        for c in 0..<header.count {
            if c < taskIndex { cells.append(ranges[c]) }
            else if c == taskIndex { cells.append(ranges[c].lowerBound..<ranges[c + extra].upperBound) }
            else { cells.append(ranges[c + extra]) }
        }
        return cells
    }

    static func numberValue(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Int? {
        var v = 0
        var digits = 0
        var i = r.lowerBound
        while i < r.upperBound, CharClass.isDigit(t[i].value) {
            // A row number has at most three digits; stop before a long run can overflow.
            guard digits < 3 else { return nil }
            v = v * 10 + Int(t[i].value - 0x30)
            digits += 1
            i += 1
        }
        // `3`, `3.`, `3、`
        if i < r.upperBound, t[i].value == 0x2E || t[i].value == 0x3001 { i += 1 }
        return digits > 0 && digits <= 3 && i == r.upperBound ? v : nil
    }

    static func isRule(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        for i in r where !(t[i].value == 0x7C || t[i].value == 0x2D || t[i].value == 0x3A || t[i].value == 0x20 || t[i].value == 0x2014) {
            return false
        }
        return true
    }

    /// The first sentence of cell `r`, without its final `。`.
    static func firstSentence(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var e = r.lowerBound
        while e < r.upperBound, t[e] != "。", t[e] != "!", t[e] != "?", t[e] != ";" { e += 1 }
        return Blanks.trim(t, r.lowerBound..<e)
    }

    /// - Parameter blanks: how a single blank between Han characters in a unit cell is read
    ///   (`UnitListSplitter.BlankBreaks`).
    static func makeRow(_ text: NormalizedText, _ header: [Column], _ names: [String], _ cells: [Range<Int>],
                        blanks: UnitListSplitter.BlankBreaks = .separate) -> TaskTableRow? {
        guard cells.count == header.count, let first = cells.first, let last = cells.last else { return nil }
        var number: String?
        var numberRange: Range<Int>?
        var task: Range<Int>?
        var deadline: Range<Int>?
        var clauses: [AttributionClause] = []
        var unitNameCell: Range<Int>?  // the item when the table has no task column
        var detail: Range<Int>?  // the first filled later task column
        for (ci, (c, r)) in zip(header, cells).enumerated() {
            switch c {
            case .number:
                number = r.isEmpty ? nil : text.original(r)
                numberRange = r.isEmpty ? nil : r
            case .task:
                // The first task column names the task; later ones detail it.
                if task == nil { task = r } else if detail == nil, !r.isEmpty { detail = r }
            case .deadline: deadline = r.isEmpty ? nil : r
            case .units(let role):
                clauses += cellClauses(text, role, names[ci], r, blanks: blanks)
            case .unitName:
                guard !r.isEmpty else { continue }
                if unitNameCell == nil { unitNameCell = r }
                if let units = UnitListSplitter.split(text, r, strict: false, blanks: blanks), !units.isEmpty {
                    clauses += AttributionClause.grouping(.responsible, names[ci], units)
                }
            case .other: continue
            }
        }
        // An empty (merged) task cell is not carried down from the row above: the row's task
        // is then the first sentence of its detail cell (`抓好工业节水。加快实施…`).
        if let r = task, r.isEmpty, let d = detail { task = firstSentence(text.text, d) }
        guard let task = task ?? unitNameCell, !task.isEmpty, !clauses.isEmpty else { return nil }
        let whole = rowRange(cells, first, last)
        let deadlineText = deadline.map { text.original($0) }
        let a = Attribution(form: .tableRow, text: text.original(whole), span: text.span(whole), clauses: clauses,
                            deadline: deadlineText, range: whole)
        return TaskTableRow(number: number, task: text.original(task), taskSpan: text.span(task), deadline: deadlineText,
                            deadlineSpan: deadline.map { text.span($0) }, attribution: a, span: text.span(whole), range: whole,
                            taskRange: task, numberRange: numberRange, deadlineRange: deadline)
    }
}
