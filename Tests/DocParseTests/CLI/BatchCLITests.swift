import Foundation
import Testing
@testable import DocParse

@Suite("parsecli batch end to end", .serialized)
struct BatchCLITests {
    func code(_ o: [String: Any]) -> String? { (o["error"] as? [String: Any])?["code"] as? String }
    func path(_ o: [String: Any]) -> String? { (o["source"] as? [String: Any])?["path"] as? String }
    func sha(_ o: [String: Any]) -> String? { (o["source"] as? [String: Any])?["sha256"] as? String }

    /// A folder of mixed inputs: good UTF-8 plans in several fields, an empty file, a binary
    /// file and a GB18030 plan, named so that path order interleaves good and bad.
    func mixedFolder() throws -> (URL, [(String, String?)]) {
        let dir = try BatchFixtures.tempDir("batch-cli")
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        var files: [(String, [UInt8], String?)] = [
            ("01-health.txt", Array(BatchFixtures.healthPlan.utf8), nil),
            ("02-empty.txt", [], "empty-input"),
            ("03-environment.txt", Array(BatchFixtures.environmentPlan.utf8), nil),
            ("04-binary.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0], "binary-input"),
            ("05-transport-gb18030.txt", BatchFixtures.gb18030Plan, nil),
        ]
        // More good files so that four jobs really run out of order.
        for i in 6...17 {
            files.append((String(format: "%02d-plan.txt", i), Array((BatchFixtures.healthPlan + String(repeating: "（\(i)）加强基层人才队伍建设。\n", count: i * 20)).utf8), nil))
        }
        // The same document under a second name (common in scraped corpora): two records.
        files.append(("18-health-copy.txt", Array(BatchFixtures.healthPlan.utf8), nil))
        for (name, bytes, _) in files { try Data(bytes).write(to: docs.appendingPathComponent(name)) }
        // Not included by the glob: must not produce a record.
        try Data("x".utf8).write(to: docs.appendingPathComponent("readme.md"))
        return (dir, files.map { (docs.path + "/" + $0.0, $0.2) })
    }

    @Test("a mixed folder gives one record per input, in order, with the right error codes (--jobs 4)")
    func mixedFolderRun() throws {
        let (dir, expected) = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("missing/plan.txt").path
        let out = dir.appendingPathComponent("out.jsonl").path
        let r = try BatchCLIRunner.run(["batch", dir.appendingPathComponent("docs").path, missing, "--include", "*.txt",
                                   "--jobs", "4", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        let objs = try BatchCLIRunner.objects(lines)
        let all = expected + [(missing, "not-found")]
        #expect(objs.count == all.count)
        for (o, (p, c)) in zip(objs, all) {
            #expect(path(o) == p)
            #expect(code(o) == c, "\(p)")
        }
        let gb = try #require(objs.first { path($0)?.hasSuffix("gb18030.txt") == true })
        #expect((gb["source"] as? [String: Any])?["encoding"] as? String == "GB18030")
        #expect(((gb["metadata"] as? [String: Any])?["title"] as? String)?.contains(BatchFixtures.gb18030PlanTitle) == true)
        // Not a terminal: one summary line, counting the three error records.
        #expect(r.stderr.contains("\(all.count) inputs"))
        #expect(r.stderr.contains("3 error records"))
        #expect(!r.stderr.contains("\r"))
    }

    @Test("paths listed on stdin are inputs in list order; a listed directory is an is-directory record")
    func stdinList() throws {
        let (dir, expected) = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = [expected[4].0, dir.path, expected[0].0].joined(separator: "\n") + "\n"
        let r = try BatchCLIRunner.run(["batch", "-", "--quiet"], stdin: Data(list.utf8))
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty, "--quiet")
        let objs = try BatchCLIRunner.objects(r.stdoutLines)
        #expect(objs.map(path) == [expected[4].0, dir.path, expected[0].0])
        #expect(objs.map(code) == [nil, "is-directory", nil])
    }

    @Test("resuming after a run cut mid-record gives the same records as an uninterrupted run")
    func resume() throws {
        let (dir, expected) = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docs = dir.appendingPathComponent("docs").path
        let missing = dir.appendingPathComponent("missing.txt").path
        let full = dir.appendingPathComponent("full.jsonl").path
        let r1 = try BatchCLIRunner.run(["batch", docs, missing, "--include", "*.txt", "--jobs", "2", "-o", full, "--quiet"])
        #expect(r1.status == 0)
        let fullBytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: full)))
        let fullLines = String(decoding: fullBytes, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(fullLines.count == expected.count + 1)

        // Simulate a kill: keep 7 whole records and half of the 8th.
        var cut = 0
        var newlines = 0
        for (i, b) in fullBytes.enumerated() where b == 0x0A {
            newlines += 1
            if newlines == 7 { cut = i + 1; break }
        }
        let nextEnd = fullBytes[cut...].firstIndex(of: 0x0A)!
        let partial = dir.appendingPathComponent("partial.jsonl").path
        try Data(fullBytes[0..<(cut + (nextEnd - cut) / 2)]).write(to: URL(fileURLWithPath: partial))

        let tables = dir.appendingPathComponent("tables")
        let r2 = try BatchCLIRunner.run(["batch", docs, missing, "--include", "*.txt", "--jobs", "4", "-o", partial, "--resume",
                                    "--csv", tables.path])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(r2.stderr.contains("torn last line"), "the repair is reported: \(r2.stderr)")
        #expect(r2.stderr.contains("7 already done"), "\(r2.stderr)")
        let resumed = String(decoding: try Data(contentsOf: URL(fileURLWithPath: partial)), as: UTF8.self)
        #expect(resumed.hasSuffix("\n"))
        let resumedLines = resumed.split(separator: "\n").map(String.init)
        #expect(resumedLines.count == fullLines.count, "no duplicates, nothing lost")
        #expect(Set(resumedLines) == Set(fullLines))

        // The CSV tables of a resumed run cover the records kept from the first run too.
        let csvRows = try CSVTestReader.parse(String(decoding: try Data(contentsOf: tables.appendingPathComponent("documents.csv")), as: UTF8.self))
        #expect(csvRows.count == fullLines.count + 1)
        #expect(Set(csvRows.dropFirst().map { $0[1] }) == Set(try BatchCLIRunner.objects(fullLines).compactMap(path)))

        // A second resume finds everything done and adds nothing.
        let r3 = try BatchCLIRunner.run(["batch", docs, missing, "--include", "*.txt", "-o", partial, "--resume"])
        #expect(r3.status == 0)
        #expect(r3.stderr.contains("\(fullLines.count) already done"), "\(r3.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: partial)) == Data(resumed.utf8))
    }

    @Test("a run killed with SIGKILL and resumed ends with the records of an uninterrupted run")
    func killAndResume() throws {
        let dir = try BatchFixtures.tempDir("batch-kill")
        defer { try? FileManager.default.removeItem(at: dir) }
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        // Enough work that the kill lands mid-run: 80 documents of a few kilobytes each.
        for i in 0..<80 {
            let body = BatchFixtures.healthPlan + String(repeating: "(\(i))推进医疗设备更新,提升基层诊疗能力。\n", count: 40 + i)
            try Data(body.utf8).write(to: docs.appendingPathComponent(String(format: "plan-%03d.txt", i)))
        }
        let full = dir.appendingPathComponent("full.jsonl").path
        #expect(try BatchCLIRunner.run(["batch", docs.path, "-o", full, "--quiet", "--jobs", "2"]).status == 0)

        let killed = dir.appendingPathComponent("killed.jsonl").path
        let p = Process()
        p.executableURL = TestPaths.parsecli
        p.arguments = ["batch", docs.path, "-o", killed, "--quiet", "--jobs", "2"]
        try p.run()
        // Kill as soon as a few records are out (or after 30 s, whatever happened by then).
        let deadline = Date().addingTimeInterval(30)
        while p.isRunning && Date() < deadline {
            let n = (try? Data(contentsOf: URL(fileURLWithPath: killed)))?.filter { $0 == 0x0A }.count ?? 0
            if n >= 5 { break }
            usleep(20_000)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()

        let r = try BatchCLIRunner.run(["batch", docs.path, "-o", killed, "--resume", "--jobs", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let a = String(decoding: try Data(contentsOf: URL(fileURLWithPath: full)), as: UTF8.self).split(separator: "\n")
        let b = String(decoding: try Data(contentsOf: URL(fileURLWithPath: killed)), as: UTF8.self).split(separator: "\n")
        #expect(b.count == 80)
        #expect(Set(a) == Set(b))
    }

    @Test("--max-bytes turns an oversized document into a too-large record")
    func maxBytes() throws {
        let (dir, expected) = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BatchCLIRunner.run(["batch", expected[0].0, expected[16].0, "--max-bytes", "2000", "--quiet"])
        let objs = try BatchCLIRunner.objects(r.stdoutLines)
        #expect(objs.map(code) == [nil, "too-large"])
        #expect(((objs[1]["error"] as? [String: Any])?["message"] as? String)?.contains("2000") == true)
    }

    @Test("--csv writes four tables whose rows parse back and match the records")
    func csvTables() throws {
        let (dir, expected) = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tables = dir.appendingPathComponent("tables")
        let r = try BatchCLIRunner.run(["batch", dir.appendingPathComponent("docs").path, "--include", "*.txt",
                                   "--csv", tables.path, "--csv-bom", "--quiet", "-o", dir.appendingPathComponent("o.jsonl").path])
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: tables.appendingPathComponent("documents.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = try CSVTestReader.parse(String(decoding: data, as: UTF8.self))
        #expect(rows.count == expected.count + 1)
        #expect(rows.dropFirst().map { $0[1] } == expected.map(\.0))
        let errorColumn = CSVExporter.documentColumns.firstIndex(of: "error_code")!
        #expect(rows.dropFirst().map { $0[errorColumn].isEmpty ? nil : $0[errorColumn] } == expected.map(\.1))
        for name in ["tasks.csv", "targets.csv", "units.csv"] {
            let t = try CSVTestReader.parse(String(decoding: try Data(contentsOf: tables.appendingPathComponent(name)), as: UTF8.self))
            #expect(t.count >= 1, "\(name) has its header")
        }
    }

    @Test("the --jsonl-in filter answers every line with its id, in order")
    func filterMode() throws {
        let dir = try BatchFixtures.tempDir("filter")
        defer { try? FileManager.default.removeItem(at: dir) }
        let gbPath = dir.appendingPathComponent("gb.txt")
        try Data(BatchFixtures.gb18030Plan).write(to: gbPath)
        func jsonString(_ s: String) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: s, options: .fragmentsAllowed), as: UTF8.self)
        }
        var input = ""
        input += "{\"id\": \"h1\", \"text\": \(try jsonString(BatchFixtures.healthPlan))}\n"
        input += "this is not json\n"
        input += "{\"id\": 2, \"path\": \(try jsonString(gbPath.path))}\n"
        input += "{\"id\": \"e3\", \"text\": \(try jsonString(BatchFixtures.environmentPlan))}\n"
        input += "{\"id\": \"missing\", \"path\": \"/nonexistent/plan.txt\"}\n"
        input += "{\"id\": [\"nested\", 1], \"text\": \"\"}"  // last line without newline
        let r = try BatchCLIRunner.run(["batch", "--jsonl-in", "--jobs", "3", "--quiet"], stdin: Data(input.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let objs = try BatchCLIRunner.objects(r.stdoutLines)
        #expect(objs.count == 6)
        guard objs.count == 6 else { return }
        #expect(objs[0]["id"] as? String == "h1" && code(objs[0]) == nil)
        #expect(objs[1]["id"] is NSNull && code(objs[1]) == "invalid-json")
        #expect(objs[2]["id"] as? Int == 2 && code(objs[2]) == nil)
        #expect((objs[2]["source"] as? [String: Any])?["encoding"] as? String == "GB18030")
        #expect(objs[3]["id"] as? String == "e3")
        #expect((objs[3]["metadata"] as? [String: Any])?["title"] as? String == "区生态环境局2024年大气污染防治工作要点")
        #expect(objs[4]["id"] as? String == "missing" && code(objs[4]) == "not-found")
        #expect((objs[5]["id"] as? [Any])?.count == 2 && code(objs[5]) == "empty-input")
    }

    @Test("the filter answers a line before the next one arrives (flushes per record)")
    func filterStreams() throws {
        let p = Process()
        p.executableURL = TestPaths.parsecli
        p.arguments = ["batch", "--jsonl-in", "--jobs", "2", "--quiet"]
        let inp = Pipe(), out = Pipe()
        p.standardInput = inp
        p.standardOutput = out
        try p.run()
        // If the filter waited for EOF this test would hang: stop it after a generous delay.
        final class ProcBox: @unchecked Sendable { let p: Process; init(_ p: Process) { self.p = p } }
        let box = ProcBox(p)
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) { if box.p.isRunning { box.p.terminate() } }
        inp.fileHandleForWriting.write(Data("{\"id\": \"first\", \"text\": \"交通运输局工作要点\\n一、目标\\n\"}\n".utf8))
        // Read the first answer while stdin is still open: it must not wait for EOF.
        var got = Data()
        while !got.contains(0x0A) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            got.append(chunk)
        }
        try inp.fileHandleForWriting.close()
        p.waitUntilExit()
        let first = try JSONSerialization.jsonObject(with: got.prefix(while: { $0 != 0x0A })) as? [String: Any]
        #expect(first?["id"] as? String == "first")
    }

    @Test("usage errors: no inputs, --resume without -o, inputs with --jsonl-in")
    func usage() throws {
        #expect(try BatchCLIRunner.run(["batch"]).status == 64)
        #expect(try BatchCLIRunner.run(["batch", "x.txt", "--resume"]).status == 64)
        #expect(try BatchCLIRunner.run(["batch", "--jsonl-in", "x.txt"]).status == 64)
    }
}
