/// Why a document's bytes could not be turned into text.
///
/// Each case says what the caller can do about it: `invalidBytes` gives the byte offset to
/// inspect and suggests lenient decoding or a forced encoding; `undetectable` carries what the
/// detector saw. ``DocumentParser`` wraps it in ``DocParseError/decode(_:)``.
///
/// ```swift
/// do {
///     _ = try TextDecoder.decode([0x41, 0x00, 0x42])
/// } catch let e as DecodeError {
///     print(e.code)      // binary-input
///     print(e.message)   // binary input: control or NUL byte at byte offset 1; this is not a text document
/// }
/// ```
public enum DecodeError: Error, Sendable, Equatable {
    /// The input has no bytes at all.
    case empty
    /// The input looks like binary data (NUL or control bytes), first seen at `offset`.
    case binary(offset: Int)
    /// A byte sequence is invalid in `encoding`, at byte `offset`.
    case invalidBytes(encoding: String, offset: Int, length: Int)
    /// `--encoding` named a charset ICU does not know.
    case unknownEncoding(String)
    /// No supported encoding fits the bytes.
    case undetectable(detail: String)

    /// One line a person understands (the caller prefixes the file name).
    ///
    /// Messages name the command-line options (`--lenient`, `--encoding`) that get past the error.
    public var message: String {
        switch self {
        case .empty: return "empty input: the file has no bytes"
        case .binary(let offset): return "binary input: control or NUL byte at byte offset \(offset); this is not a text document"
        case .invalidBytes(let enc, let offset, let length):
            return "invalid \(enc) byte sequence (\(length) byte\(length == 1 ? "" : "s")) at byte offset \(offset); use --lenient to replace bad bytes, or --encoding to force another encoding"
        case .unknownEncoding(let name): return "unknown encoding '\(name)'"
        case .undetectable(let detail): return "cannot determine the text encoding (\(detail)); use --encoding NAME"
        }
    }

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .empty: return "empty-input"
        case .binary: return "binary-input"
        case .invalidBytes: return "invalid-bytes"
        case .unknownEncoding: return "unknown-encoding"
        case .undetectable: return "undetectable-encoding"
        }
    }
}
