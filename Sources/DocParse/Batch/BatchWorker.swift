import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What to do with each batch input.
///
/// One value is shared by every worker thread of a run, so it holds only what is the same
/// for all inputs; the per-input path is filled in by ``BatchWorker``.
///
/// ```swift
/// let options = BatchOptions(parse: ParseOptions(maxBytes: 20 << 20), keepDocument: true)
/// let outcome = BatchWorker.process(.file("plans/a.txt"), options: options)
/// ```
public struct BatchOptions: Sendable {
    /// Encoding, leniency and `maxBytes` for every document (`path` is set per input).
    public var parse: ParseOptions
    /// Keep the parsed `Document` in the outcome (needed for CSV export), not only its JSON.
    public var keepDocument: Bool
    /// `--resume`: inputs already in the output (see `ResumeKey`); they are skipped.
    public var skip: Set<ResumeKey>

    /// Creates batch options.
    ///
    /// - Parameters:
    ///   - parse: Options applied to every input; its `path` is replaced per input.
    ///   - keepDocument: Whether outcomes keep the ``BatchRecord`` besides its JSON line.
    ///   - skip: Inputs to skip, from ``ResumeScan/done``.
    public init(parse: ParseOptions = ParseOptions(), keepDocument: Bool = false,
                skip: Set<ResumeKey> = []) {
        self.parse = parse
        self.keepDocument = keepDocument
        self.skip = skip
    }
}

/// One input of a batch: a file, or a `--jsonl-in` line.
///
/// Inputs are named rather than read up front so that reading happens on the worker
/// threads, in parallel, and a batch over many large files holds only the files in flight.
public enum BatchItem: Sendable {
    /// A file to read and parse, by path.
    case file(String)
    /// One line of a JSON Lines input (without its `\n`): an object with a string `text` to
    /// parse, a string `base64` holding a file's bytes (any format: a .docx, a PDF, a GBK page),
    /// or a string `path` to read, and an optional `id` copied to the output record.
    case jsonLine([UInt8])
}

/// The result of one input, ready to write.
///
/// The JSON line is built on the worker thread, so the single writer only has to write
/// bytes in order; the extra fields feed the run's summary (counts by error code, throughput).
public struct BatchOutcome: Sendable {
    /// The output line with its `\n`; nil when the input was skipped by `--resume`.
    public var line: [UInt8]?
    /// The record, when `keepDocument` asked for it.
    public var record: BatchRecord?
    /// The error code, nil for a parsed document.
    public var errorCode: String?
    /// Bytes of input read (for throughput).
    public var inputBytes: Int
    /// True when `--resume` found the input already done and nothing is to be written.
    public var skipped: Bool { line == nil }
}

/// Turns one input into its record. Stateless and safe to call from many threads.
///
/// The worker never throws and never drops an input: a file that is missing, unreadable,
/// too large or undecodable gives an error record (``BatchFailure``) in the document's
/// place. Files are read with POSIX calls so that an error message names the real cause, and
/// a file over ``ParseOptions/maxBytes`` is refused from its size without being read.
/// ``OrderedParallelMap`` runs it over many inputs:
///
/// ```swift
/// var inputs = BatchInputs.expand(["plans/"], include: ["*.txt"]).makeIterator()
/// OrderedParallelMap.run(jobs: 4, window: 16, next: { inputs.next().map(BatchItem.file) },
///                        work: { BatchWorker.process($0, options: BatchOptions()) },
///                        consume: { if let line = $0.line { FileHandle.standardOutput.write(Data(line)) } })
/// ```
public enum BatchWorker {
    /// Reads, parses and encodes one input.
    ///
    /// For a `--jsonl-in` line, inline `text` is parsed as UTF-8 (it arrived as JSON), a
    /// `path` is read like a file, and the line's `id` is written first in the record.
    /// A ``BatchItem/file(_:)`` input whose content hash and path are in ``BatchOptions/skip``
    /// gives a skipped outcome; `--jsonl-in` lines are never skipped.
    ///
    /// - Parameters:
    ///   - item: The input.
    ///   - options: Parse options and the resume set shared by the run.
    /// - Returns: The record's line, or a skipped outcome; never an error.
    public static func process(_ item: BatchItem, options: BatchOptions) -> BatchOutcome {
        switch item {
        case .file(let path): return processFile(path, options: options)
        case .jsonLine(let bytes): return processJSONLine(bytes, options: options)
        }
    }

    static func processFile(_ path: String, options: BatchOptions, id: [UInt8]? = nil) -> BatchOutcome {
        switch read(path, maxBytes: options.parse.maxBytes) {
        case .failure(let f):
            if id == nil, !options.skip.isEmpty, options.skip.contains(ResumeKey(sha256: nil, path: path)) {
                return BatchOutcome(line: nil, record: nil, errorCode: f.error.code, inputBytes: 0)
            }
            return outcome(.failure(f), id: id, keep: options.keepDocument, bytes: 0)
        case .success(let bytes):
            if id == nil, !options.skip.isEmpty,
               options.skip.contains(ResumeKey(sha256: DocumentParser.sha256Hex(bytes), path: path)) {
                return BatchOutcome(line: nil, record: nil, errorCode: nil, inputBytes: bytes.count)
            }
            var opts = options.parse
            opts.path = path
            return parse(bytes, options: opts, id: id, keep: options.keepDocument)
        }
    }

    static func processJSONLine(_ line: [UInt8], options: BatchOptions) -> BatchOutcome {
        let nullID = Array("null".utf8)
        let obj = (try? JSONSerialization.jsonObject(with: Data(line), options: [])) as? [String: Any]
        guard let obj else {
            let f = BatchFailure(source: .init(path: nil, sha256: nil, bytes: nil), code: BatchErrorCode.invalidJSON,
                                 message: "the input line is not a JSON object")
            return outcome(.failure(f), id: nullID, keep: options.keepDocument, bytes: line.count)
        }
        let idValue = obj["id"] ?? NSNull()
        let id = (try? JSONSerialization.data(withJSONObject: idValue, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes]))
            .map { [UInt8]($0) } ?? nullID
        if let text = obj["text"] as? String {
            var opts = options.parse
            opts.path = nil
            // The text arrived as JSON, so it is Unicode already: read its UTF-8 as such.
            opts.encoding = "UTF-8"
            return parse(Array(text.utf8), options: opts, id: id, keep: options.keepDocument)
        }
        if let encoded = obj["base64"] as? String {
            // A file's bytes (a .docx, a PDF, a GBK page) carried in JSON: read like a file.
            guard let data = Data(base64Encoded: encoded, options: [.ignoreUnknownCharacters]) else {
                let f = BatchFailure(source: .init(path: nil, sha256: nil, bytes: nil), code: BatchErrorCode.invalidRecord,
                                     message: "the \"base64\" field is not valid base64")
                return outcome(.failure(f), id: id, keep: options.keepDocument, bytes: line.count)
            }
            var opts = options.parse
            opts.path = nil
            return parse([UInt8](data), options: opts, id: id, keep: options.keepDocument)
        }
        if let path = obj["path"] as? String {
            return processFile(path, options: options, id: id)
        }
        let f = BatchFailure(source: .init(path: nil, sha256: nil, bytes: nil), code: BatchErrorCode.invalidRecord,
                             message: "the input object has none of a string \"text\", \"base64\" or \"path\"")
        return outcome(.failure(f), id: id, keep: options.keepDocument, bytes: line.count)
    }

    static func parse(_ bytes: [UInt8], options: ParseOptions, id: [UInt8]?, keep: Bool) -> BatchOutcome {
        do {
            let doc = try DocumentParser.parse(bytes: bytes, options: options)
            return outcome(.document(doc), id: id, keep: keep, bytes: bytes.count)
        } catch {
            let sha = DocumentParser.sha256Hex(bytes)
            let f = BatchFailure(source: .init(path: options.path, sha256: sha, bytes: bytes.count),
                                 code: error.code, message: error.message)
            return outcome(.failure(f), id: id, keep: keep, bytes: bytes.count)
        }
    }

    static func outcome(_ record: BatchRecord, id: [UInt8]?, keep: Bool, bytes: Int) -> BatchOutcome {
        var code: String? = nil
        if case .failure(let f) = record { code = f.error.code }
        return BatchOutcome(line: BatchRecordEncoder.line(record, id: id), record: keep ? record : nil,
                            errorCode: code, inputBytes: bytes)
    }

    /// Reads a whole file, or says why not as an error record. A file over `maxBytes` is
    /// refused from its size alone, without reading it. POSIX calls rather than Foundation,
    /// so the message names the real cause (errno) and permission is what `open` says, not
    /// a guess from mode bits.
    static func read(_ path: String, maxBytes: Int?) -> Result<[UInt8], BatchFailure> {
        func fail(_ code: String, _ message: String, bytes: Int? = nil) -> Result<[UInt8], BatchFailure> {
            .failure(BatchFailure(source: .init(path: path, sha256: nil, bytes: bytes), code: code, message: message))
        }
        func reason(_ err: Int32) -> String { String(cString: strerror(err)) }
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            let err = errno
            switch err {
            case ENOENT, ENOTDIR: return fail(BatchErrorCode.notFound, "no such file")
            case EISDIR: return fail(BatchErrorCode.isDirectory, "is a directory, not a file")
            case EACCES, EPERM: return fail(BatchErrorCode.unreadable, "permission denied")
            default: return fail(BatchErrorCode.unreadable, "cannot open: \(reason(err))")
            }
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return fail(BatchErrorCode.unreadable, "cannot stat: \(reason(errno))") }
        if (st.st_mode & S_IFMT) == S_IFDIR { return fail(BatchErrorCode.isDirectory, "is a directory, not a file") }
        let size = Int(st.st_size)
        if let maxBytes, size > maxBytes {
            let e = DocParseError.tooLarge(bytes: size, limit: maxBytes)
            return fail(e.code, e.message, bytes: size)
        }
        // st_size is a hint (0 for /proc files, stale if the file grows): read to EOF.
        var bytes = [UInt8](repeating: 0, count: max(size, 4096))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let n = bytes.withUnsafeMutableBytes { raw in
                systemRead(fd, raw.baseAddress! + count, raw.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return fail(BatchErrorCode.unreadable, "cannot read: \(reason(errno))")
            }
            if n == 0 { break }
            count += n
            if let maxBytes, count > maxBytes {
                let e = DocParseError.tooLarge(bytes: count, limit: maxBytes)
                return fail(e.code, e.message, bytes: count)
            }
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
