import Foundation
import ZIPFoundation

/// A DOCX or XLSX package: a zip archive read in memory with ZIPFoundation.
///
/// Entries are read whole (they are XML parts of a few megabytes at most) with a limit on
/// their unpacked size, so a zip bomb is refused instead of filling memory.
struct ZipPackage {
    /// Largest unpacked part read: far above any real document.xml or sheet.
    static let maxPartBytes = 256 << 20

    private let archive: Archive
    let paths: [String]

    /// Opens the archive; nil when the bytes are no readable zip (truncated, damaged).
    ///
    /// Why through a temporary file: ZIPFoundation 0.9.20's in-memory archive traps on a
    /// damaged zip whose directory points past the end of the data (its memory stream reads a
    /// negative length; found by the fuzzer), while its file-backed archive reads such offsets
    /// as the end of the file. The file is removed as soon as the archive holds it open.
    init?(bytes: [UInt8]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docparse-\(UUID().uuidString).zip")
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else { return nil }
        defer { try? FileManager.default.removeItem(at: url) }
        guard let a = try? Archive(url: url, accessMode: .read) else { return nil }
        archive = a
        var p: [String] = []
        for e in a { p.append(e.path) }
        paths = p
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of one part, or nil when the package has no such part.
    /// - Throws: ``DocParseError/damaged(_:detail:)`` when the part cannot be unpacked.
    func read(_ path: String, format: InputFormat) throws(DocParseError) -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        if entry.uncompressedSize > UInt64(Self.maxPartBytes) {
            throw .damaged(format, detail: "part \(path) unpacks to \(entry.uncompressedSize) bytes, more than the limit of \(Self.maxPartBytes)")
        }
        var out: [UInt8] = []
        out.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if out.count + chunk.count > Self.maxPartBytes { throw CocoaError(.fileReadTooLarge) }
                out.append(contentsOf: chunk)
            }
        } catch {
            throw .damaged(format, detail: "part \(path) cannot be unpacked (\(error)); the file may be truncated — save it again from Word or Excel")
        }
        return out
    }
}
