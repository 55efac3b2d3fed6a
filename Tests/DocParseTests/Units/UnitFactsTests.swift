import Testing
@testable import DocParse

/// The units stage returns its facts; the pipeline joins them into the outline.
@Suite("Units stage facts and their join")
struct UnitFactsTests {
    static let text = """
        一、重点任务
        (一)完善街巷照明。(牵头单位:区城管局;责任单位:各街道办事处)
        (二)改造老旧管网。由区水务局负责。
        """

    @Test("The facts leave the outline as it was; joining them writes each node's roles")
    func factsThenJoin() throws {
        let normalized = Normalizer.normalize(SourceText(Self.text))
        let full = DocumentParser.parse(text: Self.text)
        var bare = full
        func clear(_ nodes: inout [OutlineNode]) {
            for i in nodes.indices {
                nodes[i].lead = []; nodes[i].responsible = []; nodes[i].supporting = []; nodes[i].leaders = []
                clear(&nodes[i].children)
            }
        }
        clear(&bare.outline)
        bare.units = []
        var diagnostics: [Diagnostic] = []
        let facts = AttributionStage.facts(normalized, outline: bare.outline, &diagnostics)
        #expect(facts.attributions.count == facts.paths.count)
        #expect(!facts.units.isEmpty)
        #expect(facts.paths.contains { $0 != nil })
        // Nothing was written into the outline the stage read.
        #expect(bare.outline.allSatisfy { $0.children.allSatisfy { $0.lead.isEmpty && $0.responsible.isEmpty } })
        var joined = bare
        facts.join(into: &joined)
        Pipeline.dropRuleNames(&joined) // the full parse ran without --trace
        #expect(joined.outline == full.outline)
        #expect(joined.units == full.units)
        let first = try #require(joined.outline.first?.children.first)
        #expect(first.lead == ["区城管局"])
        #expect(first.responsible == ["各街道办事处"])
    }
}
