import Foundation
import Testing
@testable import DocParse

@Suite("Resume scanner")
struct ResumeScannerTests {
    func records() -> [[UInt8]] {
        let a = DocumentParser.parse(text: BatchFixtures.healthPlan, path: "health.txt")
        let b = BatchFailure(source: .init(path: "gone.txt", sha256: nil, bytes: nil), code: "not-found", message: "no such file")
        let c = BatchFailure(source: .init(path: "blank.txt", sha256: String(repeating: "0", count: 64), bytes: 0),
                             code: "empty-input", message: "empty")
        return [BatchRecordEncoder.line(.document(a)), BatchRecordEncoder.line(.failure(b)), BatchRecordEncoder.line(.failure(c))]
    }

    @Test("a clean file gives every hash and no torn tail")
    func clean() throws {
        let dir = try BatchFixtures.tempDir("resume")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.jsonl").path
        let lines = records()
        try Data(lines.joined()).write(to: URL(fileURLWithPath: path))
        var seen = 0
        let scan = try ResumeScanner.scan(path: path) { _ in seen += 1 }
        #expect(scan.records == 3 && seen == 3)
        #expect(scan.tornTail == nil)
        #expect(scan.done == [
            ResumeKey(sha256: DocumentParser.sha256Hex(Array(BatchFixtures.healthPlan.utf8)), path: "health.txt"),
            ResumeKey(sha256: nil, path: "gone.txt"),
            ResumeKey(sha256: String(repeating: "0", count: 64), path: "blank.txt"),
        ])
        #expect(scan.validLength == lines.joined().count)
    }

    @Test("a torn last record is found and cut off, the rest kept")
    func tornTail() throws {
        let dir = try BatchFixtures.tempDir("resume")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.jsonl").path
        let lines = records()
        let whole = Array(lines[0...1].joined())
        try Data(whole + lines[2].prefix(lines[2].count / 2)).write(to: URL(fileURLWithPath: path))
        let scan = try ResumeScanner.scan(path: path)
        #expect(scan.records == 2)
        let torn = try #require(scan.tornTail)
        #expect(torn.offset == whole.count)
        #expect(torn.length == lines[2].count / 2)
        try ResumeScanner.repair(path: path, scan: scan)
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) == whole)
    }

    @Test("a missing output is an empty scan; a damaged middle line is counted, not fatal")
    func missingAndDamaged() throws {
        let dir = try BatchFixtures.tempDir("resume")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.jsonl").path
        #expect(try ResumeScanner.scan(path: path) == ResumeScan())
        let lines = records()
        try Data(lines[0] + Array("{\"sour\n".utf8) + lines[1]).write(to: URL(fileURLWithPath: path))
        let scan = try ResumeScanner.scan(path: path)
        #expect(scan.records == 2)
        #expect(scan.invalidLines == 1)
        #expect(scan.tornTail == nil)
    }

    @Test("lines longer than the read chunk are read whole")
    func longLines() throws {
        let dir = try BatchFixtures.tempDir("resume")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("lines.txt").path
        let long = [UInt8](repeating: 0x61, count: 100)
        try Data(long + [0x0A] + [0x62, 0x0A] + [0x63]).write(to: URL(fileURLWithPath: path))
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let reader = LineReader(fileDescriptor: fd, chunkSize: 16)
        let l1 = try #require(reader.next())
        #expect(l1.bytes == long && l1.terminated && l1.offset == 0)
        let l2 = try #require(reader.next())
        #expect(l2.bytes == [0x62] && l2.offset == 101)
        let l3 = try #require(reader.next())
        #expect(l3.bytes == [0x63] && !l3.terminated && l3.offset == 103)
        #expect(reader.next() == nil)
    }
}
