import Testing
@testable import DocParse

/// The line rules of the outline stage (`OutlineLineRule.all`): registered once each, zone
/// rules taking only lines of their zone, and the zones they lead through.
@Suite("Outline line rules")
struct OutlineLineRuleTests {
    static let zoneRules: [OutlineLineRule: OutlineStage.Zone] = [
        .front: .front, .coverLetter: .coverLetter, .main: .main, .appendixTitle: .appendixTitle,
        .appendix: .appendix, .glossary: .glossary, .closing: .closing, .appendixClosing: .appendixClosing,
    ]

    @Test("The list holds every rule once, each with a unique name")
    func registry() {
        #expect(Set(OutlineLineRule.all) == Set(OutlineLineRule.allCases))
        #expect(OutlineLineRule.all.count == OutlineLineRule.allCases.count)
        #expect(Set(OutlineLineRule.all.map(\.rawValue)).count == OutlineLineRule.all.count)
        // Openers and table rows come before the rules that read a line by its zone.
        let firstZoneRule = OutlineLineRule.all.firstIndex { Self.zoneRules[$0] != nil }!
        #expect(OutlineLineRule.all[..<firstZoneRule].allSatisfy { Self.zoneRules[$0] == nil })
    }

    @Test("A zone rule passes over a line read in any other zone")
    func zoneRulesKeepToTheirZone() {
        let text = Normalizer.normalize(SourceText("一、工作目标\n二、保障措施"))
        let line = OutlineReading.Line(index: 0, range: 0..<6, continues: false, started: false)
        for (rule, own) in Self.zoneRules {
            for other in Self.zoneRules.values where other != own {
                var reading = OutlineReading(text: text, markers: LineMarkers(text).candidates,
                                             table: TableLines(text, rows: []), runIns: false)
                reading.zone = other
                #expect(!rule.apply(&reading, line), "\(rule.rawValue) took a line in zone \(other)")
            }
        }
    }

    @Test("Front matter, the outline, its closing date, an appendix with its own outline, a glossary")
    func zones() {
        let doc = DocumentParser.parse(text: """
            某区推进社区养老服务的实施方案
            一、工作目标
            建成一批社区养老服务站。
            二、保障措施
            区民政局统筹推进。
            某区人民政府
            2024年3月1日
            附件1
            养老服务站建设标准
            一、场地要求
            二、人员配备
            名词解释
            社区养老服务站:为老年人提供日间照料的场所。
            """)
        #expect(doc.outline.map(\.title) == ["工作目标", "保障措施"])
        #expect(doc.appendices.count == 1)
        #expect(doc.appendices.first?.title == "养老服务站建设标准")
        #expect(doc.appendices.first?.outline.map(\.title) == ["场地要求", "人员配备"])
        #expect(doc.glossary.map(\.term) == ["社区养老服务站"])
    }
}
