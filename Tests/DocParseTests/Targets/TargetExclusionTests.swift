import Testing
@testable import DocParse

/// Each exclusion of `TargetExclusion` is one named rule; for each, a sentence whose only
/// figure it (and no earlier rule of the list) drops.
@Suite("Target exclusions, one rule each")
struct TargetExclusionTests {
    /// The name of the first exclusion that drops each quantity of `text`, or "-".
    func droppedBy(_ text: String) -> [String] {
        let norm = Normalizer.normalize(SourceText(text))
        let a = TextAnalysis.analyze(norm)
        let x = TargetExtractor(text: norm.text, analysis: a, isReport: false)
        var repeats = RepeatedCells(norm)
        return a.quantities.enumerated().map { i, q in
            let clause = a.bounds.clause(of: q.range.lowerBound)
            let sentence = a.bounds.sentence(of: q.range.lowerBound)
            let f = TargetExtractor.Figure(quantity: q, next: i + 1 < a.quantities.count ? a.quantities[i + 1] : nil,
                                           clause: clause, fullClause: clause, previousEnd: 0, extractor: x)
            let index = DeadlineIndex(DeadlineFinder.deadlines(norm.text, sentence: sentence))
            return TargetExclusion.allCases.first { x.excludes($0, f, deadlines: index, repeats: &repeats) }?.rawValue ?? "-"
        }
    }

    @Test("Every exclusion has a sentence it alone explains")
    func eachRule() {
        #expect(droppedBy("全市常住人口约1.2万。") == ["exclude.bare-number"])
        #expect(droppedBy("师生比保持1:12。") == ["exclude.ratio"])
        #expect(droppedBy("面向35周岁以下青年教师。") == ["exclude.age"])
        #expect(droppedBy("对接收5名以上残疾学生的学校给予奖励。") == ["exclude.threshold"])
        #expect(droppedBy("收入在20万元以上的,给予奖励。") == ["exclude.condition"])
        #expect(droppedBy("恳请安排资金2亿元。") == ["exclude.request"])
        #expect(droppedBy("处2万元以上10万元以下的罚款。").allSatisfy { $0 == "exclude.sanction" })
        #expect(droppedBy("生均经费由0.6万元提高到0.8万元。") == ["exclude.starting-value", "-"])
        #expect(droppedBy("教龄满5年的教师。") == ["exclude.duration"])
        #expect(droppedBy("新建一所学校。") == ["exclude.lone-one"])
        #expect(droppedBy("实现三个100%目标。").first == "exclude.figure-count")
        #expect(droppedBy("从三个方面推进。") == ["exclude.enumeration"])
        #expect(droppedBy("新建学校12所。") == ["-"])
    }

    @Test("The exclusion names are unique and all read exclude.*")
    func names() {
        let names = TargetExclusion.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.hasPrefix("exclude.") })
    }
}
