import Testing
@testable import DocParse

/// Amounts of change (`下降15%`) against levels (`下降到5%`), in several fields and shapes.
@Suite("Targets: change amounts and baseline years")
struct ChangeTests {
    @Test("A change verb right before the figure makes it a change; with 到/至/为 it stays a level")
    func changeOrLevel() {
        let cases: [(String, String?)] = [
            ("到2025年,全市道路交通万车死亡率下降15%。", "decrease"),
            ("到2026年,单位工业增加值用水量降低18%。", "decrease"),
            ("到2025年,农村居民人均可支配收入年均增长7%以上。", "increase"),
            ("到2024年,高速公路服务区充电桩覆盖率提高5个百分点。", "increase"),
            ("到2025年,重点行业挥发性有机物排放总量压减10%。", "decrease"),
            ("到2027年,县域就诊率提升了3个百分点。", "increase"),
            ("到2025年,门诊平均等候时间缩短20%。", "decrease"),
            ("到2025年,化肥使用量比2020年减少5%以上。", "decrease"),
            ("到2025年,城市空气优良天数比率提高到88%。", nil),
            ("到2025年,细颗粒物平均浓度下降至30微克/立方米。", nil),
            ("到2025年,农村低收入人口返贫率降为1%以下。", nil),
            ("到2025年,研发投入增长率达到10%。", nil),
            ("到2025年,高标准农田面积达到120万亩。", nil),
            ("到2026年,规模以上工业企业数量增加到1500家。", nil),
        ]
        for (text, expected) in cases {
            let ts = targets(text)
            #expect(ts.count == 1, "\(text) → \(ts.count) targets")
            #expect(ts.first?.change?.rawValue == expected, "\(text) → \(String(describing: ts.first?.change))")
        }
    }

    @Test("The comparator still bounds the change: 下降10%以上 is a decrease gte 10")
    func comparatorBoundsChange() {
        let t = targets("到2025年,单位地区生产总值能耗比2020年下降13.5%以上。").first
        #expect(t?.change == .decrease)
        #expect(t?.comparator == .gte)
        #expect(t?.value == .number(13.5))
        #expect(t?.baselineYear == 2020)
        #expect(t?.year == 2025)
    }

    @Test("Baseline years: 比/较/相比 with four digits and 年; none for 较上年 or 比例")
    func baselines() {
        let cases: [(String, Int?)] = [
            ("到2025年,碳排放强度较2020年下降18%。", 2020),
            ("到2026年,货运量相比2022年增长20%。", 2022),
            ("到2025年,万元GDP用水量较2020年底降低16%。", 2020),
            ("2024年,规上工业增加值较上年增长6%。", nil),
            ("到2025年,县域内就诊率提高5个百分点。", nil),
            ("到2025年,绿色建筑占新建建筑比例达到70%。", nil),
        ]
        for (text, year) in cases {
            let ts = targets(text)
            #expect(ts.first?.baselineYear == year, "\(text) → \(String(describing: ts.first?.baselineYear))")
        }
    }

    @Test("Target ids are g1, g2… (tasks are t1, t2…)")
    func ids() {
        let ts = targets("到2025年,新建公园12个,新增绿地300公顷。")
        #expect(ts.map(\.id) == ["g1", "g2"])
    }

    @Test("A baseline far before the figure is not looked for: the scan is bounded, so a long clause stays linear")
    func boundedBaseline() {
        let filler = String(repeating: "推进", count: 30)
        let t = targets("到2025年,比2020年\(filler)降低10%。").first
        #expect(t?.change == .decrease)
        #expect(t?.baselineYear == nil)
    }
}
