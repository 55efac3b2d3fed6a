import Foundation
import Testing
@testable import DocParse

@Suite("parsecli diff: aligning two drafts")
struct DiffTests {
    static let oldText = """
    一、优化路网结构
    1.推进国省干线公路改造提升。到2025年,二级以上公路比例达到85%。
    2.加快农村公路提档升级。
    3.建设综合客运枢纽体系。
    二、推进绿色交通
    1.推广新能源公交车辆。
    """
    static let newText = """
    一、优化路网结构
    1.实施智慧交通示范工程。
    2.推进国省干线公路改造提升。到2025年,二级以上公路比例达到90%。
    3.加快推进农村公路提档升级工作。
    二、推进绿色交通
    1.推广新能源公交车辆。
    2.建设综合客运枢纽体系。
    """

    func oldDoc() -> Document {
        var b = DocBuilder(Self.oldText)
        let t1 = b.node("1.", 1, "num-dot", "推进国省干线公路改造提升", depth: 2, lead: ["市交通运输局"], responsible: ["市财政局"])
        let t2 = b.node("2.", 2, "num-dot", "加快农村公路提档升级", depth: 2)
        let t3 = b.node("3.", 3, "num-dot", "建设综合客运枢纽体系", depth: 2)
        let s1 = b.node("一、", 1, "cn-comma", "优化路网结构", depth: 1, children: [t1, t2, t3])
        let u1 = b.node("1.", 1, "num-dot", "推广新能源公交车辆", depth: 2)
        let s2 = b.node("二、", 2, "cn-comma", "推进绿色交通", depth: 1, children: [u1])
        b.doc.outline = [s1, s2]
        b.deriveTasks()
        b.doc.targets = [b.target("二级以上公路比例达到85%", indicator: "二级以上公路比例", value: .number(85), unit: "%", comparator: "eq", nodeId: t1.id)]
        return b.doc
    }

    func newDoc() -> Document {
        var b = DocBuilder(Self.newText)
        b.doc.metadata.date = "2023-06-01"
        let t0 = b.node("1.", 1, "num-dot", "实施智慧交通示范工程", depth: 2)
        let t1 = b.node("2.", 2, "num-dot", "推进国省干线公路改造提升", depth: 2, lead: ["市交通运输局"], responsible: ["市发展改革委"])
        let t2 = b.node("3.", 3, "num-dot", "加快推进农村公路提档升级工作", depth: 2)
        let s1 = b.node("一、", 1, "cn-comma", "优化路网结构", depth: 1, children: [t0, t1, t2])
        let u1 = b.node("1.", 1, "num-dot", "推广新能源公交车辆", depth: 2)
        let u2 = b.node("2.", 2, "num-dot", "建设综合客运枢纽体系", depth: 2)
        let s2 = b.node("二、", 2, "cn-comma", "推进绿色交通", depth: 1, children: [u1, u2])
        b.doc.outline = [s1, s2]
        b.deriveTasks()
        b.doc.targets = [b.target("二级以上公路比例达到90%", indicator: "二级以上公路比例", value: .number(90), unit: "%", comparator: "eq", nodeId: t1.id)]
        return b.doc
    }

    @Test("Renumbered, moved, reworded and added tasks are told apart")
    func tasks() {
        let d = DiffEngine.diff(old: oldDoc(), new: newDoc())
        let summary = d.tasks.map { "\($0.change) \($0.oldPath ?? "-") → \($0.newPath ?? "-")" }
        #expect(summary.sorted() == [
            "added - → 一、/1.",
            "moved 一、/3. → 二、/2.",
            "renamed 一、/2. → 一、/3.",
            "renumbered 一、/1. → 一、/2.",
            "renumbered 一、/2. → 一、/3.",
        ].sorted())
        // The unchanged task under 二、 is not reported.
        #expect(!d.tasks.contains { $0.newTitle == "推广新能源公交车辆" })
    }

    @Test("A target's changed value, units added and removed, and metadata changes are reported")
    func targetsUnitsMetadata() {
        let d = DiffEngine.diff(old: oldDoc(), new: newDoc())
        #expect(d.targets.count == 1)
        #expect(d.targets.first?.change == "changed")
        #expect(d.targets.first?.fields == ["value"])
        #expect(d.targets.first?.old?.value == .number(85))
        #expect(d.targets.first?.new?.value == .number(90))
        #expect(d.units == [DraftDiff.UnitChange(path: "一、/2.", title: "推进国省干线公路改造提升", role: "responsible",
                                                 added: ["市发展改革委"], removed: ["市财政局"])])
        #expect(d.metadata == [DraftDiff.FieldChange(field: "date", old: "2023-05-01", new: "2023-06-01")])
        let text = DiffFormatter.text(d, old: "v1.txt", new: "v2.txt", lang: .en)
        #expect(text.contains("  ~ 二级以上公路比例: 85% → 90%, 2025 [一、/2.] (value)"))
        #expect(text.contains("    + 一、/1. 实施智慧交通示范工程"))
        #expect(text.contains("    → 建设综合客运枢纽体系 moved from 一、/3. to 二、/2."))
        #expect(text.contains("  date: 2023-05-01 → 2023-06-01"))
    }

    @Test("A document compared with itself has no differences")
    func identity() {
        let d = DiffEngine.diff(old: oldDoc(), new: oldDoc())
        #expect(d.isEmpty)
        #expect(DiffFormatter.text(d, old: "a", new: "a", lang: .en).contains("no differences"))
    }

    @Test("Bigram similarity: reworded titles score high, unrelated ones low")
    func similarity() {
        let a = BigramSet("加快农村公路提档升级"), b = BigramSet("加快推进农村公路提档升级工作"), c = BigramSet("推广新能源公交车辆")
        #expect(a.dice(b) > 0.6)
        #expect(a.dice(c) < 0.2)
    }
}

@Suite("parsecli report: the HTML page")
struct ReportTests {
    @Test("The page holds every section, escapes document text and loads nothing from outside")
    func structureAndEscaping() {
        let evil = "一、加强<script>alert(1)</script>管理\"><img src=x onerror=alert(2)>\n1.落实责任。到2025年覆盖率达到93%。"
        var b = DocBuilder(evil)
        let t = b.node("1.", 1, "num-dot", "落实责任", depth: 2, lead: ["市教育局"])
        b.doc.outline = [b.node("一、", 1, "cn-comma", "加强<script>alert(1)</script>管理\"><img src=x onerror=alert(2)>", depth: 1, children: [t])]
        b.deriveTasks()
        b.doc.targets = [b.target("覆盖率达到93%", indicator: "覆盖率", value: .number(93), unit: "%", nodeId: t.id)]
        b.doc.units = [UnitEntry(id: "u1", name: "市教育局", aliases: [], kind: .bureau,
                                 occurrences: [.init(nodeId: t.id, role: .lead, text: "市教育局", span: b.span("落实"))])]
        let parsed = ParsedDocument(document: b.doc, source: b.source)
        let html = ReportRenderer.html(parsed, findings: DraftChecker.check(parsed))
        for id in ["findings", "tasks", "targets", "units", "source"] { #expect(html.contains("id=\"\(id)\"")) }
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("<mark class=\"t\">覆盖率达到93%</mark>"))
        #expect(html.contains("href=\"#at-\(t.span.start)\""))
        #expect(html.contains("id=\"at-\(t.span.start)\""))
        #expect(html.contains("Noto Sans CJK SC"))
        #expect(html.contains("@media print"))
    }

    @Test("A report is generated for every corpus document and is well formed")
    func corpusReports() throws {
        for name in TestPaths.corpusNames {
            let parsed = try DocumentParser.parseWithSource(bytes: TestPaths.corpusBytes(name))
            let html = ReportRenderer.html(parsed, findings: DraftChecker.check(parsed))
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.hasSuffix("</html>\n"))
            // Every anchor target that is linked exists.
            for href in html.matches(of: /href="#(at-\d+)"/) {
                #expect(html.contains("id=\"\(href.1)\""), "\(name): dangling link #\(href.1)")
            }
            // Marks and sections balance.
            #expect(html.components(separatedBy: "<mark").count == html.components(separatedBy: "</mark>").count)
            #expect(html.components(separatedBy: "<section").count == 6)
            if let title = parsed.document.metadata.title { #expect(html.contains("<h1>\(title)")) }
        }
    }
}

@Suite("parsecli diff on a hand-revised corpus document")
struct RevisedDraftDiffTests {
    /// `Golden/diff/xingqing-v2.txt` is the Xingqing plan revised by hand: a new generation
    /// date and a new signature date (the document's date is the signature's); a task added as (一)/1 → everything after it renumbered; task 9 reworded; task 12
    /// moved to the end of (五); the 50% target raised to 55%; the 2025 target of 75% made
    /// 80% by 2024; 财政局 replaced by 卫健局 in task 7's responsible units.
    @Test("Every hand edit is reported, and nothing else")
    func revisedXingqing() throws {
        let v1 = try DocumentParser.parse(bytes: TestPaths.corpusBytes("xingqing-basic-education-quality-plan-2021"))
        let v2bytes = try [UInt8](Data(contentsOf: TestPaths.golden.appendingPathComponent("diff/xingqing-v2.txt")))
        let v2 = try DocumentParser.parse(bytes: v2bytes)
        let d = DiffEngine.diff(old: v1, new: v2)

        #expect(d.metadata == [DraftDiff.FieldChange(field: "date", old: "2021-09-01", new: "2021-10-08")])
        let added = d.tasks.filter { $0.change == "added" }
        #expect(added.map(\.newTitle) == ["加强学生心理健康教育"])
        #expect(added.first?.newPath == "二/(一)/2")
        #expect(d.tasks.filter { $0.change == "removed" }.isEmpty)
        let moved = d.tasks.filter { $0.change == "moved" }
        #expect(moved.map { "\($0.newTitle ?? "") \($0.oldPath ?? "") → \($0.newPath ?? "")" } == ["教育科研强化引领 二/(三)/12 → 二/(五)/21"])
        let renamed = d.tasks.filter { $0.change == "renamed" }
        #expect(renamed.map { "\($0.oldTitle ?? "") → \($0.newTitle ?? "")" } == ["加强教学管理 → 全面加强中小学教学常规管理"])
        // Tasks 1 (kept), 2–11 shift by one; 13–20 keep their numbers (one in, one out before them).
        #expect(d.tasks.filter { $0.change == "renumbered" }.count == 10)

        let changed = d.targets.filter { $0.change == "changed" }
        #expect(changed.count == 2)
        #expect(changed.contains { $0.old?.value == .number(50) && $0.new?.value == .number(55) && $0.fields == ["value"] })
        #expect(changed.contains { $0.old?.value == .number(75) && $0.new?.value == .number(80) && $0.old?.year == 2025 && $0.new?.year == 2024 })
        #expect(d.targets.filter { $0.change == "removed" }.isEmpty)
        // The new task brings its own two targets.
        #expect(d.targets.filter { $0.change == "added" }.allSatisfy { $0.path == "二/(一)/2" })

        #expect(d.units.map { "\($0.path) \($0.role) +\($0.added) -\($0.removed)" } == ["二/(二)/8 responsible +[\"卫健局\"] -[\"财政局\"]"])

        // The human-readable form, reviewed line by line against the edits above.
        let text = DiffFormatter.text(d, old: "v1", new: "v2", lang: .en)
        assertGolden(text, "diff/xingqing-v1-v2.expected.txt")
        // The same in Chinese, the default for staff: labels from the message catalogue.
        assertGolden(DiffFormatter.text(d, old: "v1", new: "v2", lang: .zh), "diff/xingqing-v1-v2.zh.expected.txt")
    }
}
