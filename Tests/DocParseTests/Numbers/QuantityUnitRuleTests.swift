import Testing
@testable import DocParse

@Suite("Quantity rules: unit-initial scale characters, the minus sign, counters, rates per scale")
struct QuantityUnitRuleTests {
    @Test("千/兆 that begin a unit belong to the unit, whatever scale word comes before them")
    func unitInitialScale() {
        #expect(one("风电并网规模新增12万千瓦") == Seen(text: "12万千瓦", value: .number(12), unit: "万千瓦", scale: 1e4, kind: .number, approximate: false))
        #expect(one("单台机组容量为600千瓦") == Seen(text: "600千瓦", value: .number(600), unit: "千瓦", scale: 1, kind: .number, approximate: false))
        #expect(one("户用储能不低于8千瓦") == Seen(text: "8千瓦", value: .number(8), unit: "千瓦", scale: 1, kind: .number, approximate: false))
        #expect(one("年发电量2.6亿千瓦时") == Seen(text: "2.6亿千瓦时", value: .number(2.6), unit: "亿千瓦时", scale: 1e8, kind: .number, approximate: false))
        #expect(one("节约用电3500万千瓦时")?.unit == "万千瓦时")
        #expect(one("步道全长12千米")?.unit == "千米")
        #expect(one("人均粮食储备20千克")?.unit == "千克")
        #expect(one("分布式电站50兆瓦") == Seen(text: "50兆瓦", value: .number(50), unit: "兆瓦", scale: 1e3, kind: .number, approximate: false))
        #expect(one("提高3百分点")?.kind == .percentagePoint)
        // Chinese numerals: the place unit inside the number stays a place unit.
        #expect(one("装机五千千瓦")?.value == .number(5000))
        #expect(one("装机五千千瓦")?.unit == "千瓦")
        #expect(one("全长三千米")?.unit == "千米")
        // Scale words that begin no unit still multiply: 3千万元, 5千人, 2万4千.
        #expect(one("融资3千万元")?.unit == "千万元")
        #expect(one("服务5千人") == Seen(text: "5千人", value: .number(5), unit: "千人", scale: 1e3, kind: .number, approximate: false))
        let mixed = one("覆盖2万4千户")
        #expect(mixed?.text == "2万4千户")
        if case .number(let v)? = mixed?.value { #expect(v * (mixed?.scale ?? 0) == 24000) } else { Issue.record("no value") }
    }

    @Test("负 is a sign only where no Han character is glued before it, or one that introduces a value")
    func minusSign() {
        #expect(one("今年为中小微企业减负12亿元") == Seen(text: "12亿元", value: .number(12), unit: "亿元", scale: 1e8, kind: .number, approximate: false))
        #expect(one("各校肩负3项改革任务")?.value == .number(3))
        #expect(one("为群众减负五千万元")?.value == .number(5000))
        #expect(one("出口增速为负2.5%")?.value == .number(-2.5))
        #expect(one("最低气温降至负8度")?.value == .number(-8))
        #expect(one("增速:负3%")?.value == .number(-3))
        #expect(seen("负12%").first?.value == .number(-12))
        #expect(seen("(负5%)").first?.value == .number(-5))
    }

    @Test("Counters for incidents, pairs, ships, batches, containers, livestock and power units")
    func counters() {
        #expect(one("重大火灾控制在1起以内")?.unit == "起")
        #expect(one("新增帮扶结对80对")?.unit == "对")
        #expect(one("更新新能源渔船25艘")?.unit == "艘")
        #expect(one("分3批推进")?.unit == "批")
        #expect(one("集装箱吞吐量达到120万标箱") == Seen(text: "120万标箱", value: .number(120), unit: "万标箱", scale: 1e4, kind: .number, approximate: false))
        #expect(one("出栏肉牛5万头")?.unit == "万头")
        #expect(one("改造10蒸吨燃气锅炉")?.unit == "蒸吨")
        #expect(one("海上风电新增1.5GW") == Seen(text: "1.5GW", value: .number(1.5), unit: "GW", scale: 1e6, kind: .number, approximate: false))
        #expect(one("储能电站200MW")?.scale == 1e3)
        #expect(one("充电桩功率60kW")?.unit == "kW")
        // A relation, not a number of pairs.
        #expect(seen("开展一对一帮扶").isEmpty)
        #expect(seen("实行1对1辅导").allSatisfy { $0.unit == nil })
    }

    @Test("A figure over a denominator with a scale word is a rate like ‰; other slashes are unchanged")
    func ratesPerScale() {
        #expect(one("结核病发病率降至45/10万") == Seen(text: "45/10万", value: .number(45), unit: "/10万", scale: 1e-3, kind: .percent, approximate: false))
        #expect(one("新生儿破伤风发病率低于1/万") == Seen(text: "1/万", value: .number(1), unit: "/万", scale: 1e-2, kind: .percent, approximate: false))
        #expect(one("事故死亡率控制在2.1/100万以内")?.scale == 1e-4)
        #expect(one("占1/4")?.kind == .fraction)
        #expect(seen("截至2024/05/10").allSatisfy { $0.kind != .percent })
        #expect(one("监测1/10万人口")?.unit != "/10万")
    }

    @Test("Targets with the new units and rates: comparator, value and indicator")
    func targetsWithNewUnits() {
        let a = targets("到2027年,全省抽水蓄能装机达到600万千瓦以上。")
        #expect(a.count == 1)
        #expect(a.first?.unit == "万千瓦")
        #expect(a.first?.comparator == .gte)
        let b = targets("到2025年,甲类传染病报告发病率低于3/10万。")
        #expect(b.first?.comparator == .lt)
        #expect(b.first?.unit == "/10万")
        #expect(b.first?.indicator == "甲类传染病报告发病率")
        let c = targets("全年为小微企业减负8亿元以上。")
        #expect(c.first?.value == .number(8))
        #expect(c.first?.comparator == .gte)
        let d = targets("生产安全亡人事故控制在3起以内。")
        #expect(d.first?.comparator == .lte)
        #expect(d.first?.unit == "起")
    }
}
