/// A place in the original decoded text.
///
/// `start` and `end` are half-open Unicode-scalar offsets into the original text (not the
/// normalized one); `line` and `column` are 1-based and locate `start` (columns count
/// scalars).
public struct Span: Codable, Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int

    public init(start: Int, end: Int, line: Int, column: Int) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }

    enum CodingKeys: String, CodingKey { case column, end, line, start }
}
