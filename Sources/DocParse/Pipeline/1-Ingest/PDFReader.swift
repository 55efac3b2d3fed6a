import CPDF

/// Reads a PDF's text layer (poppler, in its reading order) into paragraphs.
///
/// Per page, poppler gives the text line by line with a rectangle per character. From these:
/// 1. page numbers at the top or foot of a page, and lines in the top or bottom margin that
///    repeat (digits aside) on many pages — running headers and footers — are dropped;
/// 2. a line that reaches the right edge of the text block continues on the next line
///    (wrapped at the page edge) and the two are joined, also across a page break, unless
///    the next line starts a new item — a list marker or a heading —, starts indented, or
///    stands apart by more than a line's gap. Joined CJK text gets no blank; Latin words get one.
/// 3. tables (``PDFTables``: three or more cells side by side, then rows whose cells stand
///    under them) are laid out by the position of their characters, one line per row with
///    tab-separated cells — the row shape the task-table reader reads — whatever order
///    poppler gave their cells in.
enum PDFReader {
    struct Line {
        var text: [Unicode.Scalar]
        var x0 = Double.infinity, x1 = -Double.infinity, y0 = Double.infinity, y1 = -Double.infinity
        var hasBox: Bool { x0 <= x1 }
        var height: Double { hasBox ? y1 - y0 : 0 }
        /// 1-based line number on its page as poppler gives it.
        var number: Int
        /// Width of the line's first word (a run of non-CJK letters, or one CJK character):
        /// what the previous line would have had to fit before the page wrapped it.
        var firstWordWidth: Double = 0
        /// The line cut where its characters stand far apart (the cells of a table row that
        /// poppler read as one line); one segment for an ordinary line, none without geometry.
        var segments: [Segment] = []
    }

    /// A stretch of a line with no wide gap inside, with its box.
    struct Segment {
        var text: [Unicode.Scalar]
        var x0: Double, x1: Double, y0: Double, y1: Double
    }

    /// A gap wider than this many character heights between two characters of a line cuts
    /// it into segments (cells); the blanks between words are far narrower.
    static let cellGap = 1.5

    struct Page {
        var lines: [Line]
        var width: Double
        var height: Double
    }

    static func read(_ bytes: [UInt8]) throws(DocParseError) -> ExtractedText {
        let pages = try loadPages(bytes)
        if !pages.contains(where: { $0.lines.contains { line in line.text.contains { !isBlank($0) } } }) {
            throw .noText(.pdf, detail: "none of its \(pages.count) page(s) has a text layer (a scanned document?); run OCR on it, or parse the document it was printed from")
        }
        let kept = dropFurniture(pages)
        return assemble(kept)
    }

    static func loadPages(_ bytes: [UInt8]) throws(DocParseError) -> [Page] {
        var error: Int32 = 0
        var message = [CChar](repeating: 0, count: 256)
        let opened = bytes.withUnsafeBufferPointer { buf in
            cpdf_open(buf.baseAddress, Int64(buf.count), &error, &message, Int32(message.count))
        }
        guard let doc = opened else {
            let detail = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if error == Int32(CPDF_ERROR_ENCRYPTED) {
                throw .damaged(.pdf, detail: "the PDF is encrypted and needs a password; save an unprotected copy and parse that")
            }
            throw .damaged(.pdf, detail: "poppler cannot open it (\(detail.isEmpty ? "not a complete PDF" : detail)); the file may be truncated — copy it whole or print it to PDF again")
        }
        defer { cpdf_close(doc) }
        var pages: [Page] = []
        for i in 0..<cpdf_page_count(doc) {
            guard let p = cpdf_page(doc, i) else { pages.append(Page(lines: [], width: 0, height: 0)); continue }
            defer { cpdf_page_free(p) }
            let text = p.pointee.text.map { String(cString: $0) } ?? ""
            let scalars = Array(text.unicodeScalars)
            let rectCount = Int(p.pointee.rectCount)
            let rects = p.pointee.rects
            // Geometry only when poppler gave one rectangle per character.
            let geometry = rects != nil && rectCount == scalars.count
            var lines: [Line] = []
            var cur = Line(text: [], number: 1)
            var wordStart: Double? = nil
            var wordOpen = true
            var segment: Segment? = nil
            var blanks: [Unicode.Scalar] = []
            func closeSegment() {
                if let sg = segment { cur.segments.append(sg) }
                segment = nil
                blanks = []
            }
            for (k, s) in scalars.enumerated() {
                if s == "\n" {
                    closeSegment()
                    lines.append(cur)
                    cur = Line(text: [], number: lines.count + 1)
                    wordStart = nil
                    wordOpen = true
                    continue
                }
                cur.text.append(s)
                if geometry, let r = rects {
                    if isBlank(s) {
                        if segment != nil { blanks.append(s) }
                    } else {
                        let (x0, y0, x1, y1) = (r[4 * k], r[4 * k + 1], r[4 * k + 2], r[4 * k + 3])
                        if let sg = segment, x0 - sg.x1 > cellGap * max(y1 - y0, sg.y1 - sg.y0, 1) { closeSegment() }
                        if segment == nil {
                            segment = Segment(text: [s], x0: x0, x1: x1, y0: y0, y1: y1)
                        } else {
                            segment!.text += blanks
                            segment!.text.append(s)
                            segment!.x0 = min(segment!.x0, x0); segment!.x1 = max(segment!.x1, x1)
                            segment!.y0 = min(segment!.y0, y0); segment!.y1 = max(segment!.y1, y1)
                        }
                        blanks = []
                    }
                }
                if geometry, let r = rects, !isBlank(s) {
                    cur.x0 = min(cur.x0, r[4 * k]); cur.y0 = min(cur.y0, r[4 * k + 1])
                    cur.x1 = max(cur.x1, r[4 * k + 2]); cur.y1 = max(cur.y1, r[4 * k + 3])
                    if wordOpen {
                        if wordStart == nil { wordStart = r[4 * k] }
                        cur.firstWordWidth = max(cur.firstWordWidth, r[4 * k + 2] - wordStart!)
                        if HTMLReader.isWide(s) { wordOpen = false }
                    }
                } else if wordStart != nil {
                    wordOpen = false
                }
                if wordOpen, let k0 = cur.text.first, HTMLReader.isWide(k0) { wordOpen = false }
            }
            closeSegment()
            if !cur.text.isEmpty { lines.append(cur) }
            for j in lines.indices { lines[j].text = trimmed(lines[j].text) }
            pages.append(Page(lines: lines.filter { !$0.text.isEmpty }, width: p.pointee.width, height: p.pointee.height))
        }
        return pages
    }

    static func isBlank(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{3000}" || s == "\t" || s == "\u{A0}" || s == "\r" || s == "\u{0C}" }

    static func trimmed(_ t: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var a = 0, b = t.count
        while a < b, isBlank(t[a]) { a += 1 }
        while b > a, isBlank(t[b - 1]) { b -= 1 }
        return Array(t[a..<b])
    }

    /// The share of the page height at the top and at the foot where running lines stand.
    static let marginShare = 0.12

    /// Drops page numbers and running headers and footers.
    static func dropFurniture(_ pages: [Page]) -> [Page] {
        func inMargin(_ l: Line, _ p: Page) -> Bool {
            guard l.hasBox, p.height > 0 else { return false }
            return l.y1 < p.height * marginShare || l.y0 > p.height * (1 - marginShare)
        }
        /// The first two and last two lines of a page, or lines in its margins.
        func edge(_ j: Int, _ p: Page) -> Bool {
            let l = p.lines[j]
            if l.hasBox { return inMargin(l, p) }
            return j < 2 || j >= p.lines.count - 2
        }
        var shapeCount: [String: Int] = [:]
        for p in pages {
            var seen = Set<String>()
            for j in p.lines.indices where edge(j, p) {
                let s = PDFPageFurniture.shape(p.lines[j].text)
                if seen.insert(s).inserted { shapeCount[s, default: 0] += 1 }
            }
        }
        // A running line repeats on at least half the pages, and on two at least.
        let threshold = max(2, (pages.count + 1) / 2)
        // Bare numbers at the edges: page numbers run with the pages, so a bare number is one
        // when its distance to its page's index is shared by another page's bare number (or
        // the document has one page); a lone `135` at a page's top is a table's row number.
        var offsets: [Int: Set<Int>] = [:]
        for (pi, p) in pages.enumerated() {
            for j in p.lines.indices where edge(j, p) {
                if let n = PDFPageFurniture.bareNumber(p.lines[j].text) { offsets[n - pi, default: []].insert(pi) }
            }
        }
        return pages.enumerated().map { pi, p in
            var q = p
            q.lines = p.lines.enumerated().filter { j, l in
                guard edge(j, p) else { return true }
                if let n = PDFPageFurniture.bareNumber(l.text) {
                    if pages.count < 2 || (offsets[n - pi]?.count ?? 0) >= 2 { return false }
                    return true
                }
                if PDFPageFurniture.isPageNumber(l.text) { return false }
                return (shapeCount[PDFPageFurniture.shape(l.text)] ?? 0) < threshold || pages.count < 2
            }.map { $0.1 }
            return q
        }
    }

    /// Joins wrapped lines into paragraphs and records pages and blocks.
    static func assemble(_ pages: [Page]) -> ExtractedText {
        var out = TextBuilder()
        var ranges: [PageRange] = []
        var previous: (line: Line, right: Double)?
        for (pi, page) in pages.enumerated() {
            let right = page.lines.filter(\.hasBox).map(\.x1).max() ?? 0
            let left = page.lines.filter(\.hasBox).map(\.x0).min() ?? 0
            let start = out.scalars.count
            // Tables: their rows are laid out where their first line comes in poppler's
            // order, one line each with tab-separated cells; their other lines are skipped.
            let tables = PDFTables.find(page.lines)
            var tableOf: [Int: Int] = [:]
            for (ti, t) in tables.enumerated() { for j in t.lines { tableOf[j] = ti } }
            var written = Set<Int>()
            for (j, line) in page.lines.enumerated() {
                if let ti = tableOf[j] {
                    guard written.insert(ti).inserted else { continue }
                    if previous != nil { out.endLine() }
                    for row in tables[ti].rows {
                        out.mark(.tableRow, .pageLine(page: pi + 1, line: page.lines[row.firstLine].number))
                        for (c, cell) in row.cells.enumerated() {
                            if c > 0 { out.append("\t") }
                            out.append(contentsOf: cell)
                        }
                        out.endLine()
                    }
                    previous = nil
                    continue
                }
                let place = SourcePlace.pageLine(page: pi + 1, line: line.number)
                if let prev = previous, continues(prev.line, right: prev.right, line, left: left) {
                    if needsBlank(out.lastOnLine, line.text.first) { out.append(" ") }
                    out.continueLine(at: place)
                } else if previous != nil {
                    out.endLine()
                }
                out.mark(.paragraph, place)
                out.append(contentsOf: line.text)
                previous = (line, right)
            }
            ranges.append(PageRange(number: pi + 1, start: start, end: out.scalars.count))
        }
        let (scalars, blocks) = out.finish()
        for i in ranges.indices {
            ranges[i].start = min(ranges[i].start, scalars.count)
            ranges[i].end = min(ranges[i].end, scalars.count)
        }
        return ExtractedText(format: .pdf, scalars: scalars, blocks: blocks, pages: ranges,
                             encoding: "UTF-8", encodingDetected: false, diagnostics: [])
    }

    /// Whether `next` continues `prev`'s paragraph; `right` is the right edge of the text on
    /// `prev`'s page, `left` the left edge on `next`'s.
    static func continues(_ prev: Line, right: Double, _ next: Line, left: Double) -> Bool {
        guard prev.hasBox, next.hasBox else { return false }
        // A line of nothing but rules (`|`, `｜`, box drawing) stands on its own.
        if next.text.allSatisfy({ $0 == "|" || $0 == "\u{FF5C}" || (0x2500...0x257F).contains($0.value) || $0 == " " }) { return false }
        let size = max(prev.height, 1)
        // A gap of more than a line apart on the same page separates paragraphs.
        if next.y0 > prev.y1, next.y0 - prev.y1 > 1.2 * size { return false }
        // A line opening with punctuation no sentence opens with (`、坚定…`, `，…`, `。`), right
        // under the line above, was wrapped before it, however short that line looks.
        if let f = next.text.first, nonInitial.contains(f.value) { return true }
        // The previous line reached the right edge of its page's text: within two characters,
        // or too close for the next line's first word (a Latin word is wrapped whole).
        guard prev.x1 >= right - max(2 * size, next.firstWordWidth + 0.5 * size) else { return false }
        // An indented line starts a paragraph.
        if next.x0 > left + 1.2 * size { return false }
        return !startsItem(next.text)
    }

    /// Punctuation that closes or separates and never opens a sentence or a line of its own:
    /// `、` `，` `。` `；` `：` `！` `？` `》` `」` `』` `】` `”` `’` and their ASCII forms.
    /// (Closing brackets are left out: `）实施…` may be a marker that lost its number.)
    static let nonInitial: Set<UInt32> = [0x3001, 0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x300B, 0x300D,
                                          0x300F, 0x3011, 0x201D, 0x2019, 0x2C, 0x3B, 0x3A]

    /// Whether a line opens a list item or a numbered heading (`一、`, `（二）`, `3.`, `第四条`).
    static func startsItem(_ t: [Unicode.Scalar]) -> Bool {
        var head: [Unicode.Scalar] = []
        for s in t.prefix(16) {
            let v = s.value
            head.append((0xFF01...0xFF5E).contains(v) ? Unicode.Scalar(v - 0xFEE0)! : s)
        }
        guard let m = MarkerLexer.match(head, at: 0, end: head.count) else { return false }
        return MarkerReader.intact(head, 0, m, head.count) != nil
    }

    static func needsBlank(_ a: Unicode.Scalar?, _ b: Unicode.Scalar?) -> Bool {
        guard let a, let b else { return false }
        func latin(_ s: Unicode.Scalar) -> Bool { s.value < 0x3000 && s.properties.isAlphabetic || ("0"..."9").contains(s) }
        return latin(a) && latin(b)
    }
}
