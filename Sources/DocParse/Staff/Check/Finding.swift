/// One finding of `DraftChecker`: something a person writing the draft should look at.
public struct Finding: Codable, Sendable, Equatable {
    public enum Severity: String, Codable, Sendable, Comparable {
        case note, warning, error

        var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    /// Stable code, documented in docs/checks.md (`numbering.gap`, `target.percent-over-100`).
    public var code: String
    public var message: String
    /// Where in the original text, or null for a whole-document finding.
    public var span: Span?

    public init(severity: Severity, code: String, message: String, span: Span?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case severity, code, message, span }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(span, forKey: .span)
    }
}
