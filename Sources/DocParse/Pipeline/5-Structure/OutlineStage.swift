/// Fills `outline`, `tasks`, `appendices` and `glossary`.
///
/// One pass over the lines, through zones: front matter (header metadata, a cover letter
/// `关于征求…的函` up to its date line, the title and preamble before the first accepted
/// marker), the main outline, closing lines (attachment lists, signature and date), appended
/// documents (`起草说明`, `附件` pages, each with an outline of its own so it never merges into
/// the plan's numbering), and a glossary (`名词解释`). Boilerplate lines (zoned by the
/// normalizer) are never read. Each line goes through the rules of `OutlineLineRule.all` in
/// order until one takes it. Every step looks at one line or a bounded window, so the stage
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
        let t = text.text
        var reading = OutlineReading(text: text, markers: analysis.markers.candidates,
                                     table: TableLines(text, rows: analysis.tables.rows),
                                     // Markers running on inside lines are read only when the text lost its line breaks.
                                     runIns: RunInMarkers.linesWereLost(text))
        for (idx, line) in text.lines.enumerated() {
            guard line.zone == .content else { continue }
            let r = ZoneTrim.trim(t, line.range)
            guard !r.isEmpty else { continue }
            let input = reading.input(idx, r)
            for rule in OutlineLineRule.all {
                if rule.apply(&reading, input) { break }
            }
            reading.finish(input)
        }
        assemble(reading, text, &doc, &diagnostics)
    }

    /// The stage's facts into the document: the main outline and its tasks, the appendices
    /// (node ids continue across them), the glossary.
    static func assemble(_ reading: OutlineReading, _ text: NormalizedText, _ doc: inout Document, _ diagnostics: inout [Diagnostic]) {
        var main = reading.main
        var nextId = 0
        HeadingBodySplit.apply(&main.drafts, text, &diagnostics)
        doc.outline = NodeFinisher.tree(main.drafts, text, nextId: &nextId)
        diagnostics += main.diagnostics
        doc.tasks = TaskList.tasks(doc.outline)
        for (i, a) in reading.appendices.enumerated() {
            let title = a.title.map { text.original($0) } ?? ""
            let outline = NodeFinisher.tree(a.builder.drafts, text, nextId: &nextId)
            doc.appendices.append(Appendix(id: "a\(i + 1)", title: title, span: text.span(a.start..<a.end), outline: outline))
            diagnostics += a.builder.diagnostics
        }
        doc.glossary = reading.glossary
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

/// Task-table rows by line (the reader recognizes the header): a row is one record, never a
/// line broken inside a sentence, and a row opening a node gives it its task cell as title.
struct TableLines {
    /// Lines that hold part of a row.
    var tableLine = Set<Int>()
    /// `rowOnLine[i]`: the row lying wholly on line i.
    var rowOnLine: [Int: TaskTableRow] = [:]
    /// `rowFrom[i]`: a row whose number cell is line i and whose cells run over later lines
    /// (one cell per line).
    var rowFrom: [Int: TaskTableRow] = [:]
    /// Sub-rows of a row's item (its number cell empty, the item's cells written once above)
    /// and the numbered measures in cells (`1.及时下达…`): `subRowOf[i]` is the row whose item
    /// line i continues, `subItemsOn[i]` the measures lying on line i.
    var subRowOf: [Int: TaskTableRow] = [:]
    var subItemsOn: [Int: [TableSubItem]] = [:]
    /// Rows whose numbers stand inside lines (cells run together): `inlineRows[i]`, the rows
    /// whose number is on line i; `inlineTable`, every line such a table covers, whose markers
    /// (a sharing site's chunk numbers `2、`) are never items.
    var inlineRows: [Int: [TaskTableRow]] = [:]
    var inlineTable = Set<Int>()

    init(_ text: NormalizedText, rows: [TaskTableRow]) {
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
        for row in rows where row.shape == .runTogether {
            guard let num = row.numberRange else { continue }
            let first = text.lineIndex(of: num.lowerBound)
            inlineRows[first, default: []].append(row)
            let last = text.lineIndex(of: max(row.range.lowerBound, row.range.upperBound - 1))
            for i in min(first, text.lineIndex(of: row.range.lowerBound))...max(first, last) { inlineTable.insert(i) }
        }
        guard rows.contains(where: { !$0.subRows.isEmpty || !$0.subItems.isEmpty }) else { return }
        var lineAt: [Int: Int] = [:]
        for (idx, line) in text.lines.enumerated() { lineAt[line.range.lowerBound] = idx }
        for row in rows {
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
}
