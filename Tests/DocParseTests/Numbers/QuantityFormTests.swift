import Testing
@testable import DocParse

/// One mention, in a form easy to compare.
struct Seen: Equatable, CustomStringConvertible {
    var text: String
    var value: TargetValue
    var unit: String?
    var scale: Double
    var kind: Quantity.Kind
    var approximate: Bool
    var description: String { "\(text)=\(value) \(unit ?? "-") ×\(scale) \(kind) \(approximate ? "~" : "")" }
}

func seen(_ s: String, mode: QuantityRecognizer.Mode = .document) -> [Seen] {
    QuantityRecognizer.quantities(in: s, mode: mode).map {
        Seen(text: $0.text, value: $0.value, unit: $0.unit, scale: $0.scale, kind: $0.kind, approximate: $0.approximate)
    }
}

func one(_ s: String) -> Seen? {
    let all = seen(s)
    return all.count == 1 ? all[0] : nil
}

@Suite("Quantity forms")
struct QuantityFormTests {
    @Test("Arabic numbers with decimals, thousands separators and full-width digits")
    func arabic() {
        #expect(one("全年接诊患者12,500人次") == Seen(text: "12,500人次", value: .number(12500), unit: "人次", scale: 1, kind: .number, approximate: false))
        #expect(one("公路里程达到１２０.５公里") == Seen(text: "１２０.５公里", value: .number(120.5), unit: "公里", scale: 1000, kind: .number, approximate: false))
    }

    @Test("Chinese numerals with a measure word; bare numerals inside words are not quantities")
    func chinese() {
        #expect(one("新建三所医院")?.value == .number(3))
        #expect(one("培训两千名乡村医生")?.value == .number(2000))
        #expect(one("补贴三千五百万元") == Seen(text: "三千五百万元", value: .number(3500), unit: "万元", scale: 1e4, kind: .number, approximate: false))
        #expect(seen("统一部署,一体化推进,千万不能松懈").isEmpty)
    }

    @Test("Mixed numbers and scale words kept in the unit")
    func mixed() {
        #expect(one("总投资4.2亿元") == Seen(text: "4.2亿元", value: .number(4.2), unit: "亿元", scale: 1e8, kind: .number, approximate: false))
        #expect(one("绿化面积1.2万平方米") == Seen(text: "1.2万平方米", value: .number(1.2), unit: "万平方米", scale: 1e4, kind: .number, approximate: false))
        #expect(one("节约3千元") == Seen(text: "3千元", value: .number(3), unit: "千元", scale: 1e3, kind: .number, approximate: false))
        #expect(one("服务人口1.2万") == Seen(text: "1.2万", value: .number(12000), unit: nil, scale: 1, kind: .number, approximate: false))
    }

    @Test("Approximate forms: 余, 多, 约, 近, 左右")
    func approximate() {
        #expect(one("投资3000余万元") == Seen(text: "3000余万元", value: .number(3000), unit: "万元", scale: 1e4, kind: .number, approximate: true))
        #expect(one("开设60多种课程") == Seen(text: "60多种", value: .number(60), unit: "种", scale: 1, kind: .number, approximate: true))
        #expect(one("约14亿元")?.approximate == true)
        #expect(one("近200家企业")?.approximate == true)
        #expect(one("班额控制在45人左右")?.approximate == true)
        #expect(one("新建200家企业")?.approximate == false)
    }

    @Test("Percent, percentage points, fractions, ratios, multipliers")
    func ratios() {
        #expect(one("覆盖率达到93%") == Seen(text: "93%", value: .number(93), unit: "%", scale: 1, kind: .percent, approximate: false))
        #expect(one("达标率百分之八十五") == Seen(text: "百分之八十五", value: .number(85), unit: "%", scale: 1, kind: .percent, approximate: false))
        #expect(one("提高5个百分点") == Seen(text: "5个百分点", value: .number(5), unit: "个百分点", scale: 1, kind: .percentagePoint, approximate: false))
        #expect(one("下降0.5个百分点")?.value == .number(0.5))
        #expect(one("占1/4")?.kind == .fraction)
        #expect(one("占1/4")?.value == .number(0.25))
        #expect(one("三分之一以上的县")?.value == .number(1.0 / 3.0))
        #expect(one("师生比1:10")?.kind == .ratio)
        #expect(one("产值翻一番")?.value == .number(2))
        #expect(one("收入翻两番")?.value == .number(4))
        #expect(one("提高10倍") == Seen(text: "10倍", value: .number(10), unit: "倍", scale: 1, kind: .multiplier, approximate: false))
    }

    @Test("Ranges: 1—3项, 1-2项, 1至2项, 1~2, 一到两项; a lost dash is not a range")
    func ranges() {
        #expect(one("掌握1—3项技能")?.value == .range(1, 3))
        #expect(one("掌握1-2项技能")?.value == .range(1, 2))
        #expect(one("每周1至2次")?.value == .range(1, 2))
        #expect(one("每天1~2小时")?.value == .range(1, 2))
        #expect(one("学会一到两项运动")?.value == .range(1, 2))
        #expect(one("补助1万—5万元") == Seen(text: "1万—5万元", value: .range(1, 5), unit: "万元", scale: 1e4, kind: .number, approximate: false))
        #expect(one("掌握12项技能")?.value == .number(12))
        #expect(one("2023-2025年") == nil)
    }

    @Test("A two-digit count that may have lost its dash gets a warning")
    func lostDash() {
        var d: [Diagnostic] = []
        _ = QuantityRecognizer.quantities(in: Normalizer.normalize(SourceText("每名学生掌握12项运动技能")), diagnostics: &d)
        #expect(d.map(\.code) == ["quantity.possible-lost-range-dash"])
        d = []
        _ = QuantityRecognizer.quantities(in: Normalizer.normalize(SourceText("全市建成21项示范工程")), diagnostics: &d)
        #expect(d.isEmpty)
        d = []
        _ = QuantityRecognizer.quantities(in: Normalizer.normalize(SourceText("全市建成12项示范工程")), diagnostics: &d)
        #expect(d.isEmpty)
    }

    @Test("Units from the tables: money, area, time, measure words")
    func units() {
        #expect(one("用地50亩")?.unit == "亩")
        #expect(one("培训40学时")?.unit == "学时")
        #expect(one("接种2000人次")?.unit == "人次")
        #expect(one("每天锻炼1小时")?.unit == "小时")
    }

    @Test("A blank between Arabic digits and 万 or 亿 (a PDF text layer's spacing) keeps the scale with the number")
    func blankBeforeScale() {
        #expect(one("计划改造管网 3 万米") == Seen(text: "3 万米", value: .number(3), unit: "万米", scale: 1e4, kind: .number, approximate: false))
        #expect(one("全年接待游客 2.5 亿人次") == Seen(text: "2.5 亿人次", value: .number(2.5), unit: "亿人次", scale: 1e8, kind: .number, approximate: false))
        #expect(one("帮扶 7 万农户")?.value == .number(70000))
        // A unit that starts with the scale word (万人) is still read as that unit.
        #expect(one("服务 26 万人") == Seen(text: "26 万人", value: .number(26), unit: "万人", scale: 1e4, kind: .number, approximate: false))
    }

    @Test("A blank before 余 or 多 keeps the approximation; 场次 and 片 are measure words")
    func blankBeforeApproximation() {
        #expect(one("累计办理 260 余件") == Seen(text: "260 余件", value: .number(260), unit: "件", scale: 1, kind: .number, approximate: true))
        #expect(one("培训 4 余万人") == Seen(text: "4 余万人", value: .number(4), unit: "万人", scale: 1e4, kind: .number, approximate: true))
        #expect(one("放映公益电影1.2万场次")?.unit == "万场次")
        #expect(one("建设3片特色街区")?.unit == "片")
    }
}

