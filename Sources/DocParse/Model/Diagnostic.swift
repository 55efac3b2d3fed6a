/// Something the parser noticed: a repair it made, damage it saw, a fact it could not place.
///
/// `code` is stable and dotted by stage (`decode.invalid-bytes-replaced`,
/// `outline.number-gap`); `message` is one line for a person; `span` points into the
/// original text (null only for whole-document findings).
///
/// Web-copied documents lose punctuation and line breaks; the parser repairs what it can
/// rather than fail, and records every repair here so that a consumer can tell a restored
/// marker from a written one and decide how far to trust the output. Match on `code`, never
/// on `message`, whose wording may change.
///
/// ```swift
/// let repairs = doc.diagnostics.filter { $0.code == "outline.marker-restored" }
/// let worst = doc.diagnostics.map(\.severity).max()   // nil when the list is empty
/// ```
public struct Diagnostic: Codable, Sendable, Equatable {
    /// How much a diagnostic matters, ordered `info` < `warning` < `error`.
    public enum Severity: String, Codable, Sendable, Comparable {
        /// `info`: a harmless repair or note (a line broken inside a sentence joined back);
        /// `warning`: damage that was repaired or a fact that may be wrong (a lost marker
        /// restored); `error`: damage the parser could not repair, so the output around it is
        /// incomplete (the current parser emits none; the level is part of the contract).
        case info, warning, error

        var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
        /// Orders by how much a diagnostic matters, so that `max()` finds the worst.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// JSON `severity`: `info`, `warning` or `error`, e.g. `warning`.
    public var severity: Severity
    /// JSON `code`: the stable dotted code, prefixed by the stage that found it, e.g.
    /// `outline.marker-restored` or `normalize.stray-hash-removed`.
    public var code: String
    /// JSON `message`: one line for a person, e.g. `restored marker 1. at '1': the
    /// punctuation after the number was lost, and the sequence expects 1 here`.
    public var message: String
    /// JSON `span`: where in the original text (half-open Unicode-scalar offsets; line and
    /// column 1-based), or null for a whole-document finding.
    public var span: Span?

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - severity: how much it matters.
    ///   - code: a stable dotted code, `stage.what-happened`.
    ///   - message: one line for a person.
    ///   - span: where in the original text, or nil for the whole document.
    public init(severity: Severity, code: String, message: String, span: Span?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case code, message, severity, span }

    /// Writes the members in sorted key order, which lets ``JSONOutput`` stream the object.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(severity, forKey: .severity)
        try c.encode(span, forKey: .span)
    }
}
