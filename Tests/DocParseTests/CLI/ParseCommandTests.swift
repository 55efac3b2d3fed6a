import Foundation
import Testing
@testable import DocParse

@Suite("parsecli parse on good and bad input", .serialized)
struct ParseCommandTests {
    @Test("A corpus file gives valid JSON with schemaVersion, source and metadata; exit 0")
    func goodFile() throws {
        let path = TestPaths.corpusFile("xingqing-basic-education-quality-plan-2021").path
        let r = try CLIRunner.run(["parse", path])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try JSONDecoder().decode(Document.self, from: Data(r.stdout.utf8))
        #expect(doc.schemaVersion == Document.currentSchemaVersion)
        #expect(doc.source.encoding == "UTF-8")
        #expect(doc.source.path == path)
        #expect(doc.metadata.indexNumber == "640104-102/2021-00145")
        // Nulls are written, not omitted: consumers see every contract field.
        #expect(r.stdout.contains("\"documentNumber\":null"))
    }

    @Test("Output is deterministic: two runs give byte-identical JSON")
    func deterministic() throws {
        let path = TestPaths.corpusFile("hanzhong-education-quality-plan-draft-2023-2025").path
        let a = try CLIRunner.run(["parse", path])
        let b = try CLIRunner.run(["parse", path])
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
    }

    @Test("Missing file: exit 66 and a message naming it")
    func missingFile() throws {
        let r = try CLIRunner.run(["parse", "/no/such/plan.txt"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("/no/such/plan.txt"))
        #expect(r.stderr.contains("no such file"))
        #expect(r.stdout.isEmpty)
    }

    @Test("A directory: exit 66 and a message")
    func directory() throws {
        let dir = try CLIRunner.tempDir()
        let r = try CLIRunner.run(["parse", dir.path])
        #expect(r.status == 66)
        #expect(r.stderr.contains("is a directory"))
    }

    @Test("An empty file: exit 65")
    func emptyFile() throws {
        let dir = try CLIRunner.tempDir()
        let f = dir.appendingPathComponent("empty.txt")
        try Data().write(to: f)
        let r = try CLIRunner.run(["parse", f.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("empty.txt: empty input"))
    }

    @Test("Random binary bytes: exit 65 with a message, never a crash")
    func binaryFile() throws {
        let dir = try CLIRunner.tempDir()
        var rng = SplitMix64(seed: 99)
        for k in 0..<5 {
            let f = dir.appendingPathComponent("blob\(k).bin")
            try Data((0..<4096).map { _ in UInt8(truncatingIfNeeded: rng.next()) }).write(to: f)
            let r = try CLIRunner.run(["parse", f.path])
            #expect(r.status == 65, "\(r.stderr)")
            #expect(r.stderr.contains("blob\(k).bin: "))
            #expect(r.stderr.contains("byte offset") || r.stderr.contains("encoding"))
        }
    }

    @Test("Invalid bytes: exit 65 naming the byte offset; --lenient parses with a diagnostic")
    func invalidBytes() throws {
        let dir = try CLIRunner.tempDir()
        let f = dir.appendingPathComponent("damaged.txt")
        let head = Array("一、总体要求。为贯彻落实国家规划,制定本计划。".utf8)
        try Data(head + [0xFF] + Array("二、保障措施".utf8)).write(to: f)
        let r = try CLIRunner.run(["parse", f.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("byte offset \(head.count)"))
        let l = try CLIRunner.run(["parse", "--lenient", f.path])
        #expect(l.status == 0)
        #expect(l.stdout.contains("decode.invalid-bytes-replaced"))
    }

    @Test("Several inputs: a bad one does not stop the others; the exit code is the worst")
    func batchOfInputs() throws {
        let good = TestPaths.corpusFile("zichuan-balanced-development-report-2022").path
        let r = try CLIRunner.run(["parse", good, "/no/such/file.txt", good])
        #expect(r.status == 66)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(r.stderr.contains("/no/such/file.txt"))
    }

    @Test("Standard input with -, a forced encoding, and -o writing a file")
    func stdinAndOutput() throws {
        let gb = try #require(TextEncoder.encode("兴庆区基础教育质量提升行动实施方案\n一、总体要求\n到2025年,全区学前教育普及率达到95%。\n", charset: "GB18030"))
        let r = try CLIRunner.run(["parse", "--encoding", "GBK", "-"], stdin: Data(gb))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"encoding\":\"GB18030\""))
        #expect(r.stdout.contains("兴庆区基础教育质量提升行动实施方案"))
        let dir = try CLIRunner.tempDir()
        let out = dir.appendingPathComponent("x.json")
        let w = try CLIRunner.run(["parse", "--pretty", "-o", out.path, TestPaths.corpusFile("zichuan-balanced-development-report-2022").path])
        #expect(w.status == 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("\n  \"metadata\""))
    }

    @Test("Usage errors exit 64; --help documents the exit codes")
    func usage() throws {
        let r = try CLIRunner.run(["parse"])
        #expect(r.status == 64)
        let h = try CLIRunner.run(["--help"])
        #expect(h.status == 0)
        for code in ["64", "65", "66", "74"] { #expect(h.stdout.contains("  \(code)  ")) }
        let ph = try CLIRunner.run(["parse", "--help"])
        #expect(ph.stdout.contains("--encoding"))
        #expect(ph.stdout.contains("--lenient"))
        #expect(ph.stdout.contains("Examples:"))
    }
}
