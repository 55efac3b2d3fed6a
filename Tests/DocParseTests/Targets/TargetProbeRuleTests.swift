import Testing
@testable import DocParse

/// Forms of deadlines and targets probed in invented sentences beyond the devset's shapes:
/// a year after an item marker, `明年`, condition clauses.
@Suite("Targets: years after item markers, next year, condition clauses")
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
}
