import Foundation

/// One line of a batch output: a parsed document, or an error record in its place.
///
/// A batch never drops an input, so an input that cannot be parsed still gets a line:
/// `{"schemaVersion", "source": {"path", "sha256", "bytes"}, "error": {"code", "message"}}`.
/// `sha256` and `bytes` are null when the file could not be read at all.
public enum BatchRecord: Sendable, Equatable {
    case document(Document)
    case failure(BatchFailure)

    /// Reads one output line back (for `--resume` and CSV export); nil when it is not a record.
    public static func decode(_ line: [UInt8]) -> BatchRecord? {
        let data = Data(line)
        let decoder = JSONDecoder()
        if let probe = try? decoder.decode(Probe.self, from: data), probe.error != nil {
            return (try? decoder.decode(BatchFailure.self, from: data)).map(BatchRecord.failure)
        }
        return (try? decoder.decode(Document.self, from: data)).map(BatchRecord.document)
    }

    /// The content hash and path a line records, without decoding the whole document.
    public static func key(_ line: [UInt8]) -> (sha256: String?, path: String?, failed: Bool)? {
        guard let probe = try? JSONDecoder().decode(Probe.self, from: Data(line)), let source = probe.source else {
            return nil
        }
        return (source.sha256, source.path, probe.error != nil)
    }

    private struct Probe: Decodable {
        struct Source: Decodable { var sha256: String?; var path: String? }
        struct ErrorPart: Decodable { var code: String? }
        var source: Source?
        var error: ErrorPart?
    }
}

/// The error record written for an input that could not be parsed.
public struct BatchFailure: Codable, Sendable, Equatable {
    public var schemaVersion: String
    public var source: Source
    public var error: ErrorInfo

    /// What is known of the input: at least its path (null for text given inline).
    public struct Source: Codable, Sendable, Equatable {
        public var path: String?
        public var sha256: String?
        public var bytes: Int?

        public init(path: String?, sha256: String?, bytes: Int?) {
            self.path = path
            self.sha256 = sha256
            self.bytes = bytes
        }

        enum CodingKeys: String, CodingKey { case path, sha256, bytes }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(sha256, forKey: .sha256)
            try c.encode(bytes, forKey: .bytes)
        }
    }

    /// `code` is a stable machine-readable code (see `BatchErrorCode`), `message` one line
    /// a person understands.
    public struct ErrorInfo: Codable, Sendable, Equatable {
        public var code: String
        public var message: String
        public init(code: String, message: String) { self.code = code; self.message = message }
        enum CodingKeys: String, CodingKey { case code, message }
    }

    public init(source: Source, code: String, message: String) {
        self.schemaVersion = Document.currentSchemaVersion
        self.source = source
        self.error = ErrorInfo(code: code, message: message)
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, source, error }
}

/// Error codes of batch records beyond `DocParseError.code` (`empty-input`, `binary-input`,
/// `invalid-bytes`, `too-large`, …): file-system failures and bad filter-mode lines.
public enum BatchErrorCode {
    /// The path does not exist.
    public static let notFound = "not-found"
    /// The path is a directory where a file was expected (e.g. named in a path list).
    public static let isDirectory = "is-directory"
    /// The file exists but cannot be read (permission, I/O error).
    public static let unreadable = "unreadable"
    /// A `--jsonl-in` line that is not a JSON object.
    public static let invalidJSON = "invalid-json"
    /// A `--jsonl-in` object with neither a string `text` nor a string `path`.
    public static let invalidRecord = "invalid-record"
    /// The record could not be encoded as JSON (should not happen; kept so no input is dropped).
    public static let encodingFailed = "encoding-failed"
}

/// Encodes records as single JSON lines (with the trailing `\n`).
public enum BatchRecordEncoder {
    /// The record as one line. `id`, when given, is raw JSON put first at the top level
    /// (the `--jsonl-in` join key).
    public static func line(_ record: BatchRecord, id: [UInt8]? = nil) -> [UInt8] {
        var body: [UInt8]
        do {
            switch record {
            case .document(let d): body = try JSONOutput.bytes(d)
            case .failure(let f): body = try JSONOutput.bytes(f)
            }
        } catch {
            // Only non-encodable values get here; still write a record so the input is counted.
            let f = BatchFailure(source: .init(path: nil, sha256: nil, bytes: nil), code: BatchErrorCode.encodingFailed,
                                 message: "cannot encode the record as JSON: \(error)")
            body = [UInt8]((try? JSONOutput.encode(f)) ?? Data("{}".utf8))
        }
        if let id {
            // body starts with `{` and is never the empty object for a record.
            var spliced: [UInt8] = [0x7B]
            spliced.append(contentsOf: Array("\"id\":".utf8))
            spliced.append(contentsOf: id)
            spliced.append(0x2C)
            spliced.append(contentsOf: body.dropFirst())
            body = spliced
        }
        body.append(0x0A)
        return body
    }
}

/// Thrown inside the batch worker where a file cannot be read; it becomes the record itself.
extension BatchFailure: Error {}
