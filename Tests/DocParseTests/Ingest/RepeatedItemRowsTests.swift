import Foundation
import Testing
@testable import DocParse

/// Task tables that give one numbered item several rows (one per measure) and write the
/// item's cells again on every sub-row: read as one item whose numbered measures are its
/// children, with each figure of the item's cells counted once.
@Suite("Sub-rows of a numbered table item")
struct RepeatedItemRowsTests {
    typealias F = OfficeFixtures

    static let header: [String?] = ["序号", "工作板块", "目标任务", "牵头部门", "配合部门", "完成时间", "推进举措"]
    static let itemA: [String?] = ["1", "民生保障", "扩大养老服务供给，全年新增床位500张。提升服务质量。", "民政处", "财务处", "11月底"]
    static let itemB: [String?] = ["2", "基础设施", "完成道路改造工程。", "建设处", "", "9月底"]

    static func sheet() -> [[String?]] {
        [["某单位年度工作任务清单"], header,
         itemA + ["1.制定床位建设计划；"], itemA + ["2.按季度检查进度，通报滞后项目；"], itemA + ["3.年底前组织验收。"],
         itemB + ["1.完成设计招标；"], itemB + ["2.督促施工单位按期完工。"]]
    }

    @Test("A sheet's sub-rows: the item cells are kept once, the measures stay in their column")
    func sheetSubRowsFold() throws {
        let x = try XlsxReader.read(try F.xlsx(rows: Self.sheet()))
        let lines = DocumentParser.string(x.scalars).split(separator: "\n").map(String.init)
        #expect(lines.count == 7)
        #expect(lines[2].hasPrefix("1\t民生保障\t扩大养老服务供给"))
        #expect(lines[3] == "\t\t\t\t\t\t2.按季度检查进度，通报滞后项目；")
        #expect(lines[5].hasPrefix("2\t基础设施"))
        #expect(lines[6] == "\t\t\t\t\t\t2.督促施工单位按期完工。")
    }

    @Test("Each numbered item is one outline item titled by its task's first sentence, its measures its children")
    func outlineOfSubRows() throws {
        let doc = try DocumentParser.parse(bytes: try F.xlsx(rows: Self.sheet()))
        #expect(doc.outline.map(\.marker) == ["1", "2"])
        let a = doc.outline[0]
        #expect(a.title == "扩大养老服务供给，全年新增床位500张")
        #expect(a.lead == ["民政处"])
        #expect(a.children.map(\.ordinal) == [1, 2, 3])
        #expect(a.children.allSatisfy { $0.depth == a.depth + 1 })
        #expect(a.children[1].title.hasPrefix("按季度检查进度"))
        #expect(doc.outline[1].children.map(\.ordinal) == [1, 2])
        // The figure of the item's cell is one target, however many sub-rows the item has.
        #expect(doc.targets.filter { $0.value == .number(500) }.count == 1)
        #expect(doc.targets.first { $0.value == .number(500) }?.nodeId == a.id)
    }

    @Test("A Word table with the same sub-rows reads the same")
    func wordTableSubRows() throws {
        let rows = Self.sheet().dropFirst().map { $0.map { $0 ?? "" } }
        let doc = try DocumentParser.parse(bytes: try F.docx(body: F.p("某单位年度工作任务清单") + F.table(Array(rows))))
        #expect(doc.outline.map(\.marker) == ["1", "2"])
        #expect(doc.outline[0].children.count == 3)
        #expect(doc.outline[1].children.count == 2)
    }

    @Test("Plain text with sub-rows (number cell empty) gives the same items: the shape is the table layer's")
    func plainTextSubRows() throws {
        let text = "年度任务表\n序号\t目标任务\t牵头部门\t完成时间\t推进举措\n"
            + "1\t建成社区食堂10个。\t民政处\t12月底\t1.选定场地；\n\t\t\t\t2.完成装修。\n"
            + "2\t开展培训。\t人事处\t6月底\t1.制定方案。\n"
        let doc = try DocumentParser.parse(text: text)
        #expect(doc.outline.map(\.marker) == ["1", "2"])
        #expect(doc.outline[0].children.count == 2)
        #expect(doc.outline[0].children.last?.title == "完成装修")
        #expect(doc.outline[1].children.count == 1)
        #expect(doc.outline[0].lead == ["民政处"])
    }

    @Test("A measure number run straight into a year (`2.2026年…`) is still the measure's marker; a decimal figure is not")
    func markerBeforeYear() throws {
        let text = "年度任务表\n序号\t目标任务\t牵头部门\t推进举措\n"
            + "1\t培育企业。\t发展处\t1.摸排现状；\n\t\t\t2.2026年新增培育企业2家。\n\t\t\t3.5万元以内的项目简化审批。\n"
        let doc = try DocumentParser.parse(text: text)
        let children = try #require(doc.outline.first?.children)
        #expect(children.map(\.ordinal) == [1, 2])
        #expect(children[1].title == "2026年新增培育企业2家")
    }

    @Test("Measures written as lines of one cell are one child each; a number out of sequence stays text")
    func measuresInOneCell() throws {
        let rows: [[String?]] = [["序号", "目标任务", "牵头部门", "推进举措"],
                                 ["1", "完善制度。", "办公室", "1.梳理现行制度；\n2.修订3项办法；\n4.组织培训。"]]
        let doc = try DocumentParser.parse(bytes: try F.xlsx(rows: rows))
        let children = try #require(doc.outline.first?.children)
        #expect(children.map(\.ordinal) == [1, 2])
        #expect(children[1].title.hasPrefix("修订3项办法"))
        #expect(children[1].text.contains("4.组织培训"))
    }

    @Test("Only a repeated row number with repeated cells folds; other rows pass unchanged")
    func foldRule() {
        func cells(_ s: [String]) -> [[Unicode.Scalar]] { s.map { Array($0.unicodeScalars) } }
        var f = RepeatedItemCells()
        #expect(f.fold(cells(["3", "任务甲", "处一", "1.甲"])) == cells(["3", "任务甲", "处一", "1.甲"]))
        #expect(f.fold(cells(["3", "任务甲", "处一", "2.乙"])) == cells(["", "", "", "2.乙"]))
        // A different number opens the next item.
        #expect(f.fold(cells(["4", "任务丙", "处一", "1.丙"])) == cells(["4", "任务丙", "处一", "1.丙"]))
        // The same number with nothing else repeated is no sub-row (a numbering slip).
        #expect(f.fold(cells(["4", "任务丁", "处二", "1.丁"])) == cells(["4", "任务丁", "处二", "1.丁"]))
        // A first cell that is no row number (a year, text) closes the item.
        #expect(f.fold(cells(["2024", "任务丁", "处二"])) == cells(["2024", "任务丁", "处二"]))
        #expect(f.fold(cells(["4", "任务丁", "处二", "2.戊"])) == cells(["4", "任务丁", "处二", "2.戊"]))
        #expect(RepeatedItemCells.rowNumber(Array(" 12、".unicodeScalars)) == 12)
        #expect(RepeatedItemCells.rowNumber(Array("1234".unicodeScalars)) == nil)
        #expect(RepeatedItemCells.rowNumber(Array("1.5".unicodeScalars)) == nil)
    }
}
