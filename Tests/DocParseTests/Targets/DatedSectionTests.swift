import Testing
@testable import DocParse

/// A heading that names one year and says whether its section looks back on that year or
/// lists its work decides what the bare figures under it are.
@Suite("Dated sections: a year's review and a year's tasks")
struct DatedSectionTests {
    static let report = """
    一、2030年工作回顾
    过去一年，全市城市更新扎实推进。改造老旧厂房18个，修缮城墙遗址6处。
    二、2031年重点任务
    （一）改善人居环境。疏浚河道 45 公里，新开工安置房 3000 套、交付 1800 套。
    三、加强政府自身建设
    人民群众评议窗口单位120个。
    """

    @Test("The tense of a heading needs one year and a review or task word")
    func tense() {
        #expect(DatedSections.tense("一、2030年工作回顾") == .review)
        #expect(DatedSections.tense("二、2031 年主要任务") == .task)
        #expect(DatedSections.tense("三、加强政府自身建设") == nil)
        #expect(DatedSections.tense("2030年至2032年重点任务") == nil)
        #expect(DatedSections.tense("2031年总体要求") == nil)
    }

    @Test("Bare figures under a review heading are that year's achievements, under a task heading that year's targets")
    func figures() throws {
        let doc = DocumentParser.parse(text: Self.report)
        let byValue = Dictionary(uniqueKeysWithValues: doc.targets.map { ($0.text.isEmpty ? "" : "\($0.value)|\($0.unit ?? "")", $0) })
        let works = try #require(byValue["\(TargetValue.number(18))|个"])
        #expect(works.kind == .achievement && works.year == 2030)
        let sites = try #require(byValue["\(TargetValue.number(6))|处"])
        #expect(sites.kind == .achievement && sites.year == 2030)
        let river = try #require(byValue["\(TargetValue.number(45))|公里"])
        #expect(river.kind == .target && river.year == 2031)
        let handed = try #require(byValue["\(TargetValue.number(1800))|套"])
        #expect(handed.kind == .target && handed.year == 2031)
        // The last section names no year: its bare figure stays what it was, no target.
        #expect(byValue["\(TargetValue.number(120))|个"] == nil)
    }
}
