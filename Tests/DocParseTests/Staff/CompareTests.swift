import Foundation
import Testing
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import DocParse

@Suite("修改对照表: character diff, comparison rows, page and Word file")
struct CompareTests {
    func spell(_ p: [TextDiff.Piece], _ keep: TextDiff.Piece.Op) -> String {
        p.filter { $0.op == .same || $0.op == keep }.map(\.text).joined()
    }

    @Test("the pieces spell both texts and mark only what changed")
    func pieces() {
        let p = TextDiff.pieces("全面提高教育质量，建设学校10所", "全面提升教育质量，新建学校12所")
        #expect(spell(p, .delete) == "全面提高教育质量，建设学校10所")
        #expect(spell(p, .insert) == "全面提升教育质量，新建学校12所")
        #expect(p.first == .init(op: .same, text: "全面提"))
        #expect(p.contains(.init(op: .same, text: "教育质量，")))
        #expect(p.contains(.init(op: .delete, text: "0")) && p.contains(.init(op: .insert, text: "2")))
        #expect(TextDiff.pieces("", "新增") == [.init(op: .insert, text: "新增")])
        #expect(TextDiff.pieces("同样", "同样") == [.init(op: .same, text: "同样")])
    }

    @Test("random edits: the pieces always spell the old and the new text")
    func randomEdits() {
        var g = SystemRandomNumberGenerator()
        let alphabet = Array("推进教育质量提升学校幼儿园123，。")
        for _ in 0..<300 {
            let a = String((0..<Int.random(in: 0...40, using: &g)).map { _ in alphabet.randomElement(using: &g)! })
            var b = Array(a)
            for _ in 0..<Int.random(in: 0...6, using: &g) {
                if !b.isEmpty, Bool.random(using: &g) { b.remove(at: Int.random(in: 0..<b.count, using: &g)) }
                else { b.insert(alphabet.randomElement(using: &g)!, at: Int.random(in: 0...b.count, using: &g)) }
            }
            let p = TextDiff.pieces(a, String(b))
            #expect(spell(p, .delete) == a && spell(p, .insert) == String(b))
        }
    }

    @Test("a long rewrite is one deletion and one insertion, quickly")
    func longRewrite() {
        let a = String(repeating: "甲乙", count: 30_000), b = String(repeating: "丙丁", count: 30_000)
        let p = TextDiff.pieces(a, b)
        #expect(p.count == 2 && p[0].op == .delete && p[1].op == .insert)
    }

    static let oldText = """
    一、重点任务
    1.推进城区学校建设。新建学校10所，牵头单位：市教育局。
    2.加强教师队伍建设。
    3.完善经费保障机制。
    """
    static let newText = """
    一、重点任务
    1.实施校园安全提升工程。
    2.推进城区学校建设。新建学校12所，牵头单位：市教育局。
    3.加强教师队伍建设。
    """

    /// The drafts' outlines, each item's text its whole line (as the parser gives it).
    func docs() -> (Document, Document) {
        func build(_ text: String, _ titles: [String]) -> Document {
            var d = DocBuilder(text)
            let lines = text.split(separator: "\n").map(String.init)
            var items: [OutlineNode] = []
            for (k, title) in titles.enumerated() {
                var n = d.node("\(k + 1).", k + 1, "num-dot", title, depth: 2)
                n.text = lines.first { $0.hasPrefix("\(k + 1).") } ?? title
                items.append(n)
            }
            d.doc.outline = [d.node("一、", 1, "cn-comma", "重点任务", depth: 1, children: items)]
            d.deriveTasks()
            return d.doc
        }
        return (build(Self.oldText, ["推进城区学校建设", "加强教师队伍建设", "完善经费保障机制"]),
                build(Self.newText, ["实施校园安全提升工程", "推进城区学校建设", "加强教师队伍建设"]))
    }

    @Test("rows: a reworded item with its changed figure, an added and a removed item; a renumbered one is not a row")
    func rows() {
        let (a, b) = docs()
        let c = DraftComparison(old: a, new: b)
        #expect(c.rows.map(\.change) == ["added", "changed", "removed"])
        let changed = c.rows[1]
        #expect(changed.oldPath == "一、/1." && changed.newPath == "一、/2.")
        #expect(changed.pieces.contains(.init(op: .delete, text: "0")) && changed.pieces.contains(.init(op: .insert, text: "2")))
        #expect(c.renumberedOnly == 1)   // 加强教师队伍建设: 2. → 3., same words
    }

    @Test("the page: 原稿 and 修改稿 columns, marks, escaped text, no script")
    func page() {
        var (a, b) = docs()
        b.metadata.title = "<script>x</script>方案"
        let html = CompareRenderer.html(DraftComparison(old: a, new: b), oldName: "v1<.txt", newName: "v2.txt")
        #expect(html.contains("修改对照表"))
        #expect(html.contains("<th>原稿 <span class=\"en\">earlier draft</span></th>"))
        #expect(html.contains("<del>0</del>") && html.contains("<ins>2</ins>"))
        #expect(html.contains("v1&lt;.txt"))
        #expect(!html.contains("<script"))
        let en = CompareRenderer.html(DraftComparison(old: a, new: b), oldName: "a", newName: "b", lang: .en)
        #expect(en.contains("<th>earlier draft <span class=\"en\">原稿</span></th>"))
    }

    @Test("the Word file is a ZIP of well-formed WordprocessingML holding the table")
    func docx() throws {
        let (a, b) = docs()
        let data = try CompareDocx.data(DraftComparison(old: a, new: b), oldName: "v1 & <old>.txt", newName: "v2.txt")
        let archive = try Archive(data: data, accessMode: .read)
        #expect(Set(archive.map(\.path)).isSuperset(of: ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"]))
        for entry in archive where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
            var xml = Data()
            _ = try archive.extract(entry) { xml.append($0) }
            #expect(XMLParser(data: xml).parse(), "\(entry.path) is not well-formed XML")
            if entry.path == "word/document.xml" {
                let s = String(decoding: xml, as: UTF8.self)
                #expect(s.contains("修改对照表") && s.contains("v1 &amp; &lt;old&gt;.txt"))
                #expect(s.contains("<w:strike/>") && s.contains("<w:u w:val=\"single\"/>"))
                #expect(s.contains("实施校园安全提升工程"))
            }
        }
        // The same comparison gives the same bytes (no clock in the file).
        #expect(try CompareDocx.data(DraftComparison(old: a, new: b), oldName: "v1 & <old>.txt", newName: "v2.txt") == data)
    }
}

@Suite("Report page: Chinese labels, one row per sentence")
struct ReportPageTests {
    @Test("a sentence with several figures is shown once in the task table, every figure marked")
    func sentenceOnce() throws {
        let text = "关于推进学校建设的实施方案\n一、主要任务\n1.扩大学位供给。到2025年新建学校10所、新增学位5000个、改造校舍3万平方米。牵头单位：市教育局\n"
        let parsed = DocumentParser.parseWithSource(text: text)
        let doc = parsed.document
        let inTask = doc.targets.filter { $0.nodeId == doc.tasks.first?.nodeId }
        try #require(inTask.count >= 2, "the fixture needs a sentence with several figures: \(doc.targets.map(\.text))")
        let html = ReportRenderer.html(parsed, findings: DraftChecker.check(parsed))
        let table = try #require(html.range(of: "<section id=\"tasks\">").map { String(html[$0.lowerBound...]) }?
            .components(separatedBy: "</section>").first)
        #expect(table.components(separatedBy: "扩大学位供给").count - 1 == 1)
        #expect(table.components(separatedBy: "新增学位").count - 1 == 1, "the sentence is repeated")
        #expect(table.components(separatedBy: "<mark class=\"t\">").count - 1 == inTask.count)
        #expect(html.contains("实施方案") && !html.contains(">implementationPlan<"))
        #expect(html.contains("牵头单位"))
    }
}
