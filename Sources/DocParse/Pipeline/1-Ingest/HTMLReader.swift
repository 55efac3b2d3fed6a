import CHTML

/// Reads a web page (or a fragment of one) into plain text, one line per block.
///
/// gumbo parses the markup as a browser does (unclosed and misnested tags recovered by the
/// HTML5 rules) and drops scripts, styles, comments, `nav`/`header`/`footer`/`aside`, form
/// controls and hidden elements (see `CHTML.h`). This reader lays out what is left:
/// - block elements and `<br>` end lines, also when the whole page is one line;
/// - blanks collapse as a browser collapses them; `&nbsp;` stays a blank; `<pre>` keeps its lines;
/// - a table row with two or more filled cells and no table inside becomes one line with its
///   cells separated by tabs, the row shape the task-table reader reads; line breaks inside
///   a cell become blanks; a cell merged down (`rowspan`) stands in its first row only, and
///   the rows below keep an empty cell in its place (``HTMLRowSpans``), so every cell stays
///   under its header. Rows with one filled cell (and no merged cell beside it), and rows of
///   layout tables (a table inside a cell), are laid out as blocks;
/// - an ordered list's items (`<ol>`, with `start`, `type`, `reversed`, `<li value>`, and the
///   `list-style-type` of its style) open with the marker a browser draws (``HTMLListNumbering``),
///   unless an item's text already opens with a marker.
/// Menus and footers that are plain `<div>`s are left to the boilerplate zoner, as in text.
enum HTMLReader {
    static let blockTags: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr",
        "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "section", "article", "main", "address",
        "center", "hr", "form", "fieldset", "legend", "figure", "figcaption", "details", "summary", "body",
        "html", "td", "th", "title", "menu", "dir", "frameset", "frame", "noframes",
    ]

    struct Event {
        var kind: Int32
        var offset: Int
        var tag: String
        var text: String
        var colspan: Int
        /// The attributes list numbering reads (`start`, `type`, `reversed`, `value`,
        /// `style`), of `<ol>` and `<li>` only.
        var attributes: [String: String] = [:]
    }

    static let openKind = Int32(CHTML_EVENT_OPEN)
    static let closeKind = Int32(CHTML_EVENT_CLOSE)

    /// Attributes copied for list elements (see ``HTMLListNumbering``).
    static let listAttributes = ["start", "type", "reversed", "value", "style"]

    static func read(_ bytes: [UInt8], options: ParseOptions) throws(DocParseError) -> ExtractedText {
        let decoded: DecodedText
        var diagnostics: [Diagnostic]
        do {
            (decoded, diagnostics) = try HTMLCharset.decode(bytes, forced: options.encoding, lenient: options.lenient)
        } catch let e as DecodeError {
            throw .decode(e)
        } catch {
            throw .decode(.undetectable(detail: "\(error)"))
        }
        if decoded.replacedCount > 0 {
            diagnostics.append(Diagnostic(severity: .warning, code: "decode.invalid-bytes-replaced",
                                          message: "\(decoded.replacedCount) invalid \(decoded.encoding) byte sequence(s) replaced by U+FFFD (--lenient)",
                                          span: nil))
        }
        var markup = String()
        markup.unicodeScalars.append(contentsOf: decoded.scalars)
        let events = parse(markup)
        let (scalars, blocks) = layout(events)
        if scalars.isEmpty {
            throw .noText(.html, detail: "the page has no text outside scripts, styles, menus and hidden elements")
        }
        return ExtractedText(format: .html, scalars: scalars, blocks: blocks, pages: nil,
                             encoding: decoded.encoding, encodingDetected: decoded.detected, diagnostics: diagnostics)
    }

    /// gumbo's events, copied out of C memory.
    static func parse(_ markup: String) -> [Event] {
        var utf8 = Array(markup.utf8)
        utf8.append(0)
        guard let doc = utf8.withUnsafeBufferPointer({ buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { chtml_parse($0, Int32(buf.count - 1)) }
        }) else { return [] }
        defer { chtml_free(doc) }
        let n = Int(chtml_event_count(doc))
        guard n > 0, let raw = chtml_events(doc) else { return [] }
        var events: [Event] = []
        events.reserveCapacity(n)
        var tagNames: [UnsafePointer<CChar>: String] = [:]
        for i in 0..<n {
            let e = raw[i]
            var tag = ""
            if e.kind == Int32(CHTML_EVENT_OPEN), let t = e.tag {
                if let known = tagNames[t] { tag = known } else { tag = String(cString: t); tagNames[t] = tag }
            }
            var text = ""
            if e.kind == Int32(CHTML_EVENT_TEXT), let p = e.text {
                text = p.withMemoryRebound(to: UInt8.self, capacity: Int(e.textLength)) {
                    String(decoding: UnsafeBufferPointer(start: $0, count: Int(e.textLength)), as: UTF8.self)
                }
            }
            var event = Event(kind: e.kind, offset: Int(e.sourceOffset), tag: tag, text: text, colspan: Int(e.colspan))
            if tag == "ol" || tag == "li" {
                for name in listAttributes {
                    if let v = chtml_attribute(doc, Int32(i), name) { event.attributes[name] = String(cString: v) }
                }
            } else if tag == "td" || tag == "th", let v = chtml_attribute(doc, Int32(i), "rowspan") {
                event.attributes["rowspan"] = String(cString: v)
            }
            events.append(event)
        }
        return events
    }

    /// For every `<tr>` (by event index): true when it is a data row, laid out as one line of
    /// tab-separated cells — two or more cells with text and no table inside.
    static func dataRows(_ events: [Event]) -> Set<Int> {
        struct Row { var index: Int; var filled = 0; var nested = false; var cellHasText = false; var covered = 0 }
        var rows: [Row] = []
        var open: [String] = []
        var spans: [HTMLRowSpans] = []
        var data = Set<Int>()
        for (i, e) in events.enumerated() {
            switch e.kind {
            case Int32(CHTML_EVENT_OPEN):
                open.append(e.tag)
                if e.tag == "table" { spans.append(HTMLRowSpans()) }
                if e.tag == "tr" { rows.append(Row(index: i)); if !spans.isEmpty { spans[spans.count - 1].startRow() } }
                else if e.tag == "table", !rows.isEmpty { rows[rows.count - 1].nested = true }
                else if (e.tag == "td" || e.tag == "th"), !rows.isEmpty {
                    if rows[rows.count - 1].cellHasText { rows[rows.count - 1].filled += 1 }
                    rows[rows.count - 1].cellHasText = false
                    if !spans.isEmpty {
                        rows[rows.count - 1].covered += spans[spans.count - 1].skipCovered()
                        spans[spans.count - 1].cell(colspan: e.colspan, rowspan: HTMLRowSpans.rows(e))
                    }
                }
            case Int32(CHTML_EVENT_CLOSE):
                let tag = open.popLast()
                if tag == "table", !spans.isEmpty { spans.removeLast() }
                if tag == "tr", var r = rows.popLast() {
                    if !spans.isEmpty { spans[spans.count - 1].endRow() }
                    if r.cellHasText { r.filled += 1 }
                    // A row whose other cells are merged down from above is a data row too:
                    // its cell sits under its header.
                    if !r.nested && (r.filled >= 2 || r.filled == 1 && r.covered > 0) { data.insert(r.index) }
                }
            default:
                if !rows.isEmpty, e.text.unicodeScalars.contains(where: { !isCollapsible($0) && $0 != "\u{A0}" }) {
                    rows[rows.count - 1].cellHasText = true
                }
            }
        }
        return data
    }

    /// East Asian characters (CJK, punctuation, full-width forms), between which a line
    /// break in the markup is no blank.
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        (0x2E80...0x9FFF).contains(s.value) || (0xF900...0xFAFF).contains(s.value) || (0xFF00...0xFFEF).contains(s.value)
            || (0x20000...0x3FFFF).contains(s.value)
    }

    static func isCollapsible(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{0C}"
    }

    static func layout(_ events: [Event]) -> ([Unicode.Scalar], [TextBlock]) {
        let data = dataRows(events)
        var lists = HTMLListNumbering(events)
        // The marker of an `<li>` waiting for the item's first text (nil when none is due).
        var pendingMarker: String? = nil
        var out = TextBuilder()
        var open: [String] = []
        // Per open <tr>: whether it is a data row; per open cell of a data row: its colspan.
        var rowIsData: [Bool] = []
        var cellsInRow: [Int] = []
        var cellSpans: [Int] = []
        // Per open table: the columns merged down from above (`rowspan`).
        var spans: [HTMLRowSpans] = []
        var pre = 0
        var pendingSpace = false
        // The pending blank came from a line break in the markup: between two East Asian
        // characters it is dropped, as browsers drop it (CSS Text's segment break rule).
        var pendingBreak = false

        func inDataCell() -> Bool { !cellSpans.isEmpty && rowIsData.last == true }
        func breakLine(blank: Bool = false) {
            pendingSpace = false
            out.endLine(keepBlank: blank)
        }

        for (i, e) in events.enumerated() {
            switch e.kind {
            case Int32(CHTML_EVENT_OPEN):
                open.append(e.tag)
                let tag = e.tag
                if tag == "table" { spans.append(HTMLRowSpans()) }
                if tag == "tr" {
                    breakLine()
                    rowIsData.append(data.contains(i))
                    cellsInRow.append(0)
                    if !spans.isEmpty { spans[spans.count - 1].startRow() }
                    if data.contains(i) { out.mark(.tableRow, .markup(offset: max(e.offset, 0))) }
                } else if (tag == "td" || tag == "th"), !rowIsData.isEmpty {
                    // Columns merged down from above: an empty cell each, so this cell stays
                    // under its header.
                    let skipped = spans.isEmpty ? 0 : spans[spans.count - 1].skipCovered()
                    if !spans.isEmpty { spans[spans.count - 1].cell(colspan: e.colspan, rowspan: HTMLRowSpans.rows(e)) }
                    if rowIsData.last == true {
                        for _ in 0..<skipped {
                            if cellsInRow[cellsInRow.count - 1] > 0 { out.append("\t") }
                            cellsInRow[cellsInRow.count - 1] += 1
                        }
                        if cellsInRow[cellsInRow.count - 1] > 0 { out.append("\t") }
                        cellsInRow[cellsInRow.count - 1] += 1
                        cellSpans.append(e.colspan)
                        pendingSpace = false
                    } else if blockTags.contains(tag) {
                        if inDataCell() { pendingSpace = !out.lineIsEmpty && out.lastOnLine != "\t" } else { breakLine() }
                    }
                } else if tag == "br" {
                    if inDataCell() { pendingSpace = !out.lineIsEmpty } else { breakLine(blank: true) }
                } else if blockTags.contains(tag) {
                    if inDataCell() { pendingSpace = !out.lineIsEmpty && out.lastOnLine != "\t" } else { breakLine() }
                    if tag == "pre" { pre += 1 }
                    if tag == "li" {
                        out.mark(.listItem, .markup(offset: max(e.offset, 0)))
                        pendingMarker = lists.marker(forItem: e)
                    }
                }
                if tag == "ol" || tag == "ul" || tag == "menu" || tag == "dir" { lists.open(tag, at: i) }
            case Int32(CHTML_EVENT_CLOSE):
                guard let tag = open.popLast() else { continue }
                if tag == "ol" || tag == "ul" || tag == "menu" || tag == "dir" { lists.close() }
                if tag == "li" { pendingMarker = nil }
                if tag == "table", !spans.isEmpty { spans.removeLast() }
                if tag == "tr" {
                    if !spans.isEmpty { spans[spans.count - 1].endRow() }
                    rowIsData.removeLast()
                    cellsInRow.removeLast()
                    breakLine()
                } else if (tag == "td" || tag == "th"), rowIsData.last == true, !cellSpans.isEmpty {
                    // A merged cell keeps the columns after it in place.
                    let span = cellSpans.removeLast()
                    for _ in 1..<max(span, 1) { out.append("\t") }
                    pendingSpace = false
                } else if blockTags.contains(tag) {
                    if tag == "pre" { pre -= 1 }
                    if inDataCell() { pendingSpace = !out.lineIsEmpty && out.lastOnLine != "\t" } else { breakLine() }
                }
            default:
                let place = SourcePlace.markup(offset: max(e.offset, 0))
                let scalars = Array(e.text.unicodeScalars)
                for (k, s) in scalars.enumerated() {
                    // The list item's marker, as a browser draws it, before its first text,
                    // unless the text already opens with a marker of its own.
                    if let m = pendingMarker, !isCollapsible(s) {
                        pendingMarker = nil
                        if !HTMLListNumbering.opensWithMarker(scalars[k...]) {
                            pendingSpace = false
                            out.mark(.listItem, place)
                            out.append(m)
                        }
                    }
                    if pre > 0 && !inDataCell() {
                        if s == "\n" { breakLine(); continue }
                        if s == "\r" { continue }
                        out.mark(.paragraph, place)
                        out.append(s == "\u{A0}" ? " " : s)
                        continue
                    }
                    if isCollapsible(s) {
                        if !out.lineIsEmpty && out.lastOnLine != "\t" {
                            if !pendingSpace { pendingBreak = false }
                            pendingSpace = true
                            if s == "\n" || s == "\r" { pendingBreak = true }
                        }
                        continue
                    }
                    if pendingSpace {
                        let wide = pendingBreak && isWide(s) && out.lastOnLine.map(isWide) == true
                        if !wide { out.append(" ") }
                        pendingSpace = false
                        pendingBreak = false
                    }
                    out.mark(.paragraph, place)
                    out.append(s == "\u{A0}" ? " " : s)
                }
            }
        }
        let (s, b) = out.finish()
        return (s, b)
    }
}
