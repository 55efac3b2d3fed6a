import Foundation
import Testing
@testable import DocParse

@Suite("HTML ordered lists numbered as a browser draws them")
struct HTMLListNumberingTests {
    func lines(_ html: String) throws -> [String] {
        let x = try HTMLReader.read(Array(html.utf8), options: ParseOptions())
        return DocumentParser.string(x.scalars).split(separator: "\n").map(String.init)
    }

    @Test("start, li value, type and reversed give the numbers a reader sees")
    func attributes() throws {
        let l = try lines("""
            <p>工作安排</p><ol start="4"><li>修订制度。</li><li value="9">开展检查。</li><li>总结评估。</li></ol>
            <ol type="A"><li>甲</li><li>乙</li></ol><ol type="i" reversed><li>丙</li><li>丁</li><li>戊</li></ol>
            """)
        #expect(l == ["工作安排", "4.修订制度。", "9.开展检查。", "10.总结评估。", "A.甲", "B.乙", "iii.丙", "ii.丁", "i.戊"])
    }

    @Test("A Chinese list style draws 一、; a nested list numbers on its own; bullets draw no number")
    func stylesAndNesting() throws {
        let l = try lines("""
            <ol style="color:red; list-style-type: cjk-ideographic"><li>目标<ol><li>扩容</li><li>提质</li></ol></li><li>措施</li></ol>
            <ul><li>附注</li></ul><ol style="list-style:none"><li>无号</li></ol>
            """)
        #expect(l == ["一、目标", "1.扩容", "2.提质", "二、措施", "附注", "无号"])
    }

    @Test("An item that opens with its own marker keeps it, and is not numbered twice")
    func noDoubleMarker() throws {
        let l = try lines("<ol><li>一、总体要求</li><li> （二）主要任务</li><li>１．落实责任</li><li><b>2.</b>加强督导</li><li>2025年完成</li></ol>")
        #expect(l == ["一、总体要求", "（二）主要任务", "１．落实责任", "2.加强督导", "5.2025年完成"])
    }

    @Test("Numbered items become outline items")
    func outline() throws {
        let doc = try DocumentParser.parse(bytes: Array("<h1>某区工作方案</h1><ol style='list-style-type:cjk-ideographic'><li>总体要求</li><li>重点任务</li></ol><ol><li>建设学校。</li><li>培训教师。</li></ol>".utf8))
        #expect(doc.outline.map(\.marker) == ["一、", "二、"])
        #expect(doc.outline[1].children.map(\.marker) == ["1.", "2."])
    }
}
