/// Where a stretch of extracted text came from in the original file, so a finding can be
/// shown where a person looks for it (a DOCX's paragraph, a PDF's page and line).
public enum SourcePlace: Sendable, Equatable {
    /// Plain text: the text is the source.
    case text
    /// HTML: byte offset of the text's node in the page's markup, decoded and written as UTF-8.
    case markup(offset: Int)
    /// DOCX: the 1-based paragraph of the document body (table paragraphs counted too), for
    /// text that came from no run (a rendered numbering marker) and for table rows.
    case paragraph(Int)
    /// DOCX: the 1-based paragraph and the 1-based run (`w:r`) inside it that the text came
    /// from; runs of deleted text are not counted (they are not read).
    case run(paragraph: Int, run: Int)
    /// XLSX: the sheet's name and 1-based row.
    case sheetRow(sheet: String, row: Int)
    /// PDF: 1-based page and 1-based line on that page (as poppler reads the text layer).
    case pageLine(page: Int, line: Int)

    /// The place for a person (`第3页第12行` / `page 3, line 12`), nil for plain text. A DOCX
    /// run is shown as its paragraph.
    public var message: Message? {
        switch self {
        case .text: return nil
        case .markup(let o): return Message("place.markup", ["offset": String(o)])
        case .paragraph(let p): return Message("place.paragraph", ["paragraph": String(p)])
        // A run is no unit Word shows its users: a person is pointed to the paragraph.
        case .run(let p, _): return Message("place.paragraph", ["paragraph": String(p)])
        case .sheetRow(let s, let r): return Message("place.sheet-row", ["sheet": s, "row": String(r)])
        case .pageLine(let p, let l): return Message("place.page-line", ["page": String(p), "line": String(l)])
        }
    }
}

/// What one line of extracted text is: the structure hint the reader gives the later stages.
public enum TextBlockKind: String, Sendable, Equatable {
    /// A paragraph (HTML block, DOCX paragraph, PDF paragraph after rejoining).
    case paragraph
    /// A table row, its cells separated by tabs (the task-table reader's row shape).
    case tableRow
    /// A list item (HTML `<li>`, an automatically numbered DOCX paragraph with its marker).
    case listItem
}

/// One line of the extracted text with its kind and its place in the source.
public struct TextBlock: Sendable, Equatable {
    /// Scalar offsets of the line in the extracted text (without its line break).
    public var range: Range<Int>
    public var kind: TextBlockKind
    public var place: SourcePlace
}

/// A PDF page's stretch of the extracted text (JSON `source.pages`).
public struct PageRange: Codable, Sendable, Equatable {
    /// JSON `number`: the 1-based page number.
    public var number: Int
    /// JSON `start`, `end`: half-open scalar offsets of the page's text in the extracted text.
    public var start: Int
    public var end: Int

    public init(number: Int, start: Int, end: Int) {
        self.number = number
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey { case end, number, start }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(end, forKey: .end)
        try c.encode(number, forKey: .number)
        try c.encode(start, forKey: .start)
    }
}
