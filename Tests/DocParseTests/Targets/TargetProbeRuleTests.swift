import Testing
@testable import DocParse

/// Forms of deadlines and targets probed in invented sentences beyond the devset's shapes:
/// a year after an item marker, `明年`, condition clauses, noun lists after a target clause,
/// counts before a figure of another kind, more count words.
@Suite("Targets: years after item markers, next year, conditions, noun lists, counts")
struct TargetProbeRuleTests {
    func dated(_ text: String, date: String?, report: Bool = false) -> [Target] {
        var md = Metadata()
        md.docType = report ? .report : .implementationPlan
        md.date = date
        return targets(text, metadata: md)
    }

    @Test("A year right after an item marker opens its clause: (一)2027年, 1.2027年, ①2027年")
    func yearAfterMarker() {
        #expect(targets("(一)2027年,全市城镇污水处理率达到97%以上。").map(\.year) == [2027])
        #expect(targets("1.2027年全市粮食播种面积稳定在120万亩。").map(\.year) == [2027])
        #expect(targets("①2027年底前新建冷链仓库6座。").map(\.year) == [2027])
        #expect(targets("  三、2027年,新增城市绿道40公里。").map(\.year) == [2027])
        // A decimal or a figure before the year is no marker: `年产3.2026年` is nothing to date.
        #expect(targets("全市新建冷链仓库6座,2026年建成。").first?.year == nil)
    }

    @Test("明年 (明年底) is the year after the document's year; 今年 stays the document's")
    func nextYear() {
        #expect(dated("明年将新建幼儿园5所,今年新增学位900个。", date: "2021-12-10").map(\.year) == [2022, 2021])
        #expect(dated("明年底前改造老旧管网60公里。", date: "2021-12-10").map(\.year) == [2022])
        // No date, no year to count from.
        #expect(dated("明年将新建幼儿园5所。", date: nil).map(\.year) == [nil])
    }

    @Test("A clause closed by 的 before a comma names who qualifies; its figure is no target")
    func conditionClause() {
        #expect(targets("偷逃税款在50万元以上的,移交公安机关处理。").isEmpty)
        #expect(targets("有四分之一以上代表联名提议的,应当召开会议。").isEmpty)
        #expect(targets("企业年纳税额首次超过5000万元的,一次性奖励。").isEmpty)
        // An item marker before the condition's opener: 对…以下的企业.
        #expect(targets("3.对年营业收入300万元以下的个体户,减半收取。").isEmpty)
        // 时 right after the figure and its bound closes a condition too.
        #expect(targets("库存周期超过24个月时,暂停供地。").isEmpty)
        // A target clause that goes on after the figure is kept.
        #expect(targets("确保建成区绿化覆盖率达到45%,人均公园面积达到15平方米。").count == 2)
        // 的 inside the clause, not closing it, is no condition.
        #expect(targets("新建投资10亿元以上的产业园3个。").count == 1)
        // A unit ending in 时 (学时, 小时) is the figure's own, not 时 closing a condition.
        #expect(targets("每名教师每年培训不少于72学时,每周锻炼不少于5小时。").count == 2)
    }

    @Test("A clause of a noun and its figure after a target clause continues its list")
    func nounList() {
        #expect(targets("新建公办幼儿园6所,中小学校舍3.5万平方米。").map(\.value) == [.number(6), .number(3.5)])
        #expect(targets("培训农村实用人才2万人次,其中高素质农民8000人次。").count == 2)
        // A noun clause after a clause that goes on past its figure, or after no target, is not read.
        #expect(targets("新建公办幼儿园6所用于普惠,中小学校舍3.5万平方米。").count == 1)
        #expect(targets("全县常住人口38万人,城镇化率52%。").isEmpty)
        // A clause with a past marker reports, it does not continue the list.
        #expect(targets("新建公办幼儿园6所,目前校舍3.5万平方米。").count == 1)
    }

    @Test("A count before a figure of another kind counts people, not figures: 为3000名80岁以上老人")
    func countBeforeFigure() {
        #expect(targets("为2000名70岁以上老人提供上门服务。").map(\.value) == [.number(2000)])
        // A count of percentages is still a count of figures: only the percentage is a target.
        #expect(targets("实现3个100%目标。").map(\.value) == [.number(100)])
    }

    @Test("块, 口 and 眼 count pitches, wells; after a Chinese numeral they stay words")
    func moreCounts() {
        #expect(targets("新建笼式足球场地120块,打抗旱机井60口,新建水源井8眼。").compactMap(\.unit) == ["块", "口", "眼"])
        #expect(targets("统一部署,一块推进,一口气完成。").isEmpty)
    }

    func parsed(_ text: String) throws -> Document {
        try DocumentParser.parse(bytes: Array(text.utf8), options: ParseOptions(path: "t.txt"))
    }

    @Test("A plan's figures under a background heading (发展现状, 规划基础) are its past, not targets")
    func backgroundSection() throws {
        let plan = try parsed("""
            某县冷链物流发展三年行动方案(2025—2027年)
            一、发展现状
            全县建成冷库46座,库容达到12万吨。
            二、发展目标
            到2027年,全县冷库库容达到20万吨。
            三、重点任务
            (一)夯实发展基础。新建产地冷藏保鲜设施30个。
            """)
        #expect(plan.metadata.docType == .implementationPlan)
        #expect(plan.targets.map(\.value) == [.number(20), .number(30)])
        // A report keeps what it reports, as achievements.
        let report = try parsed("""
            关于全县冷链物流工作情况的报告
            一、发展现状
            全县建成冷库46座,库容达到12万吨。
            """)
        #expect(report.targets.count == 2 && report.targets.allSatisfy { $0.kind == .achievement })
    }

    @Test("A bare rate right after a bound of two characters or more is a target: 低于0.15")
    func boundedBareRate() {
        #expect(targets("每10万人口交通事故死亡率低于1.8。").map(\.value) == [.number(1.8)])
        // A one-character bound or an approximation does not make a bare number a target.
        #expect(targets("全区约1.5。").isEmpty)
    }

    @Test("Amounts given are targets: 给予一次性奖励30万元, 奖励8万元, 每人补助600元")
    func amountsGiven() {
        #expect(targets("对首次认定的高新技术企业,给予一次性奖励30万元。").map(\.value) == [.number(30)])
        #expect(targets("新获评省级示范基地的,奖励8万元。").map(\.value) == [.number(8)])
        #expect(targets("对参训学员每人补助600元。").count == 1)
        // The name of a development zone holds no verb.
        #expect(targets("经济技术开发区企业120家。").isEmpty)
    }

    @Test("An indicator table gives each year column's figures that year and the row's unit")
    func yearColumns() throws {
        let doc = try parsed("某县供水规划(2025—2028年)\n一、主要指标\n指标\t单位\t2024年(基期)\t2026年\t到2028年\n"
            + "农村自来水普及率\t%\t88\t≥92\t95\n新建供水管网(公里)\t\t40\t60\t90\n人均日用水量\t\t120\t130\t140\n")
        let ts = doc.targets
        // The base column (基期) is the past; a row with no unit is not read.
        #expect(ts.map(\.value) == [.number(92), .number(95), .number(60), .number(90)])
        #expect(ts.map(\.year) == [2026, 2028, 2026, 2028])
        #expect(ts.map(\.unit) == ["%", "%", "公里", "公里"])
        #expect(ts.first?.comparator == .gte)
        #expect(ts.first?.indicator == "农村自来水普及率")
        // A year before the document's period is a base year too, whatever its header says.
        let early = try parsed("某县供水规划(2025—2028年)\n指标\t单位\t2024年\t2028年\n农村自来水普及率\t%\t88\t95\n")
        #expect(early.targets.map(\.year) == [2028])
        // Cells of words under year columns take their column's year.
        let tasks = try parsed("某县供水工作安排\n序号\t任务\t2026年任务\t2027年任务\n1\t管网\t新建管网12公里\t改造水厂2座\n")
        #expect(tasks.targets.map(\.year) == [2026, 2027])
        // A row of figures is no header: `1  新建学校3所  2026年` does not make 2026 a column.
        let row = try parsed("1\t新建学校3所\t2026年\n2\t改造水厂2座\t改造管网5公里\n")
        #expect(row.targets.last?.value == .number(5))
        #expect(row.targets.last?.year == nil)
    }

    @Test("A deadline line closed by : covers the numbered list under it, in the list's own style")
    func numberedGoalList() {
        let ts = targets("一、总体要求\n到2026年,实现以下目标:\n1.建成区域数据中心2个;\n2.新增上云企业300家。\n(1)新建智慧社区40个。\n二、重点任务\n建设算力节点8个。")
        #expect(ts.map(\.year) == [2026, 2026, nil, nil])
        // A list that does not open with item 1 is not read as the line's list.
        #expect(targets("到2026年,实现以下目标:\n3.新增上云企业300家。").map(\.year) == [nil])
    }

    @Test("A 汇报 is a report: its figures are achievements of the year of its date")
    func briefingIsReport() throws {
        let doc = try parsed("关于全县农村饮水安全工作情况的汇报\n一、工作进展\n一是新建集中供水工程12处。\n二、下一步打算\n明年新建水厂2座。\n\n县水利局\n2023年11月2日\n")
        #expect(doc.metadata.docType == .report)
        #expect(doc.targets.map(\.year) == [2023, 2024])
    }

    @Test("What a letter asks another body for is no target: 恳请…给予补助资金2亿元")
    func requests() {
        #expect(targets("二、恳请省财政厅给予补助资金3亿元,并安排新增债券额度6亿元。").isEmpty)
        #expect(targets("请求支持新增建设用地指标800亩。").isEmpty)
        // The next sentence sets its own figures.
        #expect(targets("恳请给予支持。全市新建充电桩2000个。").count == 1)
    }

    @Test("In a plan, a figure its sentence dates before the plan's period is its start, not a target")
    func pastDeadline() throws {
        let doc = try parsed("""
            某县托育服务发展规划(2025—2028年)
            一、规划背景
            全县现有托育机构18家。
            二、目标任务
            截至2024年底,全县共有托位1200个。到2028年,托位达到3000个。
            2023年,全县出生人口达到5200人。
            在2024年基础上,新增普惠托位800个。
            """)
        #expect(doc.targets.map(\.value) == [.number(3000), .number(800)])
        #expect(doc.targets.map(\.year) == [2028, nil])
    }

    @Test("A word naming the document's year before the figure sets it, as a deadline does")
    func yearWordSignal() {
        let ts = dated("全年为小微企业减税降费80亿元;年底前化解拖欠账款100%。", date: "2026-02-01")
        #expect(ts.map(\.value) == [.number(80), .number(100)])
        #expect(ts.map(\.year) == [2026, 2026])
        // No such word, no verb: no target.
        #expect(dated("为小微企业减税降费80亿元。", date: "2026-02-01").isEmpty)
    }
}
