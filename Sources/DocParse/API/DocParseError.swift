/// Why a document could not be parsed at all.
///
/// The parser draws a hard line between input it cannot read and input it can read but finds
/// damaged: only the first throws. Broken numbering, lost punctuation or a few bytes replaced
/// in lenient mode still give a ``Document``, with a ``Diagnostic`` for each problem, because a
/// half-readable plan is still worth its facts. ``code`` is stable for scripts and batch error
/// records; ``message`` is for people.
///
/// ```swift
/// do {
///     let doc = try DocumentParser.parse(bytes: bytes, options: ParseOptions(maxBytes: 10 << 20))
///     print(doc.tasks.count)
/// } catch {
///     print("plan.txt: \(error.message) [\(error.code)]")   // typed throws: error is DocParseError
/// }
/// ```
public enum DocParseError: Error, Sendable, Equatable {
    /// The bytes are not text in a supported encoding (see `DecodeError`).
    case decode(DecodeError)
    /// The input is larger than `ParseOptions.maxBytes`.
    case tooLarge(bytes: Int, limit: Int)

    /// One line a person understands.
    public var message: String {
        switch self {
        case .decode(let e): return e.message
        case .tooLarge(let b, let l): return "input of \(b) bytes is larger than the limit of \(l) bytes (--max-bytes)"
        }
    }

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .decode(let e): return e.code
        case .tooLarge: return "too-large"
        }
    }
}
