/// One finding of `DraftChecker`: something a person writing the draft should look at.
///
/// Findings are separate from the parser's ``Diagnostic``s: a diagnostic says what the parser
/// did with the text, a finding says what the author should fix. The stable `code` lets
/// scripts and CI filter findings; `span` lets editors and ``FindingFormatter`` point at them.
///
/// ```swift
/// let errors = DraftChecker.check(parsed).filter { $0.severity >= .warning }
/// ```
public struct Finding: Codable, Sendable, Equatable {
    /// How serious a finding is, ordered `note` < `warning` < `error`.
    public enum Severity: String, Codable, Sendable, Comparable {
        /// Worth a look, but often intended (a target without a deadline).
        case note
        /// Probably a mistake in the draft.
        case warning
        /// Certainly wrong (a percentage over 100, a number used twice).
        case error

        var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        /// Orders severities from `note` to `error`.
        ///
        /// - Parameters:
        ///   - a: A severity.
        ///   - b: Another severity.
        /// - Returns: True when `a` is less serious than `b`.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// How serious the finding is.
    public var severity: Severity
    /// Stable code, documented in docs/checks.md (`numbering.gap`, `target.percent-over-100`).
    public var code: String
    /// One line for a person, naming what is wrong and where it can be seen, in the language
    /// last rendered (English from the initializers; see ``localized(_:)``).
    public var message: String
    /// Where in the original text, or null for a whole-document finding.
    public var span: Span?
    /// The message as a catalogue key and its named arguments (JSON `args`), from which
    /// ``message`` is rendered in either language.
    public var text: Message

    /// Creates a finding.
    ///
    /// - Parameters:
    ///   - severity: How serious it is.
    ///   - code: A stable code from docs/checks.md.
    ///   - message: One line for a person.
    ///   - span: Where in the original text, or nil for the whole document.
    public init(severity: Severity, code: String, message: String, span: Span?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
        // A message written by the caller is shown as written in every language.
        self.text = Message("finding.as-written", ["detail": message])
    }

    /// Creates a finding whose message comes from the catalogue.
    ///
    /// - Parameters:
    ///   - severity: How serious it is.
    ///   - code: A stable code from docs/checks.md.
    ///   - message: The catalogue key (the code, or a more specific key under it) and arguments.
    ///   - span: Where in the original text, or nil for the whole document.
    public init(severity: Severity, code: String, message: Message, span: Span?) {
        self.severity = severity
        self.code = code
        self.text = message
        self.message = message.text(.en)
        self.span = span
    }

    /// The message in a language.
    public func message(_ lang: Language) -> String { text.text(lang) }

    /// A copy whose ``message`` is in `lang` (what `check --format json --lang zh` writes).
    public func localized(_ lang: Language) -> Finding {
        var f = self
        f.message = text.text(lang)
        return f
    }

    enum CodingKeys: String, CodingKey { case severity, code, message, span, args }

    /// Decodes a finding; `args` may be absent (findings written before it existed).
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: Whatever the decoder throws.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        severity = try c.decode(Severity.self, forKey: .severity)
        code = try c.decode(String.self, forKey: .code)
        message = try c.decode(String.self, forKey: .message)
        span = try c.decodeIfPresent(Span.self, forKey: .span)
        // The JSON does not say which template wrote the message (a code may have several),
        // so a decoded finding shows its message as written, keeping its arguments.
        let args = try c.decodeIfPresent([String: String].self, forKey: .args) ?? [:]
        text = Message("finding.as-written", args.merging(["detail": message]) { _, m in m })
    }

    /// Encodes every key, writing `null` for a finding without a span.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(span, forKey: .span)
        try c.encode(text.args, forKey: .args)
    }
}
