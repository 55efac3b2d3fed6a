import Foundation
import Testing
@testable import DocParse

@Suite("Batch worker: one record per input")
struct BatchWorkerTests {
    func write(_ bytes: [UInt8], _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func json(_ outcome: BatchOutcome) throws -> [String: Any] {
        let line = try #require(outcome.line)
        #expect(line.last == 0x0A)
        #expect(line.dropLast().firstIndex(of: 0x0A) == nil, "a record is one line")
        return try #require(try JSONSerialization.jsonObject(with: Data(line.dropLast())) as? [String: Any])
    }

    func errorCode(_ obj: [String: Any]) -> String? { (obj["error"] as? [String: Any])?["code"] as? String }

    @Test("a good file gives the parsed document with its path and hash")
    func goodFile() throws {
        let dir = try BatchFixtures.tempDir("worker")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write(Array(BatchFixtures.healthPlan.utf8), "health.txt", in: dir)
        let out = BatchWorker.process(.file(path), options: BatchOptions())
        let obj = try json(out)
        #expect(out.errorCode == nil)
        #expect(obj["error"] == nil)
        let source = try #require(obj["source"] as? [String: Any])
        #expect(source["path"] as? String == path)
        #expect(source["sha256"] as? String == DocumentParser.sha256Hex(Array(BatchFixtures.healthPlan.utf8)))
        #expect(obj["schemaVersion"] as? String == Document.currentSchemaVersion)
    }

    @Test("empty, binary, missing, directory and oversized inputs give error records with their codes")
    func errorCodes() throws {
        let dir = try BatchFixtures.tempDir("worker")
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = try write([], "empty.txt", in: dir)
        let binary = try write([0x41, 0x00, 0x01, 0x02, 0x42, 0, 0, 0, 0x0D], "data.txt", in: dir)
        let image = try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "image.txt", in: dir)
        let big = try write(Array(BatchFixtures.environmentPlan.utf8), "big.txt", in: dir)
        let cases: [(String, BatchOptions, String)] = [
            (empty, BatchOptions(), "empty-input"),
            (binary, BatchOptions(), "binary-input"),
            // Recognized by its bytes whatever its name, and refused as a format not read.
            (image, BatchOptions(), "unsupported-format-image"),
            (dir.appendingPathComponent("missing.txt").path, BatchOptions(), "not-found"),
            (dir.path, BatchOptions(), "is-directory"),
            (big, BatchOptions(parse: ParseOptions(maxBytes: 20)), "too-large"),
        ]
        for (path, options, code) in cases {
            let out = BatchWorker.process(.file(path), options: options)
            let obj = try json(out)
            #expect(out.errorCode == code, "\(path)")
            #expect(errorCode(obj) == code, "\(path)")
            let source = try #require(obj["source"] as? [String: Any])
            #expect(source["path"] as? String == path)
            #expect(((obj["error"] as? [String: Any])?["message"] as? String)?.isEmpty == false)
        }
        // A file the kernel refuses to read (reading /proc/self/mem at offset 0 fails with EIO,
        // even for root, who can read any file with mode 000).
        #if os(Linux)
        let out = BatchWorker.process(.file("/proc/self/mem"), options: BatchOptions())
        #expect(out.errorCode == "unreadable")
        #expect(errorCode(try json(out)) == "unreadable")
        #endif
        if getuid() != 0 {
            let locked = try write(Array("交通".utf8), "locked.txt", in: dir)
            chmod(locked, 0)
            #expect(BatchWorker.process(.file(locked), options: BatchOptions()).errorCode == "unreadable")
        }
        // The same environment plan under the limit parses.
        let ok = BatchWorker.process(.file(big), options: BatchOptions(parse: ParseOptions(maxBytes: 10_000)))
        #expect(ok.errorCode == nil)
    }

    @Test("a GB18030 file is decoded as such")
    func gb18030() throws {
        let dir = try BatchFixtures.tempDir("worker")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write(BatchFixtures.gb18030Plan, "gb.txt", in: dir)
        let out = BatchWorker.process(.file(path), options: BatchOptions(keepDocument: true))
        guard case .document(let doc)? = out.record else {
            Issue.record("expected a document, got \(String(decoding: out.line ?? [], as: UTF8.self))")
            return
        }
        #expect(doc.source.encoding == "GB18030")
        #expect(doc.metadata.title?.contains("农村公路养护") == true)
    }

    @Test("--resume skips inputs by content hash and path, and unreadable paths already reported")
    func skipping() throws {
        let dir = try BatchFixtures.tempDir("worker")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bytes = Array(BatchFixtures.healthPlan.utf8)
        let path = try write(bytes, "a.txt", in: dir)
        let missing = dir.appendingPathComponent("gone.txt").path
        let options = BatchOptions(skip: [ResumeKey(sha256: DocumentParser.sha256Hex(bytes), path: path),
                                          ResumeKey(sha256: nil, path: missing)])
        #expect(BatchWorker.process(.file(path), options: options).skipped)
        #expect(BatchWorker.process(.file(missing), options: options).skipped)
        // The same content under another name is another input: an uninterrupted run records both.
        let copy = try write(bytes, "copy-of-a.txt", in: dir)
        #expect(!BatchWorker.process(.file(copy), options: options).skipped)
        // A different file with other content is not skipped.
        let other = try write(Array(BatchFixtures.environmentPlan.utf8), "b.txt", in: dir)
        #expect(!BatchWorker.process(.file(other), options: options).skipped)
    }

    @Test("filter lines keep their id at the top level, whatever its JSON type")
    func filterIDs() throws {
        let text = BatchFixtures.environmentPlan
        let textJSON = String(decoding: try JSONSerialization.data(withJSONObject: text, options: .fragmentsAllowed), as: UTF8.self)
        let lines: [(String, Any?)] = [
            ("{\"id\": \"doc-7\", \"text\": \(textJSON)}", "doc-7"),
            ("{\"id\": 42, \"text\": \(textJSON)}", 42),
            ("{\"text\": \(textJSON)}", nil),
        ]
        for (line, id) in lines {
            let obj = try json(BatchWorker.process(.jsonLine(Array(line.utf8)), options: BatchOptions()))
            #expect(obj.keys.contains("id"))
            if let s = id as? String { #expect(obj["id"] as? String == s) }
            if let n = id as? Int { #expect(obj["id"] as? Int == n) }
            if id == nil { #expect(obj["id"] is NSNull) }
            #expect(obj["error"] == nil)
            #expect((obj["metadata"] as? [String: Any])?["title"] as? String == "区生态环境局2024年大气污染防治工作要点")
        }
    }

    @Test("bad filter lines give error records: invalid JSON with id null, missing text, empty text")
    func filterErrors() throws {
        let cases: [(String, String, Bool)] = [
            ("{\"id\": 1, \"text\": ", "invalid-json", true),
            ("[1, 2]", "invalid-json", true),
            ("", "invalid-json", true),
            ("{\"id\": \"x\", \"body\": \"交通\"}", "invalid-record", false),
            ("{\"id\": \"y\", \"text\": \"\"}", "empty-input", false),
            ("{\"id\": \"z\", \"path\": \"/nonexistent/plan.txt\"}", "not-found", false),
        ]
        for (line, code, nullID) in cases {
            let obj = try json(BatchWorker.process(.jsonLine(Array(line.utf8)), options: BatchOptions()))
            #expect(errorCode(obj) == code, "\(line)")
            #expect((obj["id"] is NSNull) == nullID, "\(line)")
        }
    }

    @Test("records read back: a document and an error record decode to what was written")
    func decodeRoundTrip() throws {
        let doc = BatchFixtures.transportDocument()
        let line = BatchRecordEncoder.line(.document(doc))
        #expect(BatchRecord.decode(Array(line.dropLast())) == .document(doc))
        let f = BatchFailure(source: .init(path: "x.txt", sha256: nil, bytes: nil), code: "not-found", message: "no such file")
        let fline = Array(BatchRecordEncoder.line(.failure(f)).dropLast())
        #expect(BatchRecord.decode(fline) == .failure(f))
        let key = try #require(BatchRecord.key(fline))
        #expect(key.sha256 == nil && key.path == "x.txt" && key.failed)
        #expect(BatchRecord.decode(Array("{\"source\": 3".utf8)) == nil)
    }
}
