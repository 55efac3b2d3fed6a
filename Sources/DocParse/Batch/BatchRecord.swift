import Foundation

/// One line of a batch output: a parsed document, or an error record in its place.
///
/// A batch never drops an input, so an input that cannot be parsed still gets a line:
/// `{"schemaVersion", "source": {"path", "sha256", "bytes"}, "error": {"code", "message"}}`.
/// `sha256` and `bytes` are null when the file could not be read at all.
///
/// Both cases encode to one JSON object per line (``BatchRecordEncoder``), so a JSON Lines
/// output can be read back with ``decode(_:)``, for example to export it as CSV:
///
/// ```swift
/// let exporter = try CSVExporter(directory: "out/csv", bom: true)
/// _ = try ResumeScanner.scan(path: "out/plans.jsonl") { line in
///     if let record = BatchRecord.decode(line) { try? exporter.add(record) }
/// }
/// try exporter.close()
/// ```
public enum BatchRecord: Sendable, Equatable {
    /// An input that parsed: the document, as ``DocumentParser`` returned it.
    case document(Document)
    /// An input that could not be read or parsed: the error record written in its place.
    case failure(BatchFailure)

    /// Reads one output line back (for `--resume` and CSV export); nil when it is not a record.
    ///
    /// - Parameter line: One line of a batch output, without its `\n` (an `id` field put
    ///   first by `--jsonl-in` is ignored).
    /// - Returns: The record, or nil when the line is not valid JSON for either case.
    public static func decode(_ line: [UInt8]) -> BatchRecord? {
        let data = Data(line)
        let decoder = JSONDecoder()
        if let probe = try? decoder.decode(Probe.self, from: data), probe.error != nil {
            return (try? decoder.decode(BatchFailure.self, from: data)).map(BatchRecord.failure)
        }
        return (try? decoder.decode(Document.self, from: data)).map(BatchRecord.document)
    }

    /// The content hash and path a line records, without decoding the whole document.
    ///
    /// `--resume` calls this for every line of a possibly large output, so it decodes only
    /// the `source` and `error` keys instead of the full document.
    ///
    /// - Parameter line: One line of a batch output, without its `\n`.
    /// - Returns: The input's SHA-256 and path (either may be null in an error record) and
    ///   whether the line is an error record; nil when the line has no `source` object.
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
///
/// A batch promises one record per input, so that output lines can be counted and joined
/// against the inputs; a failure therefore takes the place of the document instead of being
/// only logged. It carries the same `schemaVersion` and `source` keys as a ``Document``, so
/// consumers can key both kinds of line by `source.sha256` or `source.path` and tell them
/// apart by the `error` key. It conforms to `Error` so that the batch worker's file reader
/// can return it as the failure of a `Result`.
///
/// ```swift
/// let f = BatchFailure(source: .init(path: "missing.txt", sha256: nil, bytes: nil),
///                      code: BatchErrorCode.notFound, message: "no such file")
/// ```
public struct BatchFailure: Codable, Sendable, Equatable {
    /// The output schema version (``Document/currentSchemaVersion``), as on a document record.
    public var schemaVersion: String
    /// What is known of the input.
    public var source: Source
    /// Why the input has no document.
    public var error: ErrorInfo

    /// What is known of the input: at least its path (null for text given inline).
    public struct Source: Codable, Sendable, Equatable {
        /// The input's path as given, or null for text given inline in a `--jsonl-in` line.
        public var path: String?
        /// Lowercase hex SHA-256 of the input's bytes; null when they could not be read.
        public var sha256: String?
        /// The input's size in bytes; null when unknown (a file that could not be opened).
        public var bytes: Int?

        /// Creates the source part of an error record.
        ///
        /// - Parameters:
        ///   - path: The input's path, or nil for inline text.
        ///   - sha256: The content hash, or nil when the bytes were never read.
        ///   - bytes: The size in bytes, or nil when unknown.
        public init(path: String?, sha256: String?, bytes: Int?) {
            self.path = path
            self.sha256 = sha256
            self.bytes = bytes
        }

        enum CodingKeys: String, CodingKey { case path, sha256, bytes }

        /// Encodes all three keys, writing `null` for absent values so every record has the
        /// same shape (the synthesized encoder would leave them out).
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: Whatever the encoder throws.
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
        /// A stable code such as `not-found` or `invalid-bytes`.
        public var code: String
        /// One line saying what went wrong, for a person.
        public var message: String
        /// Creates the error part of a record.
        ///
        /// - Parameters:
        ///   - code: A ``BatchErrorCode`` or ``DocParseError/code`` value.
        ///   - message: One line for a person.
        public init(code: String, message: String) { self.code = code; self.message = message }
        enum CodingKeys: String, CodingKey { case code, message }
    }

    /// Creates an error record stamped with the current schema version.
    ///
    /// - Parameters:
    ///   - source: What is known of the input.
    ///   - code: A ``BatchErrorCode`` or ``DocParseError/code`` value.
    ///   - message: One line for a person.
    public init(source: Source, code: String, message: String) {
        self.schemaVersion = Document.currentSchemaVersion
        self.source = source
        self.error = ErrorInfo(code: code, message: message)
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, source, error }
}

/// Error codes of batch records beyond `DocParseError.code` (`empty-input`, `binary-input`,
/// `invalid-bytes`, `too-large`, …): file-system failures and bad filter-mode lines.
///
/// The codes are plain strings rather than an enum because they share the `error.code` field
/// with ``DocParseError/code`` and must stay stable in the JSON output; compare against
/// these constants instead of spelling the strings.
///
/// ```swift
/// if outcome.errorCode == BatchErrorCode.notFound { missing += 1 }
/// ```
public enum BatchErrorCode {
    /// The path does not exist.
    public static let notFound = "not-found"
    /// The path is a directory where a file was expected (e.g. named in a path list).
    public static let isDirectory = "is-directory"
    /// The file exists but cannot be read (permission, I/O error).
    public static let unreadable = "unreadable"
    /// A `--jsonl-in` line that is not a JSON object.
    public static let invalidJSON = "invalid-json"
    /// A `--jsonl-in` object with none of a string `text`, `base64` or `path`, or bad base64.
    public static let invalidRecord = "invalid-record"
    /// The record could not be encoded as JSON (should not happen; kept so no input is dropped).
    public static let encodingFailed = "encoding-failed"
}

/// Encodes records as single JSON lines (with the trailing `\n`).
///
/// Each line is produced whole so that the writer can emit it with one `write(2)`: a run
/// killed mid-way leaves at most one torn line, which ``ResumeScanner`` can detect and cut.
/// Encoding never fails outward: a record that cannot be encoded becomes an
/// `encoding-failed` error record, so no input is silently dropped.
///
/// ```swift
/// let line = BatchRecordEncoder.line(.document(doc))
/// FileHandle.standardOutput.write(Data(line))
/// ```
public enum BatchRecordEncoder {
    /// The record as one line. `id`, when given, is raw JSON put first at the top level
    /// (the `--jsonl-in` join key).
    ///
    /// - Parameters:
    ///   - record: The document or error record.
    ///   - id: Already-encoded JSON for the `id` key (any JSON value), or nil for no `id`.
    /// - Returns: UTF-8 JSON ending in `\n`: `id` first when given, then the record's keys sorted
    ///   as ``JSONOutput`` writes them.
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
