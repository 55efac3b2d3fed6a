/// How to read and parse a document.
public struct ParseOptions: Sendable, Equatable {
    /// Force this encoding (an ICU converter name or alias: `GBK`, `Big5`, `UTF-16LE`).
    public var encoding: String?
    /// Replace invalid byte sequences with U+FFFD (recorded as diagnostics) instead of failing.
    public var lenient: Bool
    /// The path shown in `source.path` and in messages.
    public var path: String?
    /// Refuse inputs larger than this many bytes (nil: no limit).
    public var maxBytes: Int?

    public init(encoding: String? = nil, lenient: Bool = false, path: String? = nil, maxBytes: Int? = nil) {
        self.encoding = encoding
        self.lenient = lenient
        self.path = path
        self.maxBytes = maxBytes
    }
}
