import Foundation
import Testing
@testable import DocParse

@Suite("parsecli rough edges a new user meets", .serialized)
struct RoughEdgeTests {
    static let draft = "关于推进学校建设的实施方案\n一、主要任务\n1.扩大学位供给。到2025年新建学校10所。牵头单位：市教育局\n"

    func write(_ text: String, _ name: String) throws -> URL {
        let f = try CLIRunner.tempDir().appendingPathComponent(name)
        try Data(text.utf8).write(to: f)
        return f
    }

    @Test("-o into a missing folder: report and diff name the folder and exit 74, writing nothing")
    func missingFolder() throws {
        let f = try write(Self.draft, "d.txt")
        let dir = try CLIRunner.tempDir()
        let missing = dir.appendingPathComponent("no-such-folder")
        for args in [["report", f.path, "-o", missing.appendingPathComponent("r.html").path],
                     ["diff", "--format", "html", "-o", missing.appendingPathComponent("c.html").path, f.path, f.path],
                     ["parse", f.path, "-o", missing.appendingPathComponent("x.json").path]] {
            let r = try CLIRunner.run(args)
            #expect(r.status == 74, "\(args[0]): \(r.stderr)")
            #expect(r.stderr.contains("the folder \(missing.path) does not exist"), "\(args[0]): \(r.stderr)")
            #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("permission"))
        }
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test("-o naming a folder for several inputs creates it, missing parents included")
    func directoryOutputCreated() throws {
        let f = try write(Self.draft, "a.txt"), g = try write(Self.draft, "b.txt")
        let out = try CLIRunner.tempDir().appendingPathComponent("new/deeper")
        let r = try CLIRunner.run(["parse", f.path, g.path, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("a.json").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("b.json").path))
        // One input and -o naming an existing folder: the file goes into it.
        let one = try CLIRunner.run(["parse", f.path, "-o", out.path])
        #expect(one.status == 0, "\(one.stderr)")
    }

    @Test("--max-bytes refuses a large file by its size, before reading it")
    func maxBytesBeforeReading() throws {
        // A sparse 3 GB file: reading it would take seconds and gigabytes; its size is known at once.
        let big = try CLIRunner.tempDir().appendingPathComponent("big.txt")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let h = try FileHandle(forWritingTo: big)
        try h.truncate(atOffset: 3_000_000_000)
        try h.close()
        defer { try? FileManager.default.removeItem(at: big) }
        let started = Date()
        for cmd in ["parse", "check", "report"] {
            let r = try CLIRunner.run([cmd, "--max-bytes", "1000000", big.path])
            #expect(r.status == 65, "\(cmd): \(r.stderr)")
            #expect(r.stderr.contains("\(big.path): input of 3000000000 bytes is larger than the limit of 1000000 bytes (--max-bytes)"), "\(cmd): \(r.stderr)")
        }
        #expect(Date().timeIntervalSince(started) < 20)
        // Standard input is cut off once past the limit.
        let s = try CLIRunner.run(["parse", "--max-bytes", "10", "-"], stdin: Data(Self.draft.utf8))
        #expect(s.status == 65 && s.stderr.contains("larger than the limit of 10 bytes"))
    }

    @Test("--encoding with a name ICU does not know is a usage error (64), before reading")
    func unknownEncoding() throws {
        let f = try write(Self.draft, "d.txt")
        for cmd in ["parse", "check", "report", "quantities"] {
            let r = try CLIRunner.run([cmd, "--encoding", "FOO", f.path])
            #expect(r.status == 64, "\(cmd): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("unknown encoding 'FOO'"), "\(cmd): \(r.stderr)")
        }
        #expect(try CLIRunner.run(["parse", "--encoding", "gbk", f.path]).status != 64)   // a known name (any case) is no usage error
    }

    @Test("a mistyped command is a usage error and parses nothing; a file name still goes to parse")
    func unknownCommand() throws {
        let dir = try CLIRunner.tempDir()
        let f = dir.appendingPathComponent("plan.txt")
        try Data(Self.draft.utf8).write(to: f)
        let r = try CLIRunner.run(["prase", f.path])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("unknown command 'prase'; did you mean 'parse'?"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(try CLIRunner.run(["chekc"]).status == 64)
        // `parsecli FILE` (parse is the default command) and a file named like a word still parse.
        #expect(try CLIRunner.run([f.path]).status == 0)
        let word = dir.appendingPathComponent("notes")
        try Data(Self.draft.utf8).write(to: word)
        #expect(try CLIRunner.run(["notes"], cwd: dir).status == 0)
    }

    @Test("help examples are whole lines at 80 columns (copy-pasteable), and the top-level help has examples")
    func helpExamples() throws {
        for cmd in [[], ["parse"], ["batch"], ["check"], ["diff"], ["report"], ["quantities"], ["tokens"], ["lines"]] {
            let wide = try CLIRunner.run(cmd + ["--help"], env: ["COLUMNS": "400"])
            let narrow = try CLIRunner.run(cmd + ["--help"], env: ["COLUMNS": "80"])
            let examples = wide.stdout.split(separator: "\n").map(String.init).filter {
                $0.hasPrefix("  ") && ($0.contains("parsecli ") || $0.hasPrefix("    --"))
            }
            #expect(!examples.isEmpty, "\(cmd) --help has no examples")
            let lines = Set(narrow.stdout.split(separator: "\n").map(String.init))
            for e in examples { #expect(lines.contains(e), "\(cmd): '\(e)' is wrapped at 80 columns") }
        }
        #expect(try CLIRunner.run(["--help"]).stdout.contains("Examples:"))
    }

    @Test("check speaks Chinese without --lang in a C locale, English with --lang en or an English locale; JSON keeps codes")
    func language() throws {
        let f = try write("一、总体要求\n内容。\n二、主要任务\n内容。\n二、保障措施\n内容。\n", "dup.txt")
        let zh = try CLIRunner.run(["check", f.path], env: ["LC_ALL": "C", "LANG": "C"])
        #expect(zh.stdout.contains(":5:1: 错误: 编号 2（「二、」）连续用了两次 [numbering.duplicate]"), "\(zh.stdout)")
        #expect(zh.stdout.contains("共 1 个文件："))
        let en = try CLIRunner.run(["check", "--lang", "en", f.path])
        #expect(en.stdout.contains(":5:1: error: number 2 is used twice in a row ('二、') [numbering.duplicate]"), "\(en.stdout)")
        let locale = try CLIRunner.run(["check", f.path], env: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"])
        #expect(locale.stdout.contains("error: number 2"))
        let json = try CLIRunner.run(["check", "--format", "json", "--lang", "zh", f.path])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        let first = try #require((parsed?.first?["findings"] as? [[String: Any]])?.first { $0["code"] as? String == "numbering.duplicate" })
        #expect(first["severity"] as? String == "error")
        #expect((first["message"] as? String)?.hasPrefix("编号 2") == true)
        #expect((first["args"] as? [String: String])?["marker"] == "二、")
    }

    @Test("diff --format html and docx write the 修改对照表; docx needs -o")
    func compareFormats() throws {
        let a = try write("关于推进学校建设的实施方案\n一、主要任务\n1.扩大学位供给。新建学校10所。\n2.加强师资。\n", "v1.txt")
        let b = try write("关于推进学校建设的实施方案\n一、主要任务\n1.扩大学位供给。新建学校12所。\n2.加强师资。\n3.改善办学条件。\n", "v2.txt")
        let dir = try CLIRunner.tempDir()
        let html = dir.appendingPathComponent("c.html"), docx = dir.appendingPathComponent("c.docx")
        #expect(try CLIRunner.run(["diff", "--format", "html", "-o", html.path, a.path, b.path]).status == 0)
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("修改对照表") && page.contains("<ins>2</ins>") && page.contains("改善办学条件"))
        let r = try CLIRunner.run(["diff", "--format", "docx", "-o", docx.path, a.path, b.path])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: docx)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(try CLIRunner.run(["diff", "--format", "docx", a.path, b.path]).status == 64)
    }
}
