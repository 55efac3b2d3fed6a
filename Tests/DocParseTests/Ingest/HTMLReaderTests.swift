import Foundation
import Testing
@testable import DocParse

@Suite("HTML pages and fragments read as text")
struct HTMLReaderTests {
    func text(_ html: String) throws -> String {
        try text(Array(html.utf8))
    }

    func text(_ bytes: [UInt8]) throws -> String {
        let x = try HTMLReader.read(bytes, options: ParseOptions())
        return DocumentParser.string(x.scalars)
    }

    @Test("A one-line CMS page: menu, script, style, comments and footer dropped; each <p> a line; entities decoded")
    func oneLinePage() throws {
        let page = "<!DOCTYPE html><html><head><title>方案 - 门户</title><script>var s = \"<p>一、假</p>\";</script>"
            + "<style>p{margin:0}</style></head><body><nav><a href=\"/\">首页</a> &gt; 政策</nav><!-- 注释 -->"
            + "<div class=\"content\"><p>某区推进学校建设实施方案</p><p>&nbsp;&nbsp;一、总体目标</p>"
            + "<p>到2026年，覆盖率达到95%&amp;以上。</p><p style=\"display:none\">隐藏的段落</p>"
            + "<p hidden>另一段隐藏</p><p>（一）完善&lt;布局&gt;。</p></div><footer>主办单位：某区政府</footer></body></html>"
        let t = try text(page)
        #expect(t == "某区推进学校建设实施方案\n  一、总体目标\n到2026年，覆盖率达到95%&以上。\n（一）完善<布局>。")
    }

    @Test("<br> breaks lines; a line break in the markup between Han characters is no blank; blanks collapse")
    func breaks() throws {
        #expect(try text("<div>一、总体要求<br>（一）加强\n  领导。<br/>（二）完善   机制。</div>") == "一、总体要求\n（一）加强领导。\n（二）完善 机制。")
    }

    @Test("A table with a header and filled rows becomes tab-separated rows; a one-cell row stands alone")
    func table() throws {
        let html = "<p>附件</p><table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>"
            + "<tr><td colspan=\"4\">一、学校建设</td></tr>"
            + "<tr><td>1</td><td><p>新建学校</p><p>3所</p></td><td>教育局</td><td>2025年底</td></tr>"
            + "<tr><td>2</td><td>改扩建学校</td><td></td><td>2026年</td></tr></table>"
        let t = try text(html)
        #expect(t == "附件\n序号\t重点任务\t牵头单位\t完成时限\n一、学校建设\n1\t新建学校 3所\t教育局\t2025年底\n2\t改扩建学校\t\t2026年")
        let doc = try DocumentParser.parse(bytes: Array(html.utf8))
        #expect(doc.source.format == .html)
        // Text in memory is text: markup in it stays as written.
        #expect(DocumentParser.parse(text: html).source.format == .text)
    }

    @Test("A layout table (a table inside a cell) is laid out as blocks, not one row")
    func layoutTable() throws {
        let html = "<table><tr><td>左栏</td><td><table><tr><td>标题</td></tr></table><p>正文第一段</p></td></tr></table>"
        #expect(try text(html) == "左栏\n标题\n正文第一段")
    }

    @Test("A GBK page with a meta charset is decoded as GBK, and spans index the extracted text")
    func gbkPage() throws {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
            + "<body><p>一、总体目标</p><p>到2025年，普及率达到90%。</p></body></html>"
        let bytes = try #require(TextEncoder.encode(html, charset: "GB18030"))
        let parsed = try DocumentParser.parseWithSource(bytes: bytes, options: ParseOptions(includeText: true))
        #expect(parsed.document.source.format == .html)
        #expect(parsed.document.source.encoding == "GB18030")
        let text = try #require(parsed.document.source.text)
        #expect(text == "一、总体目标\n到2025年，普及率达到90%。")
        let target = try #require(parsed.document.targets.first)
        let cut = String(String.UnicodeScalarView(Array(text.unicodeScalars)[target.span.start..<target.span.end]))
        #expect(cut.contains("90"))
    }

    @Test("Unclosed and misnested tags are recovered, never a crash; a page of furniture only is an error")
    func badMarkup() throws {
        #expect(try text("<p>一、总体目标<p>（一）加强<b>领导。<div>二、任务</p></b>") == "一、总体目标\n（一）加强领导。\n二、任务")
        #expect(throws: DocParseError.self) { try text("<html><head><script>x()</script></head><body><nav>首页</nav></body></html>") }
    }

    @Test("Deep nesting stays linear and within the stack")
    func deepNesting() throws {
        let html = String(repeating: "<div>", count: 20_000) + "一、总体目标" + String(repeating: "</div>", count: 20_000)
        #expect(try text(html) == "一、总体目标")
    }

    @Test("Cells merged down (rowspan) stand once; the rows below keep their cells under their headers")
    func rowspan() throws {
        let html = """
            <table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td><td>推进举措</td></tr>
            <tr><td rowspan="2">1</td><td rowspan="2">修缮校舍。</td><td rowspan="3">区教育局</td><td rowspan="2">6月底</td><td>1.排查隐患；</td></tr>
            <tr><td>2.分批施工。</td></tr>
            <tr><td>2</td><td>更新设备。</td><td>9月底</td><td>1.招标采购。</td></tr></table>
            """
        #expect(try text(html) == "序号\t工作任务\t牵头单位\t完成时限\t推进举措\n1\t修缮校舍。\t区教育局\t6月底\t1.排查隐患；\n\t\t\t\t2.分批施工。\n2\t更新设备。\t\t9月底\t1.招标采购。")
        let doc = try DocumentParser.parse(bytes: Array(("<p>某区年度任务表</p>" + html).utf8))
        #expect(doc.outline.map(\.marker) == ["1", "2"])
        #expect(doc.outline[0].children.map(\.ordinal) == [1, 2])
        #expect(doc.outline[0].lead == ["区教育局"])
        // A merged unit cell is not carried down into the next item.
        #expect(doc.outline[1].lead.isEmpty)
    }
}
