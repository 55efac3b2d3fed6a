import Testing
@testable import DocParse

@Suite("Targets: opening and retiring verbs, 突破 as a lower bound, size classes, modal words in indicators")
struct TargetVerbComparatorTests {
    @Test("开通, 淘汰, 关停 state something to reach without a comparator or a year")
    func verbs() {
        let a = targets("开通城乡客运班线12条。")
        #expect(a.count == 1)
        #expect(a.first?.comparator == .eq)
        // As with `新增学位`, the verb before the noun stays in the indicator.
        #expect(a.first?.indicator == "开通城乡客运班线")
        let b = targets("淘汰老旧农机具800台。")
        #expect(b.first?.indicator == "淘汰老旧农机具")
        let c = targets("关停不达标砖瓦窑6家。")
        #expect(c.count == 1)
        // A figure with no such verb and no other signal is still not a target.
        #expect(targets("全市有客运班线12条。").isEmpty)
    }

    @Test("突破 before a figure is a lower bound (gte), and it is not part of the indicator")
    func breakthrough() {
        let a = targets("到2026年,全市新能源汽车保有量突破8万辆。")
        #expect(a.first?.comparator == .gte)
        #expect(a.first?.indicator == "全市新能源汽车保有量")
        #expect(a.first?.year == 2026)
        let b = targets("数字经济核心产业营收突破500亿元。")
        #expect(b.first?.comparator == .gte)
        #expect(b.first?.indicator == "数字经济核心产业营收")
        let c = targets("新建充电桩300个,累计突破2000个。")
        #expect(c.count == 2)
        #expect(c.last?.comparator == .gte)
    }

    @Test("A figure whose 以上/以下 runs into a noun counted later in the clause is a size class")
    func sizeClasses() {
        let a = targets("淘汰20蒸吨及以下燃煤锅炉65台。")
        #expect(a.count == 1)
        #expect(a.first?.value == .number(65))
        let b = targets("改造3万吨以上大型粮库9座。")
        #expect(b.map(\.value) == [.number(9)])
        // Not a size class: the bound ends its clause, or nothing is counted after it.
        let c = targets("粮食产量稳定在60万吨以上,新建高标准农田5万亩。")
        #expect(c.count == 2)
        let d = targets("培训新型职业农民3000人以上。")
        #expect(d.first?.comparator == .gte)
    }

    @Test("Modal and aspect words opening an indicator are not part of it")
    func modalWords() {
        #expect(targets("原则上每班学生不超过45人。").first?.indicator == "每班学生")
        #expect(targets("仅中心城区新增停车泊位2000个。").first?.indicator.map { !$0.hasPrefix("仅") } == true)
        #expect(targets("到2025年,累计建成美丽乡村示范村120个。").first?.indicator == "建成美丽乡村示范村")
        #expect(targets("保持耕地保有量不低于300万亩。").first?.indicator == "耕地保有量")
        // A word that merely starts with the same characters stays: 保持率 is the indicator.
        #expect(targets("学生体质健康优良率保持在60%以上。").first?.indicator == "学生体质健康优良率")
    }
}

@Suite("Indicator boundaries: outline markers, trailing modal words, a comparison base alone")
struct IndicatorBoundaryTests {
    @Test("An outline marker opening the line is not part of the indicator")
    func markers() {
        #expect(targets("2.新建村级综合服务站45个。").first?.indicator == "新建村级综合服务站")
        #expect(targets("(三)农村自来水普及率达到98%。").first?.indicator == "农村自来水普及率")
        #expect(targets("③林草覆盖率不低于62%。").first?.indicator == "林草覆盖率")
        #expect(targets("第九条 每个项目补助原则上不超过50万元。").first?.indicator == "每个项目补助")
        #expect(targets("  4、改造农村危房1200户。").first?.indicator == "改造农村危房")
        // Inside a line a figure with a dot is no marker: the indicator keeps its words.
        #expect(targets("PM2.5浓度下降到30微克/立方米。").first?.indicator == "PM2.5浓度")
    }

    @Test("保持 and 仅 linking an indicator to its figure are not part of it")
    func trailingModal() {
        #expect(targets("农村饮用水水质达标率保持100%。").first?.indicator == "农村饮用水水质达标率")
        #expect(targets("企业研发投入强度仅为1.1%。", report: true).first?.indicator == "企业研发投入强度")
        #expect(targets("新能源公交占比力争达到90%。").first?.indicator == "新能源公交占比")
    }

    @Test("A comparison base alone is no indicator: the measure named earlier in the sentence is")
    func baselineOnly() {
        let a = targets("到2025年,农产品加工转化率达到72%,较上年提高2个百分点。")
        #expect(a.count == 2)
        #expect(a.last?.indicator == "农产品加工转化率")
        let b = targets("同比增长6%。")
        #expect(b.first?.indicator == nil)
        let c = targets("林业产值比2020年增长20%。")
        #expect(c.first?.indicator != nil)
        #expect(c.first?.indicator?.hasPrefix("林业产值") == true)
        // A new sentence does not inherit: the base stays unnamed.
        let d = targets("绿色食品认证数达到300个。较上年增长8%。")
        #expect(d.last?.indicator == nil)
    }
}

@Suite("Deadline carry: a deadline heading a paragraph or a : list covers the block")
struct DeadlineCarryTests {
    @Test("Later sentences of the paragraph take the head's year; a sentence with its own year does not")
    func paragraph() {
        let a = targets("到2027年,全县森林覆盖率达到45%。新建苗圃3个,累计投入造林资金2亿元。")
        #expect(a.map(\.year) == [2027, 2027, 2027])
        // 累计 under a deadline is a target to reach, not an achievement.
        #expect(a.last?.kind == .target)
        let b = targets("到2027年,新建苗圃3个。2024年已完成造林1万亩。新建林道20公里。")
        // The achievement carries its own sentence's year; the paragraph's deadline goes on after it.
        #expect(b.map(\.year) == [2027, 2024, 2027])
        let c = targets("(二)主要目标。力争到2028年,乡镇污水处理率达到80%。新建管网60公里。")
        #expect(c.map(\.year) == [2028, 2028])
    }

    @Test("A deadline inside a sentence, not opening it, stays in its sentence")
    func notHead() {
        let a = targets("城市绿地率到2030年达到40%。新建绿道50公里。")
        #expect(a.map(\.year) == [2030, nil])
    }

    @Test("A : list's bullets take the head's year up to the first line that is not a bullet")
    func bulletList() {
        let text = """
        到2026年,全市养老服务体系更加完善,具体目标如下:
        ——新增养老床位1200张;
        ——护理型床位占比达到60%以上;
        ①培训养老护理员500人次。
        2.完善医养结合机制。新建医养结合机构4家。
        """
        let ts = targets(text)
        #expect(ts.map(\.year) == [2026, 2026, 2026, nil])
        // The list may be announced by a later sentence of the head's paragraph.
        let later = targets("到2026年,养老服务体系更加完善。主要指标如下:\n·新增养老床位1200张。\n——护理员持证率达到90%。\n三、保障措施\n新建食堂5个。")
        #expect(later.map(\.year) == [2026, 2026, nil])
        // Without the closing colon the next line is a new paragraph.
        let plain = targets("到2026年,养老服务体系更加完善。\n——新增养老床位1200张。")
        #expect(plain.map(\.year) == [nil])
    }
}

@Suite("Heading year: a short heading naming one year dates its section's targets")
struct HeadingYearTests {
    static let plan = """
    某县农业农村局2025年工作要点

    一、2024年工作回顾
    全年新建高标准农田3万亩。
    二、2025年重点任务
    (一)稳定粮食生产
    1.粮食播种面积稳定在50万亩以上。
    2.到2027年,建成现代农业产业园3个。
    3.较2020年,化肥使用量减少8%。
    (二)2026年远期任务
    新建冷链仓储设施12座。
    三、保障措施
    县财政安排专项资金2000万元。
    """

    @Test("The nearest year heading dates a target; own deadlines, own years and other sections are untouched")
    func sections() throws {
        let doc = DocumentParser.parse(text: Self.plan)
        func year(_ q: String) -> Int?? { doc.targets.first(where: { $0.text.contains(q) }).map(\.year) }
        #expect(year("3万亩") == .some(2024))
        #expect(year("50万亩") == .some(2025))
        #expect(year("产业园") == .some(2027))
        // A one-year document (`…2025年工作要点`) dates what nothing closer dates, a base year
        // (`较2020年`) included (GUIDE, second reading).
        #expect(year("化肥") == .some(2025))
        #expect(year("冷链") == .some(2026))
        #expect(year("2000万元") == .some(2025))
    }

    @Test("Only a short heading with one single year counts", arguments: [
        ("2025年重点任务", 2025), ("(一)2024年度工作目标", 2024),
    ])
    func headingYears(_ title: String, _ y: Int) {
        #expect(OutlineLookup.headingYear(title) == y)
    }

    @Test("Spans, past periods, several years and sentences give no heading year", arguments: [
        "2023—2025年行动目标", "2022年以来工作成效", "2024年和2025年任务", "到2025年,新建学校3所", "加强组织领导",
    ])
    func noHeadingYear(_ title: String) {
        #expect(OutlineLookup.headingYear(title) == nil)
    }
}
