/// Fills `outline`, `tasks`, `appendices` and `glossary`.
///
/// One pass over the lines, through zones: front matter (header metadata, a cover letter
/// `关于征求…的函` up to its date line, the title and preamble before the first accepted
/// marker), the main outline, closing lines (attachment lists, signature and date), appended
/// documents (`起草说明`, `附件` pages, each with an outline of its own so it never merges into
/// the plan's numbering), and a glossary (`名词解释`). Boilerplate lines (zoned by the
/// normalizer) are never read. Every step looks at one line or a bounded window, so the stage
/// is linear in the input size.
enum OutlineStage {
    enum Zone { case front, coverLetter, main, closing, appendixTitle, appendix, appendixClosing, glossary }

    struct OpenAppendix {
        var start: Int
        var end: Int
        var title: Range<Int>?
        var builder: OutlineBuilder
    }

    /// - Parameter analysis: the shared text layer (line markers, task-table rows), read once
    ///   by the pipeline (read here when nil, for callers that run this stage alone).
    static func run(_ text: NormalizedText, _ doc: inout Document, _ diagnostics: inout [Diagnostic], analysis: TextAnalysis? = nil) {
        let analysis = analysis ?? TextAnalysis.analyze(text)
        let markers = analysis.markers.candidates
        let t = text.text
        var zone = Zone.front
        var main = OutlineBuilder(text: text)
        var appendices: [OpenAppendix] = []
        var glossary: [GlossaryEntry] = []
        var previousContent: (index: Int, range: Range<Int>)? = nil

        // Task-table rows (the reader recognizes the header): a row is one record, never a
        // line broken inside a sentence, and a row opening a node gives it its task cell as
        // title. `rowOnLine[i]`: the row lying wholly on line i.
        let rows = analysis.tables.rows
        var tableLine = Set<Int>()
        var rowOnLine: [Int: TaskTableRow] = [:]
        // `rowFrom[i]`: a row whose number cell is line i and whose cells run over later lines
        // (one cell per line); `rowEnd`: the end of the row being read.
        var rowFrom: [Int: TaskTableRow] = [:]
        var rowEnd: Int? = nil
        var ri = 0
        for (idx, line) in text.lines.enumerated() where ri < rows.count {
            while ri < rows.count, rows[ri].range.upperBound < line.range.lowerBound { ri += 1 }
            var k = ri
            while k < rows.count, rows[k].range.lowerBound <= line.range.upperBound {
                tableLine.insert(idx)
                if line.range.contains(rows[k].range.lowerBound), rows[k].range.upperBound <= line.range.upperBound { rowOnLine[idx] = rows[k] }
                else if let num = rows[k].numberRange, line.range.contains(num.lowerBound), num.upperBound <= line.range.upperBound,
                        rows[k].range.upperBound > line.range.upperBound { rowFrom[idx] = rows[k] }
                k += 1
            }
        }

        // Rows whose numbers stand inside lines (cells run together): `inlineRows[i]`, the rows
        // whose number is on line i; `inlineTable`, every line such a table covers, whose
        // markers (a sharing site's chunk numbers `2、`) are never items.
        var inlineRows: [Int: [TaskTableRow]] = [:]
        var inlineTable = Set<Int>()
        for row in rows where row.shape.readsInline {
            guard let num = row.numberRange else { continue }
            let first = text.lineIndex(of: num.lowerBound)
            inlineRows[first, default: []].append(row)
            let last = text.lineIndex(of: max(row.range.lowerBound, row.range.upperBound - 1))
            for i in min(first, text.lineIndex(of: row.range.lowerBound))...max(first, last) { inlineTable.insert(i) }
        }

        // Sub-rows of a row's item (its number cell empty, the item's cells written once above)
        // and the numbered measures in cells (`1.及时下达…`): `subRowOf[i]` is the row whose
        // item line i continues, `subItemsOn[i]` the measures lying on line i.
        var lineAt: [Int: Int] = [:]
        var subRowOf: [Int: TaskTableRow] = [:]
        var subItemsOn: [Int: [TableSubItem]] = [:]
        if rows.contains(where: { !$0.subRows.isEmpty || !$0.subItems.isEmpty }) {
            for (idx, line) in text.lines.enumerated() { lineAt[line.range.lowerBound] = idx }
            // Rows standing inside lines open their measures where they open (below).
            for row in rows where !row.shape.readsInline {
                for sr in row.subRows {
                    guard let idx = lineAt[sr.lowerBound] else { continue }
                    subRowOf[idx] = row
                    tableLine.insert(idx)
                }
                var li = text.lineIndex(of: row.range.lowerBound)
                for item in row.subItems {
                    while li + 1 < text.lines.count, text.lines[li].range.upperBound < item.cell.lowerBound { li += 1 }
                    subItemsOn[li, default: []].append(item)
                }
            }
        }

        // Markers running on inside lines are read only when the text lost its line breaks.
        let runIns = RunInMarkers.linesWereLost(text)

        for (idx, line) in text.lines.enumerated() {
            guard line.zone == .content else { continue }
            let r = ZoneTrim.trim(t, line.range)
            guard !r.isEmpty else { continue }
            let adjacent = previousContent.map { $0.index == idx - 1 } ?? false
            let continues = adjacent && !tableLine.contains(idx) && !tableLine.contains(idx - 1)
                && LineBreaks.breaksInsideSentence(t, previous: previousContent!.range, next: r)
            defer {
                if let row = rowOnLine[idx] {
                    if zone == .main {
                        main.markTableRow(line: r, cell: row.taskRange)
                        for item in subItemsOn[idx] ?? [] { main.openTableSubItem(item) }
                    } else if zone == .appendix, !appendices.isEmpty {
                        appendices[appendices.count - 1].builder.markTableRow(line: r, cell: row.taskRange)
                        for item in subItemsOn[idx] ?? [] { appendices[appendices.count - 1].builder.openTableSubItem(item) }
                    }
                }
            }
            defer { previousContent = (idx, r) }
            let started = main.hasNodes

            // Openers of later zones, once the main outline has started.
            if started, zone != .appendixTitle, ZoneClassifier.isGlossaryOpener(t, r) {
                zone = .glossary
                continue
            }
            if started, zone != .appendixTitle, let opener = ZoneClassifier.appendixOpener(t, r) {
                appendices.append(OpenAppendix(start: r.lowerBound, end: r.upperBound,
                                               title: opener == .titled ? ZoneClassifier.core(t, r) : nil,
                                               builder: OutlineBuilder(text: text)))
                zone = opener == .titled ? .appendix : .appendixTitle
                continue
            }
            if !appendices.isEmpty, zone == .appendix || zone == .appendixTitle || zone == .appendixClosing {
                appendices[appendices.count - 1].end = r.upperBound
            }

            // Lines of a table whose cells ran together: each row number opens a node inside
            // the line; the text before the first one belongs to the node above.
            if zone == .front || zone == .main, inlineTable.contains(idx) {
                let here = inlineRows[idx] ?? []
                var from = r.lowerBound
                for (j, row) in here.enumerated() {
                    guard let num = row.numberRange else { continue }
                    // A category row before the row (`一 完善基层服务网络`) opens the level above it.
                    if let c = row.category, c.number.lowerBound >= from, c.title.upperBound <= num.lowerBound {
                        main.appendText(from..<c.number.lowerBound)
                        if main.openInlineCategory(c, end: ZoneTrim.trim(t, c.number.lowerBound..<num.lowerBound).upperBound) { zone = .main }
                        from = num.lowerBound
                    }
                    main.appendText(from..<num.lowerBound)
                    let next = j + 1 < here.count ? here[j + 1] : nil
                    let end = next.map { $0.category?.number.lowerBound ?? $0.numberRange?.lowerBound ?? r.upperBound } ?? r.upperBound
                    if main.openInlineRow(number: num, task: row.taskRange, end: ZoneTrim.trim(t, num.lowerBound..<end).upperBound) {
                        zone = .main
                        for item in row.subItems { main.openTableSubItem(item) }
                    }
                    from = end
                }
                main.appendText(from..<r.upperBound)
                continue
            }

            // A row written one cell per line: its number line opens the node, titled by the
            // task cell; its other lines are its text, never items of their own.
            if zone == .front || zone == .main, let row = rowFrom[idx], let num = row.numberRange,
               main.openTableRow(line: r, number: num, task: row.taskRange, overLines: true) {
                zone = .main
                rowEnd = row.range.upperBound
                continue
            }
            if let e = rowEnd {
                if r.lowerBound < e, zone == .main {
                    main.addLine(r, marker: nil, continuesSentence: false)
                    continue
                }
                rowEnd = nil
            }

            // A sub-row of a table row's item: its numbered measures are the item's children,
            // any other text is the item's text; never an item of the outline's own.
            if subRowOf[idx] != nil, zone == .main || zone == .appendix {
                let opened = (subItemsOn[idx] ?? []).filter { item in
                    zone == .main ? main.openTableSubItem(item) : appendices[appendices.count - 1].builder.openTableSubItem(item)
                }
                if opened.isEmpty {
                    if zone == .main { main.addLine(r, marker: nil, continuesSentence: false) }
                    else { appendices[appendices.count - 1].builder.addLine(r, marker: nil, continuesSentence: false) }
                }
                continue
            }

            // A table row whose number cell no marker reading takes (`1 | 任务 | …`), or any
            // row of a table cut at its running 序号 (`85 新增…`, after row 81 of an excerpt).
            if zone == .front || zone == .main, let row = rowOnLine[idx], let num = row.numberRange,
               markers[idx] == nil || row.shape.readsRowSequence,
               main.openTableRow(line: r, number: num, task: row.taskRange, inSequence: row.shape.readsRowSequence) {
                zone = .main
                continue
            }

            switch zone {
            case .front:
                if ZoneClassifier.isCoverLetterTitle(t, r) { zone = .coverLetter; continue }
                if main.addLine(r, marker: markers[idx], continuesSentence: continues, runIns: runIns && !tableLine.contains(idx)) { zone = .main }
            case .coverLetter:
                if ZoneClassifier.isDateLine(t, r) { zone = .front }
            case .main:
                if closes(t, r, &main, previousContent?.range) { zone = .closing; continue }
                main.addLine(r, marker: markers[idx], continuesSentence: continues, runIns: runIns && !tableLine.contains(idx))
            case .appendixTitle:
                appendices[appendices.count - 1].title = ZoneClassifier.core(t, r)
                zone = .appendix
            case .appendix:
                if closes(t, r, &appendices[appendices.count - 1].builder, previousContent?.range) { zone = .appendixClosing; continue }
                appendices[appendices.count - 1].builder.addLine(r, marker: markers[idx], continuesSentence: continues, runIns: runIns && !tableLine.contains(idx))
            case .glossary:
                if let e = GlossaryReader.entry(text, r) { glossary.append(e) }
            case .closing:
                // Closing lines are left out; a marker continuing the sequence resumes the outline.
                if main.continuesSequence(r, marker: markers[idx]) { zone = .main; main.addLine(r, marker: markers[idx], continuesSentence: false, runIns: runIns) }
            case .appendixClosing:
                if appendices[appendices.count - 1].builder.continuesSequence(r, marker: markers[idx]) {
                    zone = .appendix
                    appendices[appendices.count - 1].builder.addLine(r, marker: markers[idx], continuesSentence: false, runIns: runIns)
                }
            }
        }

        var nextId = 0
        HeadingBodySplit.apply(&main.drafts, text, &diagnostics)
        doc.outline = NodeFinisher.tree(main.drafts, text, nextId: &nextId)
        diagnostics += main.diagnostics
        doc.tasks = TaskList.tasks(doc.outline)
        for (i, a) in appendices.enumerated() {
            let title = a.title.map { text.original($0) } ?? ""
            let outline = NodeFinisher.tree(a.builder.drafts, text, nextId: &nextId)
            doc.appendices.append(Appendix(id: "a\(i + 1)", title: title, span: text.span(a.start..<a.end), outline: outline))
            diagnostics += a.builder.diagnostics
        }
        doc.glossary = glossary
    }

    /// A line that ends a zone's outline: a list of attachments, or a date line under the
    /// signature (the issuing body's line above it is taken back out of the last item).
    static func closes(_ t: [Unicode.Scalar], _ r: Range<Int>, _ b: inout OutlineBuilder, _ previous: Range<Int>?) -> Bool {
        guard b.hasNodes else { return false }
        if ZoneClassifier.isAttachmentList(t, r) { return true }
        if ZoneClassifier.isDateLine(t, r) {
            if let p = previous, ZoneClassifier.isSignatureName(t, p) { b.dropLastSegment(ifIn: p) }
            return true
        }
        return false
    }
}
