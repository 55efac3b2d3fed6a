/// The result of the text-extraction stage: the plain text every later stage reads (and every
/// span indexes), one ``TextBlock`` per line with its kind and source place, the pages of a
/// PDF, and what the reader noticed (revisions in a draft, dropped content).
public struct ExtractedText: Sendable {
    public var format: InputFormat
    public var scalars: [Unicode.Scalar]
    public var blocks: [TextBlock]
    public var pages: [PageRange]?
    /// The encoding the source was read in (`UTF-8` for the zip- and PDF-based formats).
    public var encoding: String
    public var encodingDetected: Bool
    var diagnostics: [Diagnostic]

    /// The place in the source of scalar offset `offset` of the extracted text, found by
    /// binary search over the blocks; nil before the first block.
    public func place(at offset: Int) -> SourcePlace? {
        let i = blocks.lastIndex(keyAtMost: offset) { $0.range.lowerBound }
        return blocks.isEmpty || blocks[i].range.lowerBound > offset ? nil : blocks[i].place
    }
}

/// Builds extracted text line by line: readers append pieces and end lines; the builder
/// keeps one ``TextBlock`` per non-empty line, collapses runs of blank lines to one, and
/// drops blanks at line ends (a reader's layout, not the document's).
struct TextBuilder {
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var blocks: [TextBlock] = []
    private var lineStart = 0
    private var blockStart = 0
    private var lineKind: TextBlockKind = .paragraph
    private var linePlace: SourcePlace?
    private var blankLines = 0

    var lineIsEmpty: Bool { scalars.count == lineStart }

    /// Sets the kind and place of the current line unless it already has a place.
    mutating func mark(_ kind: TextBlockKind, _ place: SourcePlace) {
        if linePlace == nil { linePlace = place; lineKind = kind }
    }

    mutating func setKind(_ kind: TextBlockKind) { lineKind = kind }

    /// Starts a new block on the current line at the next scalar: what follows came from
    /// `place` (a wrapped line joined to the previous one).
    mutating func continueLine(at place: SourcePlace) {
        if scalars.count > blockStart, let p = linePlace {
            blocks.append(TextBlock(range: blockStart..<scalars.count, kind: lineKind, place: p))
            blockStart = scalars.count
        }
        linePlace = place
    }

    mutating func append(_ s: Unicode.Scalar) { scalars.append(s) }
    mutating func append<S: Sequence>(contentsOf s: S) where S.Element == Unicode.Scalar { scalars.append(contentsOf: s) }
    mutating func append(_ s: String) { scalars.append(contentsOf: s.unicodeScalars) }

    /// The last scalar of the current line, nil when it is empty.
    var lastOnLine: Unicode.Scalar? { lineIsEmpty ? nil : scalars.last }

    /// Ends the current line. An empty line is kept as one blank line between paragraphs
    /// when `keepBlank` (DOCX and PDF paragraph gaps, HTML `<br><br>`), never two in a row.
    mutating func endLine(keepBlank: Bool = false) {
        while scalars.count > lineStart, let l = scalars.last, l == " " || l == "\t" { scalars.removeLast() }
        if lineIsEmpty {
            linePlace = nil
            lineKind = .paragraph
            blockStart = scalars.count
            if keepBlank, blankLines == 0, !scalars.isEmpty {
                scalars.append("\n")
                lineStart = scalars.count
                blockStart = lineStart
                blankLines = 1
            }
            return
        }
        blocks.append(TextBlock(range: max(lineStart, blockStart)..<scalars.count, kind: lineKind, place: linePlace ?? .text))
        scalars.append("\n")
        lineStart = scalars.count
        blockStart = lineStart
        linePlace = nil
        lineKind = .paragraph
        blankLines = 0
    }

    /// Ends the text: the last line, and no trailing blank line.
    mutating func finish() -> (scalars: [Unicode.Scalar], blocks: [TextBlock]) {
        endLine()
        while let l = scalars.last, l == "\n" { scalars.removeLast() }
        return (scalars, blocks)
    }
}
