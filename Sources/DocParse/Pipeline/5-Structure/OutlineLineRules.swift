/// The outline stage's reading so far: the zone it is in, the outlines being built, the
/// glossary, and what the previous line was.
struct OutlineReading {
    let text: NormalizedText
    /// The marker candidate at the start of each line (`TextAnalysis`).
    let markers: [MarkerCandidate?]
    let table: TableLines
    /// The text lost its line breaks: markers running on inside lines are read.
    let runIns: Bool
    var zone = OutlineStage.Zone.front
    var main: OutlineBuilder
    var appendices: [OutlineStage.OpenAppendix] = []
    var glossary: [GlossaryEntry] = []
    var previousContent: (index: Int, range: Range<Int>)? = nil
    /// The end of a task-table row being read one cell per line.
    var rowEnd: Int? = nil

    init(text: NormalizedText, markers: [MarkerCandidate?], table: TableLines, runIns: Bool) {
        self.text = text
        self.markers = markers
        self.table = table
        self.runIns = runIns
        main = OutlineBuilder(text: text)
    }

    /// One content line as the rules see it.
    struct Line {
        let index: Int
        /// The line without its blanks.
        let range: Range<Int>
        /// It goes on with the sentence of the line before (a wrapped line).
        let continues: Bool
        /// The main outline had a node before this line.
        let started: Bool
    }

    func input(_ idx: Int, _ r: Range<Int>) -> Line {
        let adjacent = previousContent.map { $0.index == idx - 1 } ?? false
        let continues = adjacent && !table.tableLine.contains(idx) && !table.tableLine.contains(idx - 1)
            && LineBreaks.breaksInsideSentence(text.text, previous: previousContent!.range, next: r)
        return Line(index: idx, range: r, continues: continues, started: main.hasNodes)
    }

    /// After the rules: a table row on the line marks its node's task cell and opens the
    /// numbered measures in its cells, and the line becomes the previous one.
    mutating func finish(_ line: Line) {
        if let row = table.rowOnLine[line.index] {
            if zone == .main {
                main.markTableRow(line: line.range, cell: row.taskRange)
                for item in table.subItemsOn[line.index] ?? [] { main.openTableSubItem(item) }
            } else if zone == .appendix, !appendices.isEmpty {
                appendices[appendices.count - 1].builder.markTableRow(line: line.range, cell: row.taskRange)
                for item in table.subItemsOn[line.index] ?? [] { appendices[appendices.count - 1].builder.openTableSubItem(item) }
            }
        }
        previousContent = (line.index, line.range)
    }

    /// The zone reads task-table rows into an outline: front matter and the main outline read
    /// them into the main outline, an appended document (`附件` holding a task table) into its own.
    var readsTableRows: Bool {
        switch zone {
        case .front, .main: return true
        case .appendix: return !appendices.isEmpty
        default: return false
        }
    }

    /// Runs `body` on the outline the zone reads table rows into (see `readsTableRows`); when
    /// it opened a node in front matter, the main outline has started. Returns `body`'s answer,
    /// false in a zone that reads no rows.
    @discardableResult
    mutating func inTableOutline(_ body: (inout OutlineBuilder) -> Bool) -> Bool {
        switch zone {
        case .front, .main:
            guard body(&main) else { return false }
            zone = .main
            return true
        case .appendix where !appendices.isEmpty:
            return body(&appendices[appendices.count - 1].builder)
        default:
            return false
        }
    }

    func marker(_ line: Line) -> MarkerCandidate? { markers[line.index] }
    func runInsOn(_ line: Line) -> Bool { runIns && !table.tableLine.contains(line.index) }
}

/// How the outline stage reads a line: the rules in the order they are tried
/// (`OutlineLineRule.all`); the first that takes the line decides, and a rule that only
/// records something passes the line on. The raw value is the rule's name.
enum OutlineLineRule: String, CaseIterable {
    /// `名词解释`, once the outline has started: the glossary begins.
    case glossaryOpener = "zone.glossary-opener"
    /// `附件1`, `起草说明`, once the outline has started: an appended document begins, with an
    /// outline of its own.
    case appendixOpener = "zone.appendix-opener"
    /// Inside an appended document, every line extends it (passes the line on).
    case appendixExtent = "zone.appendix-extent"
    /// Lines of a table whose cells ran together: each row number opens a node inside the
    /// line; the text before the first one belongs to the node above.
    case tableInlineRows = "table.inline-rows"
    /// A task-table row written one cell per line: its number line opens the node, titled by
    /// the task cell.
    case tableRowOverLines = "table.row-over-lines"
    /// The other lines of such a row are its text, never items of their own.
    case tableRowContinuation = "table.row-continuation"
    /// A sub-row of a table row's item: its numbered measures are the item's children, any
    /// other text is the item's text; never an item of the outline's own.
    case tableSubRow = "table.sub-row"
    /// A table row whose number cell no marker reading takes (`1 | 任务 | …`), or any row of
    /// a table cut at its running 序号 (`85 新增…`, after row 81 of an excerpt).
    case tableRowNumber = "table.row-number"
    /// Front matter: a cover letter's title starts the letter; the first accepted marker starts
    /// the main outline.
    case front = "zone.front"
    /// A cover letter runs to its date line.
    case coverLetter = "zone.cover-letter"
    /// The main outline, until an attachment list or the date under the signature.
    case main = "zone.main"
    /// The line after a bare `附件` opener is the appended document's title.
    case appendixTitle = "zone.appendix-title"
    /// An appended document's outline, until its own closing lines.
    case appendix = "zone.appendix"
    /// Glossary entries (`术语:释义`).
    case glossary = "zone.glossary"
    /// Closing lines are left out; a marker continuing the sequence resumes the outline.
    case closing = "zone.closing"
    /// The same after an appended document's outline.
    case appendixClosing = "zone.appendix-closing"

    /// The rules in the order they are tried.
    static let all: [OutlineLineRule] = [
        .glossaryOpener, .appendixOpener, .appendixExtent, .tableInlineRows, .tableRowOverLines, .tableRowContinuation, .tableSubRow, .tableRowNumber,
        .front, .coverLetter, .main, .appendixTitle, .appendix, .glossary, .closing, .appendixClosing,
    ]

    /// Applies the rule to `line`; true when it took the line.
    func apply(_ s: inout OutlineReading, _ line: OutlineReading.Line) -> Bool {
        let t = s.text.text
        let r = line.range
        switch self {
        case .glossaryOpener:
            guard line.started, s.zone != .appendixTitle, ZoneClassifier.isGlossaryOpener(t, r) else { return false }
            s.zone = .glossary
        case .appendixOpener:
            guard line.started, s.zone != .appendixTitle, let opener = ZoneClassifier.appendixOpener(t, r) else { return false }
            s.appendices.append(OutlineStage.OpenAppendix(start: r.lowerBound, end: r.upperBound,
                                                          title: opener == .titled ? ZoneClassifier.core(t, r) : nil,
                                                          builder: OutlineBuilder(text: s.text)))
            s.zone = opener == .titled ? .appendix : .appendixTitle
        case .appendixExtent:
            if !s.appendices.isEmpty, s.zone == .appendix || s.zone == .appendixTitle || s.zone == .appendixClosing {
                s.appendices[s.appendices.count - 1].end = r.upperBound
            }
            return false
        case .tableInlineRows:
            guard s.readsTableRows, s.table.inlineTable.contains(line.index) else { return false }
            let here = s.table.inlineRows[line.index] ?? []
            s.inTableOutline { b in
                var opened = false
                var from = r.lowerBound
                for (j, row) in here.enumerated() {
                    guard let num = row.numberRange else { continue }
                    // A category row before the row (`一 完善基层服务网络`) opens the level above it.
                    if let c = row.category, c.number.lowerBound >= from, c.title.upperBound <= num.lowerBound {
                        b.appendText(from..<c.number.lowerBound)
                        if b.openInlineCategory(c, end: ZoneTrim.trim(t, c.number.lowerBound..<num.lowerBound).upperBound) { opened = true }
                        from = num.lowerBound
                    }
                    b.appendText(from..<num.lowerBound)
                    let next = j + 1 < here.count ? here[j + 1] : nil
                    let end = next.map { $0.category?.number.lowerBound ?? $0.numberRange?.lowerBound ?? r.upperBound } ?? r.upperBound
                    if b.openInlineRow(number: num, task: row.taskRange, end: ZoneTrim.trim(t, num.lowerBound..<end).upperBound) {
                        opened = true
                        for item in row.subItems { b.openTableSubItem(item) }
                    }
                    from = end
                }
                b.appendText(from..<r.upperBound)
                return opened
            }
        case .tableRowOverLines:
            guard s.readsTableRows, let row = s.table.rowFrom[line.index], let num = row.numberRange,
                  s.inTableOutline({ $0.openTableRow(line: r, number: num, task: row.taskRange, overLines: true) }) else { return false }
            s.rowEnd = row.range.upperBound
        case .tableRowContinuation:
            guard let e = s.rowEnd else { return false }
            guard r.lowerBound < e, s.zone == .main || s.zone == .appendix else {
                s.rowEnd = nil
                return false
            }
            s.inTableOutline { _ = $0.addLine(r, marker: nil, continuesSentence: false); return true }
        case .tableSubRow:
            guard s.table.subRowOf[line.index] != nil, s.zone == .main || s.zone == .appendix else { return false }
            let items = s.table.subItemsOn[line.index] ?? []
            var opened = 0
            for item in items {
                let ok = s.zone == .main ? s.main.openTableSubItem(item) : s.appendices[s.appendices.count - 1].builder.openTableSubItem(item)
                if ok { opened += 1 }
            }
            if opened == 0 {
                if s.zone == .main { s.main.addLine(r, marker: nil, continuesSentence: false) }
                else { s.appendices[s.appendices.count - 1].builder.addLine(r, marker: nil, continuesSentence: false) }
            }
        case .tableRowNumber:
            guard s.readsTableRows, let row = s.table.rowOnLine[line.index], let num = row.numberRange,
                  s.marker(line) == nil || row.shape.readsRowSequence,
                  s.inTableOutline({ $0.openTableRow(line: r, number: num, task: row.taskRange, inSequence: row.shape.readsRowSequence) })
            else { return false }
        case .front:
            guard s.zone == .front else { return false }
            if ZoneClassifier.isCoverLetterTitle(t, r) { s.zone = .coverLetter; return true }
            if s.main.addLine(r, marker: s.marker(line), continuesSentence: line.continues, runIns: s.runInsOn(line)) { s.zone = .main }
        case .coverLetter:
            guard s.zone == .coverLetter else { return false }
            if ZoneClassifier.isDateLine(t, r) { s.zone = .front }
        case .main:
            guard s.zone == .main else { return false }
            if OutlineStage.closes(t, r, &s.main, s.previousContent?.range) { s.zone = .closing; return true }
            s.main.addLine(r, marker: s.marker(line), continuesSentence: line.continues, runIns: s.runInsOn(line))
        case .appendixTitle:
            guard s.zone == .appendixTitle else { return false }
            s.appendices[s.appendices.count - 1].title = ZoneClassifier.core(t, r)
            s.zone = .appendix
        case .appendix:
            guard s.zone == .appendix else { return false }
            let previous = s.previousContent?.range
            if OutlineStage.closes(t, r, &s.appendices[s.appendices.count - 1].builder, previous) { s.zone = .appendixClosing; return true }
            s.appendices[s.appendices.count - 1].builder.addLine(r, marker: s.marker(line), continuesSentence: line.continues, runIns: s.runInsOn(line))
        case .glossary:
            guard s.zone == .glossary else { return false }
            if let e = GlossaryReader.entry(s.text, r) { s.glossary.append(e) }
        case .closing:
            guard s.zone == .closing else { return false }
            if s.main.continuesSequence(r, marker: s.marker(line)) {
                s.zone = .main
                s.main.addLine(r, marker: s.marker(line), continuesSentence: false, runIns: s.runIns)
            }
        case .appendixClosing:
            guard s.zone == .appendixClosing else { return false }
            if s.appendices[s.appendices.count - 1].builder.continuesSequence(r, marker: s.marker(line)) {
                s.zone = .appendix
                s.appendices[s.appendices.count - 1].builder.addLine(r, marker: s.marker(line), continuesSentence: false, runIns: s.runIns)
            }
        }
        return true
    }
}
