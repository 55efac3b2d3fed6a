import Testing
@testable import DocParse

@Suite("Outlines of the corpus documents")
struct CorpusOutlineTests {
    func parse(_ name: String) throws -> Document {
        try DocumentParser.parse(bytes: TestPaths.corpusBytes(name), options: ParseOptions(path: name))
    }

    @Test("reviewed golden outline of each corpus document", arguments: TestPaths.corpusNames)
    func golden(_ name: String) throws {
        let d = try parse(name)
        assertGolden(goldenJSON(DocumentOutlineProjection(d)), "outline/\(name).json")
    }

    @Test("Hanzhong: 28 tasks under 三's ten sections, (八) restored, 起草说明 kept apart with 三、 restored")
    func hanzhong() throws {
        let d = try parse("hanzhong-education-quality-plan-draft-2023-2025")
        #expect(d.tasks.count == 28)
        #expect(d.tasks.map(\.title.first) .count == 28)
        #expect(d.tasks.map { Int($0.path.split(separator: "/").last!)! } == Array(1...28))
        #expect(Set(d.tasks.map { $0.path.split(separator: "/")[0] }) == ["三"])
        let eight = d.outline[2].children[7]
        #expect(eight.marker == "(八)" && eight.repaired && eight.title == "实施教学质量改进提升工程")
        #expect(eight.children.map(\.ordinal) == [20, 21, 22])
        #expect(d.outline.map(\.marker) == ["一、", "二、", "三、", "四、"])
        #expect(d.appendices.count == 1)
        let appendix = d.appendices[0]
        #expect(appendix.outline.map(\.marker) == ["一、", "二、", "三、", "四、"])
        #expect(appendix.outline[2].repaired && appendix.outline[2].title == "文件起草过程")
        #expect(!d.outline[3].children.last!.text.contains("起草"))
    }

    @Test("District work points: disclaimer left out, heading split from item 5, item 13 joined")
    func district() throws {
        let d = try parse("district-education-work-points-2023")
        #expect(d.tasks.map(\.title.first).count == 18)
        #expect(d.outline.first?.marker == "一、")
        #expect(!d.allNodes.contains(where: { $0.text.contains("下载") }))
        #expect(d.outline[1].title == "坚持五育融合,全面落实立德树人根本任务")
        #expect(d.outline[1].children.first?.marker == "5." && d.outline[1].children.first?.title == "健全思想政治工作长效机制")
        let thirteen = d.outline[2].children[2]
        #expect(thirteen.ordinal == 13 && thirteen.text.contains("育人方式改革,落实"))
    }

    @Test("Xingqing: 20 tasks, 一是/二是 clauses, —— goal bullets, glossary 01.–07.")
    func xingqing() throws {
        let d = try parse("xingqing-basic-education-quality-plan-2021")
        #expect(d.tasks.count == 20)
        #expect(d.outline[0].bullets.count == 3)
        #expect(d.outline[1].children[0].children[0].clauses.map(\.marker) == ["一是", "二是", "三是", "四是"])
        #expect(d.glossary.map(\.term) == ["五项管理", "三个课堂", "青蓝计划", "卓越计划", "起航计划", "五唯", "五备"])
        #expect(!d.outline[2].children.last!.text.contains("兴庆区教育局"))
    }

    @Test("Rizhao: 一、/(一)/1. restarting in every section")
    func rizhao() throws {
        let d = try parse("rizhao-basic-education-plan-2023-2025")
        #expect(d.outline.map(\.marker) == ["一、", "二、", "三、"])
        #expect(d.outline[1].children.count == 9)
        #expect(d.outline[1].children.allSatisfy { $0.children.first?.ordinal == 1 })
        #expect(OutlineFixture.codes(d).isEmpty)
    }

    @Test("Zichuan: a report with 一、/(一)")
    func zichuan() throws {
        let d = try parse("zichuan-balanced-development-report-2022")
        #expect(d.outline.map(\.marker) == ["一、", "二、", "三、", "四、", "五、"])
        #expect(d.outline.map(\.children.count) == [0, 4, 3, 3, 3])
    }
}
