import Testing
@testable import DocParse

@Suite("parsecli check: draft lint rules")
struct CheckTests {
    static let text = """
    某市交通运输高质量发展三年行动计划(2023—2025年)
    一、优化路网结构
    1.推进国省干线改造。到2025年,国省干线二级以上公路比例不低于85%。
    2.加快农村公路建设。到2027年,新增农村公路500公里。
    4.提升桥梁安全水平。危桥改造率达到105%。
    二、推进绿色交通
    1.推广新能源车辆。到2025年,国省干线二级以上公路比例不低于90%。
    (1)城市公交新能源比例不高于85%。
    3.建设综合客运枢纽。
    """

    func build() -> DocBuilder {
        var b = DocBuilder(Self.text)
        let t1 = b.node("1.", 1, "num-dot", "推进国省干线改造", depth: 2, lead: ["市交通运输局"], responsible: ["市财政局"])
        let t2 = b.node("2.", 2, "num-dot", "加快农村公路建设", depth: 2, lead: ["市交通运输局局"])
        let t4 = b.node("4.", 4, "num-dot", "提升桥梁安全水平", depth: 2, lead: ["交通运输局"])
        let s1 = b.node("一、", 1, "cn-comma", "优化路网结构", depth: 1, children: [t1, t2, t4])
        let u1 = b.node("1.", 1, "num-dot", "推广新能源车辆", depth: 2, lead: ["市发展改革委"])
        let u3 = b.node("3.", 3, "num-dot", "建设综合客运枢纽", depth: 2)
        let s2 = b.node("二、", 2, "cn-comma", "推进绿色交通", depth: 1, children: [u1, u3])
        b.doc.outline = [s1, s2]
        b.deriveTasks()
        b.doc.targets = [
            b.target("国省干线二级以上公路比例不低于85%", indicator: "国省干线二级以上公路比例", value: .number(85), unit: "%", nodeId: t1.id),
            b.target("新增农村公路500公里", indicator: "新增农村公路", value: .number(500), unit: "公里", year: 2027, nodeId: t2.id),
            b.target("危桥改造率达到105%", indicator: "危桥改造率", value: .number(105), unit: "%", year: nil, nodeId: t4.id),
            b.target("国省干线二级以上公路比例不低于90%", indicator: "国省干线二级以上公路比例", value: .number(90), unit: "%", nodeId: u1.id),
        ]
        b.doc.units = [
            UnitEntry(id: "u1", name: "市交通运输局", aliases: ["交通运输局"], kind: .bureau,
                      occurrences: [.init(nodeId: t1.id, role: .lead, text: "市交通运输局", span: b.span("一、"))]),
            UnitEntry(id: "u2", name: "市交通运输局局", aliases: [], kind: .bureau,
                      occurrences: [.init(nodeId: t2.id, role: .lead, text: "市交通运输局局", span: b.span("2.加快"))]),
            UnitEntry(id: "u3", name: "市交通运输局局长", aliases: [], kind: .other,
                      occurrences: [.init(nodeId: u3.id, role: .responsible, text: "市交通运输局局长", span: b.span("3.建设"))]),
        ]
        return b
    }

    func codes(_ b: DocBuilder) -> [String] { DraftChecker.check(document: b.doc, source: b.source).map(\.code) }

    @Test("Numbering: a gap (2 to 4) and a list starting at 3 are found; lists restarting at 1 are not")
    func numbering() {
        let b = build()
        let f = DraftChecker.check(document: b.doc, source: b.source).filter { $0.code == "numbering.gap" }
        #expect(f.count == 2)
        #expect(f[0].message.contains("from 2 to 4"))
        #expect(f[0].span?.line == 5 && f[0].span?.column == 1)
        #expect(f[1].message.contains("from 1 to 3"))
    }

    @Test("Numbering: duplicates, out-of-order, mixed styles and repaired markers")
    func numberingMore() {
        var b = DocBuilder("一、甲\n二、乙\n二、丙\n一、丁\n(五)戊\n")
        let a = b.node("一、", 1, "cn-comma", "甲", depth: 1)
        let c = b.node("二、", 2, "cn-comma", "乙", depth: 1)
        let d = b.node("二、", 2, "cn-comma", "丙", depth: 1)
        let e = b.node("一、", 1, "cn-comma", "丁", depth: 1)
        let f = b.node("(五)", 5, "cn-paren", "戊", depth: 1, repaired: true)
        b.doc.outline = [a, c, d, e, f]
        let found = codes(b)
        #expect(found.contains("numbering.duplicate"))
        #expect(found.contains("numbering.out-of-order"))
        #expect(found.contains("numbering.mixed-styles"))
        #expect(found.contains("numbering.repaired-marker"))
    }

    @Test("Numbering that runs on across sections (1–3, then 4–5) is accepted")
    func runOn() {
        var b = DocBuilder("一、甲\n1.子一\n2.子二\n3.子三\n二、乙\n4.子四\n5.子五\n")
        let x = [b.node("1.", 1, "num-dot", "子一", depth: 2), b.node("2.", 2, "num-dot", "子二", depth: 2), b.node("3.", 3, "num-dot", "子三", depth: 2)]
        let y = [b.node("4.", 4, "num-dot", "子四", depth: 2), b.node("5.", 5, "num-dot", "子五", depth: 2)]
        b.doc.outline = [b.node("一、", 1, "cn-comma", "甲", depth: 1, children: x), b.node("二、", 2, "cn-comma", "乙", depth: 1, children: y)]
        #expect(!codes(b).contains { $0.hasPrefix("numbering.") })
    }

    @Test("Attribution: a task without a lead, one unit spelled three ways, a person's post as a unit")
    func attribution() {
        let b = build()
        let f = DraftChecker.check(document: b.doc, source: b.source)
        let missing = f.filter { $0.code == "attribution.missing-lead" }
        #expect(missing.count == 1)
        #expect(missing.first?.message.contains("建设综合客运枢纽") == true)
        let spell = f.filter { $0.code == "attribution.unit-spellings" }
        #expect(spell.count == 1)
        #expect(spell.first?.message.contains("市交通运输局 / 市交通运输局局") == true)
        #expect(f.contains { $0.code == "attribution.person-as-unit" && $0.message.contains("市交通运输局局长") })
    }

    @Test("Targets: deadline after the period, percent over 100, one indicator with two values, no deadline")
    func targets() {
        let b = build()
        let f = DraftChecker.check(document: b.doc, source: b.source)
        #expect(f.contains { $0.code == "target.deadline-outside-period" && $0.severity == .error && $0.message.contains("2027") })
        #expect(f.contains { $0.code == "target.percent-over-100" && $0.message.contains("105%") })
        #expect(f.contains { $0.code == "target.conflicting-values" && $0.message.contains("85%") && $0.message.contains("90%") })
        #expect(f.contains { $0.code == "target.no-deadline" && $0.message.contains("危桥改造率") })
    }

    @Test("Targets: 不低于50% here and 不高于50% there contradict")
    func contradiction() {
        var b = DocBuilder("覆盖率不低于50%。\n覆盖率不高于50%。\n")
        b.doc.targets = [
            b.target("覆盖率不低于50%", indicator: "覆盖率", value: .number(50), unit: "%", comparator: "gte"),
            b.target("覆盖率不高于50%", indicator: "覆盖率", value: .number(50), unit: "%", comparator: "lte"),
        ]
        #expect(codes(b).contains("target.contradicting-comparators"))
        // The same value and comparator twice is no finding.
        b.doc.targets[1].comparator = .gte
        #expect(!codes(b).contains("target.contradicting-comparators"))
        #expect(!codes(b).contains("target.conflicting-values"))
    }

    @Test("Text damage: round-trip words and capture leftovers; metadata gaps")
    func textAndMetadata() {
        var b = DocBuilder("推进课后效劳,夯实根底教育。&nbsp;“十四五〞规划\n")
        b.doc.metadata = Metadata()
        let f = DraftChecker.check(document: b.doc, source: b.source)
        #expect(f.filter { $0.code == "text.round-trip-damage" }.count == 3)
        #expect(f.contains { $0.code == "text.scrape-artifact" && $0.message.contains("&nbsp;") })
        for c in ["metadata.missing-title", "metadata.missing-issuer", "metadata.missing-date"] { #expect(f.contains { $0.code == c }) }
        // Clean text gives no text findings.
        let clean = DocBuilder("推进课后服务,夯实基础教育。")
        #expect(!DraftChecker.check(document: clean.doc, source: clean.source).contains { $0.code.hasPrefix("text.") })
    }

    @Test("Formatter: file:line:column, the source line and a caret under a CJK span")
    func formatter() {
        var b = DocBuilder("第一行\n推进课后效劳工作\n")
        b.doc.metadata.title = "x"
        let f = DraftChecker.check(document: b.doc, source: b.source).filter { $0.code == "text.round-trip-damage" }
        let out = FindingFormatter.text(f, file: "d.txt", source: b.source, lang: .en)
        #expect(out.hasPrefix("d.txt:2:5: warning: "))
        #expect(out.contains("[text.round-trip-damage]"))
        #expect(out.contains("    推进课后效劳工作\n            ^~~~\n")) // 4 CJK chars = 8 columns before the caret
        #expect(FindingFormatter.summary(f, files: 1, lang: .en) == "0 errors, 1 warning, 0 notes in 1 file")
    }

    @Test("Every code a rule can emit is documented in docs/checks.md")
    func documented() throws {
        let doc = try String(contentsOf: TestPaths.root.appendingPathComponent("docs/checks.md"), encoding: .utf8)
        for code in DraftChecker.allCodes { #expect(doc.contains("`\(code)`"), "\(code) is not documented") }
    }
}
