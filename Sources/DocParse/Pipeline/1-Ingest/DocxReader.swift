/// Reads a Word document (`word/document.xml` in the zip package) into plain text.
///
/// - One line per paragraph (`w:p`); runs' text (`w:t`), tabs and no-break hyphens as written;
///   a manual line break (`w:br`, `w:cr`) ends the line. Every offset maps back to its
///   paragraph and run (``SourcePlace/run(paragraph:run:)``); a table row to its first paragraph.
/// - Automatic numbering (`w:numPr` on the paragraph or its style) is rendered as the visible
///   marker (``DocxNumbering``), so auto-numbered items are outline items like typed ones.
/// - Tables (`w:tbl`): one line per row, cells separated by tabs (the task-table row shape),
///   paragraphs inside a cell joined by a blank; a merged cell (`w:gridSpan`) keeps the
///   columns after it in place; sub-rows of a numbered item that repeat its cells keep
///   only what differs (``RepeatedItemCells``).
/// - Tracked changes are read as the current text: insertions kept, deletions and moved-away
///   text dropped, with a diagnostic that the draft carries revisions.
/// - Headers, footers, footnotes and comments live in other parts and are not read; field
///   instructions (`w:instrText`), the fallback copy of alternate content and the lines of a
///   table of contents (styles `toc 1`…, which repeat the headings) are skipped.
enum DocxReader {
    static func read(_ bytes: [UInt8]) throws(DocParseError) -> ExtractedText {
        guard let zip = ZipPackage(bytes: bytes) else {
            throw .damaged(.docx, detail: "the zip archive is truncated or damaged; save the document again from Word or copy it whole")
        }
        guard let document = try zip.read("word/document.xml", format: .docx) else {
            throw .damaged(.docx, detail: "the package has no word/document.xml")
        }
        var numbering = DocxNumbering()
        if let n = try zip.read("word/numbering.xml", format: .docx) {
            do { numbering = try DocxNumbering.parse(n) } catch {
                throw .damaged(.docx, detail: "word/numbering.xml is not well-formed XML (\(OOXMLParser.describe(error)))")
            }
        }
        var styles = Styles()
        if let s = try zip.read("word/styles.xml", format: .docx) {
            styles = (try? readStyles(s)) ?? Styles()
        }
        let body = Body(numbering: numbering, styleNumbering: styles.numbering, skippedStyles: styles.tableOfContents)
        do {
            try OOXMLParser.parse(document, start: body.start, end: body.end, text: body.text)
        } catch {
            throw .damaged(.docx, detail: "word/document.xml is not well-formed XML (\(OOXMLParser.describe(error))); the file may be truncated")
        }
        let (scalars, blocks) = body.out.finish()
        if !scalars.contains(where: { $0 != " " && $0 != "\n" && $0 != "\t" }) {
            throw .noText(.docx, detail: "the document body has no text")
        }
        var diagnostics: [Diagnostic] = []
        if body.insertions + body.deletions > 0 {
            diagnostics.append(Diagnostic(severity: .warning, code: "ingest.docx-tracked-changes",
                message: "the draft carries tracked changes (\(body.insertions) insertion(s), \(body.deletions) deletion(s)); read as the current text: insertions kept, deletions dropped. Accept or reject them in Word to settle the text",
                span: nil))
        }
        return ExtractedText(format: .docx, scalars: scalars, blocks: blocks, pages: nil,
                             encoding: "UTF-8", encodingDetected: false, diagnostics: diagnostics)
    }

    struct Styles {
        /// Paragraph styles that carry numbering (`w:style/w:pPr/w:numPr`).
        var numbering: [String: (numId: String, level: Int)] = [:]
        /// Styles of a table of contents (`toc 1`…): their lines repeat the headings with page
        /// numbers, so they are left out.
        var tableOfContents: Set<String> = []
    }

    static func readStyles(_ bytes: [UInt8]) throws(OOXMLParser.ParseFailure) -> Styles {
        final class State { var styles = Styles(); var style: String?; var numId: String?; var level = 0 }
        let s = State()
        try OOXMLParser.parse(bytes, start: { name, a in
            switch name {
            case "style": s.style = a["styleId"]; s.numId = nil; s.level = 0
            case "name":
                if let st = s.style, let n = a["val"]?.lowercased(), n.hasPrefix("toc ") || n == "toc heading" {
                    s.styles.tableOfContents.insert(st)
                }
            case "numId": if s.style != nil { s.numId = a["val"] }
            case "ilvl": if s.style != nil { s.level = Int(a["val"] ?? "0") ?? 0 }
            default: break
            }
        }, end: { name in
            if name == "style", let st = s.style, let n = s.numId { s.styles.numbering[st] = (n, s.level) }
            if name == "style" { s.style = nil }
        }, text: { _ in })
        return s.styles
    }

    /// The state of one pass over `document.xml`.
    final class Body {
        var out = TextBuilder()
        var numbering: DocxNumbering
        let styleNumbering: [String: (numId: String, level: Int)]
        let skippedStyles: Set<String>
        var insertions = 0
        var deletions = 0

        var paragraphCount = 0
        /// Nested paragraphs (a text box inside a paragraph): each level's text so far.
        var paragraphs: [(text: [Unicode.Scalar], numId: String?, level: Int?, style: String?, number: Int)] = []
        /// Per open paragraph: the 1-based run each scalar of its text came from (0: not
        /// from a run, the numbering marker), and the number of runs read so far.
        var runOf: [[Int]] = []
        var runCount: [Int] = []
        var inPPr = 0
        var inRun = false
        var inText = false
        var skipDepth = 0           // inside deleted text, field instructions, fallback content
        var tableDepth = 0
        var rowCells: [[Unicode.Scalar]] = []
        var cell: [Unicode.Scalar]?
        var cellSpan = 1
        var rowPlace: SourcePlace?
        /// Sub-rows of a numbered item that repeat its cells keep only what differs.
        var items = RepeatedItemCells()

        init(numbering: DocxNumbering, styleNumbering: [String: (numId: String, level: Int)], skippedStyles: Set<String>) {
            self.numbering = numbering
            self.styleNumbering = styleNumbering
            self.skippedStyles = skippedStyles
        }

        static let skipped: Set<String> = ["del", "moveFrom", "instrText", "delInstrText", "Fallback", "commentReference"]

        func start(_ name: String, _ a: [String: String]) {
            if Self.skipped.contains(name) {
                if name == "del" || name == "moveFrom" { deletions += 1 }
                skipDepth += 1
                return
            }
            if skipDepth > 0 { return }
            switch name {
            case "ins", "moveTo": insertions += 1
            case "p":
                paragraphCount += 1
                paragraphs.append(([], nil, nil, nil, paragraphCount))
                runOf.append([])
                runCount.append(0)
            case "pPr": inPPr += 1
            case "pStyle": if inPPr > 0, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].style = a["val"] }
            case "numId": if inPPr > 0, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].numId = a["val"] }
            case "ilvl": if inPPr > 0, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].level = Int(a["val"] ?? "0") }
            case "r":
                inRun = true
                if !runCount.isEmpty { runCount[runCount.count - 1] += 1 }
            case "t": inText = true
            case "tab": if inRun, inPPr == 0 { append(" ") }
            case "noBreakHyphen": append("-")
            case "softHyphen": break
            case "br", "cr":
                // A page or column break is no line of text; a line break is.
                if inRun, a["type"] == nil || a["type"] == "textWrapping" { lineBreak() }
            case "tbl": tableDepth += 1; if tableDepth == 1 { items.reset() }
            case "tr": if tableDepth == 1 { rowCells = []; rowPlace = nil }
            case "tc": if tableDepth == 1 { cell = []; cellSpan = 1 }
            case "gridSpan": if tableDepth == 1, cell != nil { cellSpan = max(1, min(Int(a["val"] ?? "1") ?? 1, 64)) }
            default: break
            }
        }

        func end(_ name: String) {
            if Self.skipped.contains(name) { skipDepth -= 1; return }
            if skipDepth > 0 { return }
            switch name {
            case "pPr": inPPr -= 1
            case "r": inRun = false
            case "t": inText = false
            case "p": endParagraph()
            case "tc":
                if tableDepth == 1, let c = cell {
                    rowCells.append(c)
                    for _ in 1..<cellSpan { rowCells.append([]) }
                    cell = nil
                }
            case "tr":
                if tableDepth == 1 { emitRow() }
            case "tbl": tableDepth -= 1
            default: break
            }
        }

        func text(_ s: String) {
            guard skipDepth == 0, inText else { return }
            for u in s.unicodeScalars { append(u) }
        }

        func append(_ u: Unicode.Scalar) {
            guard !paragraphs.isEmpty else { return }
            paragraphs[paragraphs.count - 1].text.append(u == "\n" || u == "\t" ? " " : u)
            runOf[runOf.count - 1].append(inRun ? runCount[runCount.count - 1] : 0)
        }

        func lineBreak() {
            guard !paragraphs.isEmpty else { return }
            paragraphs[paragraphs.count - 1].text.append("\n")
            runOf[runOf.count - 1].append(inRun ? runCount[runCount.count - 1] : 0)
        }

        func endParagraph() {
            guard var p = paragraphs.popLast() else { return }
            var runs = runOf.popLast() ?? []
            runCount.removeLast()
            if let st = p.style, skippedStyles.contains(st) { return }
            var numId = p.numId, level = p.level
            if numId == nil, let st = p.style, let sn = styleNumbering[st] { numId = sn.numId; level = level ?? sn.level }
            let hasText = p.text.contains { $0 != " " && $0 != "\n" }
            if let numId, hasText, let m = numbering.marker(numId: numId, level: level ?? 0) {
                p.text.insert(contentsOf: m.unicodeScalars, at: 0)
                runs.insert(contentsOf: [Int](repeating: 0, count: m.unicodeScalars.count), at: 0)
            }
            if tableDepth >= 1 {
                // Inside a table: the paragraph joins its cell, separated by a blank.
                if cell != nil {
                    if rowPlace == nil { rowPlace = .paragraph(p.number) }
                    let words = p.text.map { $0 == "\n" ? " " : $0 }
                    if !(cell!.isEmpty) && !words.isEmpty { cell!.append(" ") }
                    cell!.append(contentsOf: words)
                }
                return
            }
            if !paragraphs.isEmpty {
                // A text box's paragraph: a line of its own before the paragraph that holds it.
                out.endLine()
            }
            let kind: TextBlockKind = (numId != nil && hasText) ? .listItem : .paragraph
            // Each run starts a block of its own, so an offset maps back to paragraph and run;
            // the numbering marker (no run) maps to the paragraph.
            var current: SourcePlace? = nil
            for (i, u) in p.text.enumerated() {
                if u == "\n" { out.endLine(); current = nil; continue }
                let run = i < runs.count ? runs[i] : 0
                let place: SourcePlace = run > 0 ? .run(paragraph: p.number, run: run) : .paragraph(p.number)
                if out.lineIsEmpty { out.mark(kind, place) } else if place != current { out.continueLine(at: place) }
                current = place
                out.append(u)
            }
            out.endLine(keepBlank: !hasText)
        }

        func emitRow() {
            while let last = rowCells.last, last.allSatisfy({ $0 == " " }) { rowCells.removeLast() }
            let filled = rowCells.filter { $0.contains { $0 != " " } }.count
            guard filled > 0 else { return }
            out.endLine()
            out.mark(filled >= 2 ? .tableRow : .paragraph, rowPlace ?? .paragraph(paragraphCount))
            if filled >= 2 { rowCells = items.fold(rowCells) } else { items.reset() }
            for (i, c) in rowCells.enumerated() {
                if i > 0, filled >= 2 { out.append("\t") }
                out.append(contentsOf: trim(c))
            }
            out.endLine()
        }

        func trim(_ t: [Unicode.Scalar]) -> [Unicode.Scalar] {
            var a = 0, b = t.count
            while a < b, t[a] == " " { a += 1 }
            while b > a, t[b - 1] == " " { b -= 1 }
            return Array(t[a..<b])
        }
    }
}
