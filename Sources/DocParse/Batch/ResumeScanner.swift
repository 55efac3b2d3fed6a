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
    /// `source.sha256` of every complete record.
    public var hashes: Set<String> = []
    /// Paths of error records without a hash (the file could not be read).
    public var unreadablePaths: Set<String> = []
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

    public init() {}
}

public enum ResumeScanner {
    /// Scans `path`; a missing file is an empty scan. `onRecord` gets every valid record line
    /// (without `\n`) in file order, e.g. to rebuild CSV files.
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
            if let sha = key.sha256 {
                result.hashes.insert(sha)
            } else if key.failed, let p = key.path {
                result.unreadablePaths.insert(p)
            }
            onRecord?(line.bytes)
        }
        return result
    }

    /// Cuts a torn tail off `path` so new records start on a fresh line.
    public static func repair(path: String, scan: ResumeScan) throws {
        guard scan.tornTail != nil else { return }
        if truncate(path, off_t(scan.validLength)) != 0 {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
    }
}
