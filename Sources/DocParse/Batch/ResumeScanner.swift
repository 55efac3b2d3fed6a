import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an existing batch output before `--resume` continues it.
///
/// A run killed with `kill -9` can leave at most one torn line at the end, because every
/// record is written whole with one `write(2)` of the full line. The scan collects the content
/// hash of every complete record (parsed or error) and notes a torn tail, which `repair`
/// cuts off so that appending starts on a line boundary.
public struct ResumeScan: Sendable, Equatable {
    /// Content hash and path of every complete record: the inputs `--resume` skips.
    public var done: Set<ResumeKey> = []
    /// Complete, valid records.
    public var records = 0
    /// Complete lines that are not records (left in place, counted, their inputs redone).
    public var invalidLines = 0
    /// Byte offset and length of an unterminated last line, if any.
    public var tornTail: (offset: Int, length: Int)? {
        get { tornLength > 0 ? (tornOffset, tornLength) : nil }
    }
    var tornOffset = 0
    var tornLength = 0
    /// Length of the file up to the end of its last complete line.
    public var validLength = 0

    /// An empty scan: nothing done, no torn tail (what a missing output file gives).
    public init() {}
}

/// What identifies an input already done: its content hash with the path it was read from.
///
/// The path is part of the key because corpora often hold the same document under several
/// names, and an uninterrupted run gives each of them a record; a resumed run must too. A file
/// that could not be read has no hash: its error record is keyed by path alone, and it is not
/// retried (if it has become readable since, it is parsed again and its record follows).
public struct ResumeKey: Hashable, Sendable {
    /// Lowercase hex SHA-256 of the input's bytes; nil when the file could not be read.
    public var sha256: String?
    /// The input's path as given to the batch; nil for text given inline.
    public var path: String?
    /// Creates a key.
    ///
    /// - Parameters:
    ///   - sha256: The content hash, as in `source.sha256` of a record.
    ///   - path: The path, as in `source.path` of a record.
    public init(sha256: String?, path: String?) { self.sha256 = sha256; self.path = path }
}

/// Reads an earlier batch output so that `--resume` can skip inputs it already holds and
/// append after its last complete line.
///
/// Resuming by content hash and path, rather than by line count, keeps a resumed run correct
/// when inputs were added, removed or reordered in between. The scan reads the output in
/// bounded memory (``LineReader``) and decodes only each record's `source` and `error` keys.
///
/// ```swift
/// let scan = try ResumeScanner.scan(path: "out/plans.jsonl")
/// try ResumeScanner.repair(path: "out/plans.jsonl", scan: scan)
/// let options = BatchOptions(skip: scan.done)
/// ```
public enum ResumeScanner {
    /// Scans `path`; a missing file is an empty scan. `onRecord` gets every valid record line
    /// (without `\n`) in file order, e.g. to rebuild CSV files.
    ///
    /// - Parameters:
    ///   - path: The batch output (JSON Lines) to read.
    ///   - onRecord: Called with each complete line that is a record, or nil.
    /// - Returns: The records found, the inputs they cover, and any torn tail.
    /// - Throws: A `CocoaError` when the file exists but cannot be opened.
    public static func scan(path: String, onRecord: (([UInt8]) -> Void)? = nil) throws -> ResumeScan {
        var result = ResumeScan()
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            if errno == ENOENT { return result }
            throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { close(fd) }
        let reader = LineReader(fileDescriptor: fd)
        while let line = reader.next() {
            guard line.terminated else {
                result.tornOffset = line.offset
                result.tornLength = line.bytes.count
                break
            }
            result.validLength = line.offset + line.bytes.count + 1
            guard let key = BatchRecord.key(line.bytes) else {
                // A blank line is harmless; anything else is a damaged record.
                if !line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { result.invalidLines += 1 }
                continue
            }
            result.records += 1
            result.done.insert(ResumeKey(sha256: key.sha256, path: key.path))
            onRecord?(line.bytes)
        }
        return result
    }

    /// Cuts a torn tail off `path` so new records start on a fresh line.
    ///
    /// Does nothing when `scan` found no torn tail. The torn record's input is not in
    /// ``ResumeScan/done``, so the resumed run parses it again.
    ///
    /// - Parameters:
    ///   - path: The batch output that was scanned.
    ///   - scan: The result of ``scan(path:onRecord:)`` for that file, taken just before.
    /// - Throws: A `CocoaError` when the file cannot be truncated.
    public static func repair(path: String, scan: ResumeScan) throws {
        guard scan.tornTail != nil else { return }
        if truncate(path, off_t(scan.validLength)) != 0 {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
    }
}
