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
    /// The bytes are a format DocParse recognizes but does not read (a .doc, .xls, .pptx,
    /// other zip archives, images); `detail` says what it is and what to do.
    case unsupportedFormat(UnsupportedFormat, detail: String)
    /// The bytes claim a readable format but are damaged (a truncated zip, a broken PDF).
    case damaged(InputFormat, detail: String)
    /// A readable file with no text to read (a scanned PDF without a text layer, an empty sheet).
    case noText(InputFormat, detail: String)

    /// One line a person understands.
    public var message: String {
        switch self {
        case .decode(let e): return e.message
        case .tooLarge(let b, let l): return "input of \(b) bytes is larger than the limit of \(l) bytes (--max-bytes)"
        case .unsupportedFormat(_, let detail): return detail
        case .damaged(let f, let detail): return "damaged \(f.displayName) file: \(detail)"
        case .noText(let f, let detail): return "\(f.displayName) file without text: \(detail)"
        }
    }

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .decode(let e): return e.code
        case .tooLarge: return "too-large"
        case .unsupportedFormat(let f, _): return "unsupported-format-\(f.rawValue)"
        case .damaged(let f, _): return "damaged-\(f.rawValue)"
        case .noText(let f, _): return "no-text-\(f.rawValue)"
        }
    }
}
