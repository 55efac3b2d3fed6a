/// A place in the original decoded text.
///
/// `start` and `end` are half-open Unicode-scalar offsets into the original text (not the
/// normalized one); `line` and `column` are 1-based and locate `start` (columns count
/// scalars); `page` is the PDF page of `start` (null for other formats).
///
/// The parser works on a normalized copy of the text (widths, dashes and quotes folded,
/// traditional characters simplified, stray marks dropped), but every span it reports is
/// mapped back to the text as decoded, so a consumer can cut the original with it or
/// highlight it in an editor. Offsets count scalars, not UTF-16 units or bytes: a CJK
/// character is one scalar, and so is a rare one outside the BMP (`𠀀`) or an emoji.
///
/// ```swift
/// // {"start": 719, "end": 725, "line": 35, "column": 1}: the heading 一、总体要求
/// let scalars = Array(originalText.unicodeScalars)
/// let heading = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
/// ```
public struct Span: Codable, Sendable, Equatable, Hashable {
    /// JSON `start`: offset of the first scalar, counted in Unicode scalars from the start
    /// of the original decoded text (0-based), e.g. `719`.
    public var start: Int
    /// JSON `end`: offset after the last scalar (half-open, so `end - start` is the length
    /// and an empty span has `end == start`), e.g. `725`.
    public var end: Int
    /// JSON `line`: 1-based line of `start`, e.g. `35`.
    public var line: Int
    /// JSON `column`: 1-based column of `start`, counting Unicode scalars from the start of
    /// its line, e.g. `1`.
    public var column: Int
    /// JSON `page`: for a document read from a PDF, the 1-based page on which `start` lies
    /// (as in ``SourceInfo/pages``); null for every other format. Since 1.2.0.
    public var page: Int?

    /// Creates a span.
    ///
    /// - Parameters:
    ///   - start: offset of the first scalar in the original text.
    ///   - end: offset after the last scalar.
    ///   - line: 1-based line of `start`.
    ///   - column: 1-based column of `start`, in scalars.
    ///   - page: the PDF page of `start`, nil for other formats.
    public init(start: Int, end: Int, line: Int, column: Int, page: Int? = nil) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.page = page
    }

    enum CodingKeys: String, CodingKey { case column, end, line, page, start }

    /// Reads a span written by any 1.x version (`page` arrived in 1.2.0).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        line = try c.decode(Int.self, forKey: .line)
        column = try c.decode(Int.self, forKey: .column)
        page = try c.decodeIfPresent(Int.self, forKey: .page)
    }

    /// Writes the keys in sorted order, `page` as null when there is none (the contract writes
    /// null, never omits a key).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(column, forKey: .column)
        try c.encode(end, forKey: .end)
        try c.encode(line, forKey: .line)
        try c.encode(page, forKey: .page)
        try c.encode(start, forKey: .start)
    }
}
