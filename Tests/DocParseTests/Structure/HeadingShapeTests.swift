import Testing
@testable import DocParse

/// Titles shaped as their siblings are: an item run into its body after two siblings that end
/// alike, and a lead-in before a colon and a list.
@Suite("Titles shaped like their siblings")
struct HeadingShapeTests {
    static func titles(_ text: String) -> [String] {
        var out: [String] = []
        func walk(_ ns: [OutlineNode]) { for n in ns { out.append(n.title); walk(n.children) } }
        walk(DocumentParser.parse(text: text).outline)
        return out
    }

    @Test("After two project headings ending alike, a third run into its body is cut after the shared ending, its note kept")
    func sharedEnding() {
        let titles = Self.titles("""
            一、交通设施类
            1.城东客运站改造工程
            建设内容包括站房改造和停车场扩建。
            2.滨河大道拓宽改造工程(重点工程)
            拓宽道路二点五公里，同步改造雨污管网。
            3、北环路延伸段改造工程(重点工程)起于北环路与纬五路交叉口,向东延伸至高铁站，全长三公里。
            """)
        #expect(titles.last == "北环路延伸段改造工程(重点工程)")
    }

    @Test("One short sibling is not enough: an article repeating its neighbour's noun keeps its first sentence")
    func oneSiblingIsNotEnough() {
        let titles = Self.titles("""
            第五条 本办法所称人才公寓由政府统一筹集
            第六条 人才公寓的租金标准由住房部门会同财政部门确定并向社会公布,每年调整一次。
            """)
        #expect(titles.last == "人才公寓的租金标准由住房部门会同财政部门确定并向社会公布,每年调整一次")
    }

    @Test("A lead-in, a colon and a list separated by semicolons: the lead-in is the title")
    func leadInBeforeList() {
        let titles = Self.titles("""
            一、推广的经验做法
            (一)社会治理方面3项:网格化管理全覆盖;矛盾纠纷多元化解;基层议事协商制度。
            (二)公共服务方面2项。
            """)
        #expect(titles[1] == "社会治理方面3项")
        #expect(titles[2] == "公共服务方面2项")
    }

    @Test("A colon without a list after it leaves the first sentence whole")
    func colonWithoutList() {
        let titles = Self.titles("""
            一、工作目标
            (一)总体目标:到2026年全面建成覆盖城乡的公共文化服务体系。
            """)
        #expect(titles[1] == "总体目标:到2026年全面建成覆盖城乡的公共文化服务体系")
    }
}
