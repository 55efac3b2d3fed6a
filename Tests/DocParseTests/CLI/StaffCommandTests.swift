import Foundation
import Testing
@testable import DocParse

@Suite("parsecli check, diff and report commands", .serialized)
struct StaffCommandTests {
    func write(_ text: String, _ name: String) throws -> URL {
        let f = try CLIRunner.tempDir().appendingPathComponent(name)
        try Data(text.utf8).write(to: f)
        return f
    }

    @Test("check: findings in compiler format and a summary; exit 0 with only warnings, 1 with --strict")
    func checkWarnings() throws {
        let path = TestPaths.corpusFile("district-education-work-points-2023").path
        let r = try CLIRunner.run(["check", "--lang", "en", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\(path):12:30: warning: "))
        #expect(r.stdout.contains("[text.round-trip-damage]"))
        #expect(r.stdout.contains(" warnings, ") && r.stdout.contains(" in 1 file\n"))
        let strict = try CLIRunner.run(["check", "--strict", "--lang", "en", path])
        #expect(strict.status == 1)
    }

    @Test("check: an error-level finding exits 1; --format json lists findings per file")
    func checkErrors() throws {
        // Two numbering errors a parser of any skill sees: a repeated and a backwards section number.
        let f = try write("关于推进某项工作的实施方案\n一、总体要求\n内容。\n二、主要任务\n内容。\n二、保障措施\n内容。\n一、附则\n内容。\n", "dup.txt")
        let r = try CLIRunner.run(["check", "--format", "json", f.path])
        #expect(r.status == 1, "\(r.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.first?["file"] as? String == f.path)
        let findings = (parsed?.first?["findings"] as? [[String: Any]]) ?? []
        let errors = findings.filter { $0["severity"] as? String == "error" }.compactMap { $0["code"] as? String }
        #expect(errors == ["numbering.duplicate", "numbering.out-of-order"])
        let text = try CLIRunner.run(["check", "--lang", "en", f.path])
        #expect(text.status == 1)
        #expect(text.stdout.contains("\(f.path):6:1: error: number 2 is used twice in a row ('二、') [numbering.duplicate]\n    二、保障措施\n    ^~~~\n"))
    }

    @Test("check on a missing file exits 66")
    func checkMissing() throws {
        let r = try CLIRunner.run(["check", "/no/such/draft.txt"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("/no/such/draft.txt"))
    }

    @Test("diff: metadata changes in text and JSON; identical drafts say so")
    func diff() throws {
        let a = try write("某县交通运输局\n标题: 某县农村公路建设三年行动计划(2023—2025年)\n发布日期: 2023-03-01\n一、总体要求\n推进农村公路建设。\n", "a.txt")
        let b = try write("某县交通运输局\n标题: 某县农村公路建设三年行动计划(2023—2026年)\n发布日期: 2023-04-01\n一、总体要求\n推进农村公路建设。\n", "b.txt")
        let r = try CLIRunner.run(["diff", "--lang", "en", a.path, b.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  date: 2023-03-01 → 2023-04-01"))
        #expect(r.stdout.contains("  period: 2023–2025 → 2023–2026"))
        let j = try CLIRunner.run(["diff", "--format", "json", a.path, b.path])
        let d = try JSONDecoder().decode(DraftDiff.self, from: Data(j.stdout.utf8))
        #expect(d.metadata.map(\.field).contains("date"))
        let same = try CLIRunner.run(["diff", "--lang", "en", a.path, a.path])
        #expect(same.stdout.contains("no differences"))
    }

    @Test("report -o writes a self-contained HTML page")
    func report() throws {
        let out = try CLIRunner.tempDir().appendingPathComponent("r.html")
        let r = try CLIRunner.run(["report", TestPaths.corpusFile("xingqing-basic-education-quality-plan-2021").path, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("<h1>兴庆区基础教育质量提升行动实施方案"))
        #expect(!html.contains("<script"))
    }
}
