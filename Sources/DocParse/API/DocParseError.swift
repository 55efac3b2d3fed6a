/// Why a document could not be parsed at all. Anything less is a diagnostic in the output.
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
