/// A place in the original decoded text.
///
/// `start` and `end` are half-open Unicode-scalar offsets into the original text (not the
/// normalized one); `line` and `column` are 1-based and locate `start` (columns count
/// scalars).
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

    /// Creates a span.
    ///
    /// - Parameters:
    ///   - start: offset of the first scalar in the original text.
    ///   - end: offset after the last scalar.
    ///   - line: 1-based line of `start`.
    ///   - column: 1-based column of `start`, in scalars.
    public init(start: Int, end: Int, line: Int, column: Int) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }

    enum CodingKeys: String, CodingKey { case column, end, line, start }
}
