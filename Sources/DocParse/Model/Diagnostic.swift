/// Something the parser noticed: a repair it made, damage it saw, a fact it could not place.
///
/// `code` is stable and dotted by stage (`decode.invalid-bytes-replaced`,
/// `outline.number-gap`); `message` is one line for a person; `span` points into the
/// original text (null only for whole-document findings).
public struct Diagnostic: Codable, Sendable, Equatable {
    public enum Severity: String, Codable, Sendable, Comparable {
        case info, warning, error

        var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    public var code: String
    public var message: String
    public var span: Span?

    public init(severity: Severity, code: String, message: String, span: Span?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case code, message, severity, span }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(severity, forKey: .severity)
        try c.encode(span, forKey: .span)
    }
}
