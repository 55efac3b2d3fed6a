import Testing
@testable import DocParse

/// `IndicatorFinder.indicator` asks its named rules in order; for each deciding rule, a clause
/// it decides and the phrase it gives.
@Suite("Indicator rules, one at a time")
struct IndicatorRuleTests {
    /// The rule that decides the indicator of the first quantity of `text`, and the phrase.
    func decided(_ text: String) -> (rule: String, phrase: String?)? {
        let norm = Normalizer.normalize(SourceText(text))
        let a = TextAnalysis.analyze(norm)
        guard let q = a.quantities.first else { return nil }
        let finder = IndicatorFinder(markers: a.markers)
        let clause = a.bounds.clause(of: q.range.lowerBound)
        var r = IndicatorFinder.Reading(clause: clause, quantity: q.range, s: clause.lowerBound, e: q.range.lowerBound)
        for rule in IndicatorFinder.Rule.allCases {
            if let v = finder.apply(rule, norm.text, &r) { return (rule.rawValue, v.map { norm.string($0) }) }
        }
        return nil
    }

    @Test("Each deciding rule gives its phrase")
    func rules() throws {
        let object = try #require(decided("按不低于经费总额的3%列支教研经费。"))
        #expect(object.rule == "indicator.object-after-figure" && object.phrase == "教研经费")
        let before = try #require(decided("全市普惠性托位覆盖率达到85%。"))
        #expect(before.rule == "indicator.phrase-before" && before.phrase == "全市普惠性托位覆盖率")
        let after = try #require(decided("新建12个社区养老驿站。"))
        #expect(after.rule == "indicator.noun-after-unit" && after.phrase == "社区养老驿站")
        let lead = try #require(decided("选聘培养300名乡村骨干医生。"))
        #expect(lead.rule == "indicator.noun-after-lead-verb" && lead.phrase == "乡村骨干医生")
    }

    @Test("The rule names are unique and read indicator.*")
    func names() {
        let names = IndicatorFinder.Rule.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count && names.allSatisfy { $0.hasPrefix("indicator.") })
    }
}
