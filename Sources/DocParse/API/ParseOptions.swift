/// How to read and parse a document.
///
/// The defaults suit most input: detect the encoding, refuse damaged bytes, no size limit.
/// Override them when the caller knows better than detection (a corpus known to be Big5),
/// when a damaged file should still yield what it can (`lenient`), or when input comes from
/// untrusted sources and must be bounded (`maxBytes`).
///
/// ```swift
/// let options = ParseOptions(encoding: "GBK", lenient: true, path: "old/plan.txt", maxBytes: 8 << 20)
/// let doc = try DocumentParser.parse(bytes: bytes, options: options)
/// ```
public struct ParseOptions: Sendable, Equatable {
    /// Force this encoding (an ICU converter name or alias: `GBK`, `Big5`, `UTF-16LE`).
    public var encoding: String?
    /// Replace invalid byte sequences with U+FFFD (recorded as diagnostics) instead of failing.
    public var lenient: Bool
    /// The path shown in `source.path` and in messages.
    public var path: String?
    /// Refuse inputs larger than this many bytes (nil: no limit).
    public var maxBytes: Int?
    /// Read the input as this format instead of detecting it by content (`--format`).
    public var format: InputFormat?
    /// Record the plain text that spans index in `source.text` (`--include-text`).
    public var includeText: Bool
    /// Name in the output the rule that produced each outline node, target and unit occurrence
    /// (their `rule` field), so a reader can see why a fact was extracted; off by default.
    public var trace: Bool

    /// Creates options; every argument defaults to the behaviour described on its property.
    ///
    /// - Parameters:
    ///   - encoding: An encoding name that overrides detection, or nil to detect.
    ///   - lenient: Whether to replace invalid byte sequences instead of failing.
    ///   - path: The path to record in the document's source information.
    ///   - maxBytes: The largest input accepted, in bytes, or nil for no limit.
    ///   - trace: Whether to name each fact's rule in the output.
    ///   - format: A format that overrides detection, or nil to detect it by content.
    ///   - includeText: Whether `source.text` holds the text the spans index.
    public init(encoding: String? = nil, lenient: Bool = false, path: String? = nil, maxBytes: Int? = nil, trace: Bool = false,
                format: InputFormat? = nil, includeText: Bool = false) {
        self.format = format
        self.includeText = includeText
        self.encoding = encoding
        self.lenient = lenient
        self.path = path
        self.maxBytes = maxBytes
        self.trace = trace
    }
}
