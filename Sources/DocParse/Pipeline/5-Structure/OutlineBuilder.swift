/// Builds the outline of one zone (the main document, or one appended document) line by
/// line: a line whose start the `LevelTracker` accepts as a marker opens a node, any other
/// line belongs to the node above it. Repairs (damaged markers, a heading run into an item,
/// a line broken inside a sentence) are made here and reported as diagnostics.
struct OutlineBuilder {
    let text: NormalizedText
    var tracker = LevelTracker()
    var drafts: [DraftNode] = []
    var diagnostics: [Diagnostic] = []
    /// The last written marker of each style split around its number (`（`, `）`), so that a
    /// restored marker is written the way its siblings are.
    private var templates: [MarkerStyle: (prefix: String, suffix: String)] = [:]

    init(text: NormalizedText) { self.text = text }

    var t: [Unicode.Scalar] { text.text }
    var hasNodes: Bool { !drafts.isEmpty }

    /// Reads one content line. `marker` is the candidate at the start of the trimmed line
    /// (`LineMarkers`); `continuesSentence` says the line break before it falls inside a
    /// sentence (see `LineBreaks`). Returns true when the line became or joined a node, false
    /// when it lies before the zone's first node. `runIns`: markers running on inside the
    /// line are read too (see `RunInMarkers`); false for a task-table row, whose cells are
    /// never items of their own.
    @discardableResult
    mutating func addLine(_ line: Range<Int>, marker: MarkerCandidate?, continuesSentence: Bool, runIns: Bool = false) -> Bool {
        let r = ZoneTrim.trim(t, line)
        guard !r.isEmpty else { return hasNodes }
        if let cand = marker {
            if let p = tracker.place(cand) {
                // Across a line broken inside a sentence only a whole marker in sequence opens
                // a node: `…育人方式改` / `革,落实…` stays one sentence.
                let inSequence = p.sequenceProblem == nil && cand.form == .intact
                if !continuesSentence || inSequence {
                    open(cand, p, segment: r, splitFrom: nil)
                    if runIns { splitRunIns(from: drafts[drafts.count - 1].bodyStart, end: r.upperBound) }
                    return true
                }
            } else if cand.form == .lostNumber, hasNodes {
                diagnostics.append(Diagnostic(
                    severity: .warning, code: "outline.unplaceable-item",
                    message: "line starts like a marker whose number was lost, but no open list expects it; kept as text of the item above",
                    span: text.span(cand.range)))
            }
        }
        guard hasNodes else {
            // The document's first item may run on inside a line (`…现提出以下意见。一、…`).
            guard runIns, let cand = RunInMarkers.firstOpening(t, from: r.lowerBound, end: r.upperBound, tracker: tracker),
                  let p = tracker.place(cand) else { return false }
            open(cand, p, segment: cand.range.lowerBound..<r.upperBound, splitFrom: nil)
            splitRunIns(from: drafts[drafts.count - 1].bodyStart, end: r.upperBound)
            return true
        }
        if !continuesSentence, continuesHeading(r) {
            drafts[drafts.count - 1].segments.append(r)
            drafts[drafts.count - 1].joined.append(true)
            drafts[drafts.count - 1].headingContinued = true
            diagnostics.append(Diagnostic(
                severity: .info, code: "outline.heading-joined",
                message: "joined a short line to the heading above it: the heading was broken over two lines",
                span: text.span(r)))
            return true
        }
        drafts[drafts.count - 1].segments.append(r)
        drafts[drafts.count - 1].joined.append(continuesSentence)
        if continuesSentence {
            diagnostics.append(Diagnostic(
                severity: .info, code: "outline.line-joined",
                message: "joined a line broken inside a sentence to the line before it",
                span: text.span(r.lowerBound..<min(r.upperBound, r.lowerBound + 1))))
        }
        if runIns { splitRunIns(from: r.lowerBound, end: r.upperBound) }
        return true
    }

    /// Splits off every marker that runs on inside the last segment of the last node, from
    /// `from` to the line's `end` (see `RunInMarkers` for what is read). Each split cuts the
    /// segment before the marker and opens the marker's node on the rest of the line; the
    /// scan goes on from the new node's text, so the line is read once.
    private mutating func splitRunIns(from: Int, end: Int) {
        var p = from
        var count = 0
        var first: Range<Int>? = nil
        while p < end {
            guard RunInMarkers.isBoundary(t[p]) || RunInMarkers.isBlankBoundary(t, p, from: from) else { p += 1; continue }
            var q = p + 1
            while q < end, t[q] == " " { q += 1 }
            guard let cand = RunInMarkers.candidate(t, at: q, end: end), let pl = tracker.place(cand),
                  pl.sequenceProblem == nil, let k = drafts.indices.last else { p += 1; continue }
            let s = drafts[k].segments.count - 1
            let seg = drafts[k].segments[s]
            drafts[k].segments[s] = seg.lowerBound..<max(seg.lowerBound, ZoneTrim.trim(t, seg.lowerBound..<q).upperBound)
            open(cand, pl, segment: q..<end, splitFrom: nil)
            count += 1
            if first == nil { first = cand.range }
            p = max(q + 1, drafts[drafts.count - 1].bodyStart)
        }
        if count > 0, let first {
            diagnostics.append(Diagnostic(
                severity: .info, code: "outline.run-in-markers",
                message: "\(count) marker\(count == 1 ? "" : "s") ran on inside one line (its line breaks were lost); each opens an item",
                span: text.span(first)))
        }
    }

    /// Marks the last node as a task-table row when it opened on `line`: its title becomes
    /// the task cell `cell` (which lies on that line).
    mutating func markTableRow(line: Range<Int>, cell: Range<Int>) {
        guard let d = drafts.last, line.contains(d.markerStart), d.segments.count == 1,
              cell.lowerBound >= d.bodyStart, cell.upperBound <= line.upperBound else { return }
        drafts[drafts.count - 1].titleCell = cell
        tableItem = drafts.count - 1
    }

    /// The node of the task-table row read last, whose cells and sub-rows may hold numbered
    /// measures (`openTableSubItem`).
    private var tableItem: Int? = nil

    /// A numbered measure in a cell of the last task-table row or of its sub-rows
    /// (`1.及时下达…` in `年度工作措施`): a child of the row's node, one level below it, titled
    /// by the cell's first sentence. The measures number on their own (they restart per
    /// item), so they are placed here, not by the tracker that places the rows. Returns true
    /// when it opened a node.
    @discardableResult
    mutating func openTableSubItem(_ item: TableSubItem) -> Bool {
        guard let p = tableItem, p < drafts.count, let n = item.marker.ordinal,
              item.cell.lowerBound > drafts[p].markerStart else { return false }
        // A measure on the row's own line stays inside the row's text too: the row (its
        // units, its time limit) spans the whole line, and the measure, the deeper node, still
        // takes the figures of its own cell.
        drafts.append(DraftNode(depth: drafts[p].depth + 1, style: item.marker.styles[0], ordinal: n,
                                marker: text.original(item.marker.range), repaired: false,
                                markerStart: item.cell.lowerBound, bodyStart: item.marker.bodyStart,
                                segments: [item.cell], joined: [false], rule: .tableSubItem))
        return true
    }

    /// A task-table row whose number cell is no marker shape (`1 | 建成… | 县教育局 | …`):
    /// the number is read as a `1.` item where the sequence expects it, and the node is
    /// titled by the task cell. Returns true when it opened a node.
    ///
    /// `overLines`: the row is written one cell per line (the task cell lies on later lines).
    /// Its number stands alone in a recognized table, so it opens the node even out of
    /// sequence (an excerpt's rows 14, 80, 135); the gap is reported as a sequence problem.
    ///
    /// `inSequence`: the table reader cut the rows at a running 序号 (`TableShape.readsRowSequence`),
    /// so a row on one line opens its node out of sequence too.
    mutating func openTableRow(line: Range<Int>, number: Range<Int>, task: Range<Int>, overLines: Bool = false,
                               inSequence: Bool = false) -> Bool {
        guard let n = TaskTableReader.numberValue(t, number), number.lowerBound == ZoneTrim.trim(t, line).lowerBound,
              task.lowerBound >= number.upperBound, overLines || task.upperBound <= line.upperBound else { return false }
        let cand = MarkerCandidate(styles: [.numDot], ordinal: n, form: overLines || inSequence ? .intact : .spaced, range: number,
                                   bodyStart: overLines ? number.upperBound : task.lowerBound)
        guard let p = tracker.place(cand), overLines || inSequence || p.sequenceProblem == nil else { return false }
        open(cand, p, segment: ZoneTrim.trim(t, line), splitFrom: nil, rule: .tableRowNumber)
        if overLines { drafts[drafts.count - 1].titleCell = task; tableItem = drafts.count - 1 } else { markTableRow(line: line, cell: task) }
        return true
    }

    /// A task-table row whose number stands inside a line (cells run together with no
    /// separator: `…市国有公司2促进就业…`): the node opens at the number, runs to `end` on the
    /// line, and is titled by the task cell. The rows were cut at their running 序号, so the
    /// number opens the node out of sequence too. Returns true when it opened a node.
    mutating func openInlineRow(number: Range<Int>, task: Range<Int>, end: Int) -> Bool {
        guard let n = TaskTableReader.numberValue(t, number), task.lowerBound >= number.upperBound, number.upperBound <= end else { return false }
        let cand = MarkerCandidate(styles: [.numDot], ordinal: n, form: .intact, range: number, bodyStart: number.upperBound)
        guard let p = tracker.place(cand) else { return false }
        open(cand, p, segment: number.lowerBound..<end, splitFrom: nil, rule: .tableRowNumber, splitRunIn: false)
        drafts[drafts.count - 1].titleCell = task
        tableItem = drafts.count - 1
        return true
    }

    /// A category row of a table whose rows run on in one line (`一 完善基层服务网络` before
    /// its `1.` rows): its number cell (a Chinese numeral alone) opens a node running to
    /// `end`, titled by the category's cell. Returns true when it opened a node.
    mutating func openInlineCategory(_ c: TableCategory, end: Int) -> Bool {
        guard let n = ChineseNumerals.value(t[c.number]) ?? ChineseNumerals.arabic(t[c.number]), c.number.upperBound <= end else { return false }
        let style: MarkerStyle = CharClass.isDigit(t[c.number.lowerBound].value) ? .numDot : .cnComma
        let cand = MarkerCandidate(styles: [style], ordinal: n, form: .spaced, range: c.number, bodyStart: c.title.lowerBound)
        guard let p = tracker.place(cand) else { return false }
        open(cand, p, segment: c.number.lowerBound..<end, splitFrom: nil, rule: .tableRowNumber, splitRunIn: false)
        drafts[drafts.count - 1].titleCell = c.title
        return true
    }

    /// Adds `r` to the text of the last node (a piece of a table row on a line of its own).
    mutating func appendText(_ r: Range<Int>) {
        let r = ZoneTrim.trim(t, r)
        guard hasNodes, !r.isEmpty else { return }
        drafts[drafts.count - 1].segments.append(r)
        drafts[drafts.count - 1].joined.append(true)
    }

    /// Longest line read as the rest of a heading broken over two lines.
    static let headingContinuationMax = 8
    /// Longest heading (after its marker) that can be continued on the next line.
    static let headingMax = 40

    /// `（三）提升基本公共卫生` / `服务质量`: the node's heading is only its first line, a
    /// short phrase with no punctuation or blank, and the line right below it (no blank line
    /// between) is a few Han characters with nothing else: the heading cannot end before
    /// them, since a heading's body starts as a sentence. Bounded scans: O(1) per line.
    func continuesHeading(_ r: Range<Int>) -> Bool {
        guard let d = drafts.last, d.segments.count == 1, r.count <= Self.headingContinuationMax else { return false }
        let heading = ZoneTrim.trim(t, d.segments[0])
        guard d.bodyStart < heading.upperBound, heading.upperBound - d.bodyStart <= Self.headingMax,
              heading.upperBound <= r.lowerBound else { return false }
        for k in d.bodyStart..<heading.upperBound {
            let v = t[k].value
            guard CharClass.isHan(v) || CharClass.isDigit(v) || CharClass.isLatin(v) else { return false }
        }
        for k in r where !CharClass.isHan(t[k].value) { return false }
        // Adjacent lines: only blanks and one line break between them.
        var breaks = 0
        for k in heading.upperBound..<r.lowerBound {
            if t[k] == "\n" { breaks += 1; if breaks > 1 { return false } } else if t[k] != " " && t[k] != "\t" { return false }
        }
        return breaks == 1
    }

    /// Whether the line starts with a whole marker that continues the sequence without any
    /// problem: after a date line such a line shows the outline goes on (the date was part
    /// of the text, not a signature).
    func continuesSequence(_ line: Range<Int>, marker: MarkerCandidate?) -> Bool {
        let r = ZoneTrim.trim(t, line)
        guard !r.isEmpty, let cand = marker, cand.form == .intact,
              let p = tracker.place(cand) else { return false }
        return p.sequenceProblem == nil
    }

    /// Drops the last segment when it is `line` (a signature name read before its date).
    mutating func dropLastSegment(ifIn line: Range<Int>) {
        guard let last = drafts.last?.segments.last, drafts[drafts.count - 1].segments.count > 1,
              line.contains(last.lowerBound) else { return }
        drafts[drafts.count - 1].segments.removeLast()
        drafts[drafts.count - 1].joined.removeLast()
        if drafts[drafts.count - 1].segments.count == 1 { drafts[drafts.count - 1].headingContinued = false }
    }

    private mutating func open(_ cand: MarkerCandidate, _ p: LevelTracker.Placement, segment: Range<Int>, splitFrom: Int?,
                               rule: NodeRule? = nil, splitRunIn: Bool = true) {
        tracker.accept(p)
        let written = text.original(cand.range)
        var marker = written
        var repaired = splitFrom != nil
        if cand.form == .intact {
            remember(p.style, written, cand)
        } else if cand.form.isRepair {
            marker = restored(p.style, p.ordinal)
            repaired = true
            diagnostics.append(Diagnostic(
                severity: .warning, code: "outline.marker-restored",
                message: "restored marker \(marker) at '\(written)': \(cand.form.explanation), and the sequence expects \(p.style.label(p.ordinal)) here",
                span: text.span(cand.range)))
        }
        if let problem = p.sequenceProblem {
            diagnostics.append(Diagnostic(severity: .warning, code: problem.code, message: problem.message, span: text.span(cand.range)))
        }
        drafts.append(DraftNode(depth: p.depth, style: p.style, ordinal: p.ordinal, marker: marker, repaired: repaired,
                                markerStart: cand.range.lowerBound, bodyStart: cand.bodyStart,
                                segments: [cand.range.lowerBound..<segment.upperBound], joined: [false],
                                rule: rule ?? (splitFrom != nil ? .headingSplit : .marker(cand.form))))
        if splitRunIn { splitRunInHeading(segment.upperBound) }
    }

    /// `二、坚持五育融合,全面落实立德树人根本任务5.健全思想政治工作长效机制。`: a heading with
    /// an item of a lower level run onto its line. The item is split off when a whole marker
    /// of a style that sits below the heading, in sequence, follows a Han character inside
    /// the heading's first sentence. The search is bounded, so it costs O(1) per heading.
    private mutating func splitRunInHeading(_ end: Int) {
        let node = drafts[drafts.count - 1]
        let from = node.bodyStart + 1
        let limit = min(end, node.bodyStart + 80)
        var p = from
        while p < limit {
            let c = t[p]
            if c == "。" || c == "!" || c == "?" || c == ";" { return }
            if (CharClass.isDigit(c.value) || MarkerReader.isOpen(c) || RunInMarkers.mayOpenOrdinalWord(c)) && CharClass.isHan(t[p - 1].value),
               let m = MarkerLexer.match(t, at: p, end: end),
               let cand = MarkerReader.intact(t, p, m, end),
               cand.bodyStart < end, CharClass.isHan(t[cand.bodyStart].value),
               tracker.opensBelow(cand.styles[0], parent: node.style),
               let pl = tracker.place(cand), pl.sequenceProblem == nil, pl.depth > node.depth {
                drafts[drafts.count - 1].segments[0] = node.markerStart..<ZoneTrim.trim(t, node.markerStart..<p).upperBound
                diagnostics.append(Diagnostic(
                    severity: .warning, code: "outline.heading-split",
                    message: "item \(cand.styles[0].label(pl.ordinal)) ran into the heading \(node.marker) on one line; split it off",
                    span: text.span(cand.range)))
                open(cand, pl, segment: p..<end, splitFrom: node.markerStart)
                return
            }
            p += 1
        }
    }

    private mutating func remember(_ s: MarkerStyle, _ written: String, _ cand: MarkerCandidate) {
        // Split the written marker around its number: `（七）` → `（`, `）`.
        // Cut in place on the string's scalar view: copying the scalars into an array and
        // appending them back into two views per intact marker was 0.7 % of perf samples of
        // `parsecli batch` (2026-12-05).
        let u = written.unicodeScalars
        func isNumber(_ c: Unicode.Scalar) -> Bool {
            CharClass.isDigit(c.value) || CharClass.isChineseNumeral(c.value) || CharClass.isLatin(c.value)
        }
        guard let lo = u.firstIndex(where: isNumber) else { return }
        let hi = u[lo...].firstIndex { !isNumber($0) } ?? u.endIndex
        templates[s] = (String(u[..<lo]), String(u[hi...]))
    }

    private func restored(_ s: MarkerStyle, _ n: Int) -> String {
        guard let tpl = templates[s], s != .circled else { return s.canonicalMarker(n) }
        let number = s.usesChineseNumerals ? ChineseNumerals.format(n) : (s == .latinDot || s == .latinParen ? ChineseNumerals.latin(n) : String(n))
        return tpl.prefix + number + tpl.suffix
    }
}
