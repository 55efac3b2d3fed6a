import Foundation
import Testing
@testable import DocParse

/// `--trace` (``ParseOptions/trace``) names the rule behind every outline node, target and unit
/// occurrence; without it the output has no `rule` field at all.
@Suite("Rule names with --trace")
struct TraceTests {
    static let text = """
        一、总体要求
        到2025年,全市普惠性幼儿园覆盖率达到90%以上。
        二、重点任务
        (一)加强学前教育。新建幼儿园12所。(牵头单位:市教育局;责任单位:市财政局)
        1推进城镇小区配套园建设,新增学位3000个。
        """

    static func parse(trace: Bool) throws -> Document {
        try DocumentParser.parse(bytes: Array(text.utf8), options: ParseOptions(path: "t.txt", trace: trace))
    }

    @Test("Every node, target and occurrence names its rule; the names are the registered ones")
    func traced() throws {
        let doc = try Self.parse(trace: true)
        var nodes: [OutlineNode] = []
        for r in doc.outline { r.forEach { nodes.append($0) } }
        #expect(nodes.count == 4)
        let nodeRules = Set(NodeRule.all.map(\.name))
        #expect(nodes.allSatisfy { $0.rule.map(nodeRules.contains) ?? false })
        #expect(nodes.map(\.rule) == ["marker.intact", "marker.intact", "marker.intact", "marker.lost-punctuation"])
        #expect(!doc.targets.isEmpty)
        let targetRules = Set(TargetSignal.allCases.map(\.rawValue))
        #expect(doc.targets.allSatisfy { $0.rule.map(targetRules.contains) ?? false })
        #expect(doc.targets.first?.rule == "target.comparator")
        let occurrences = doc.units.flatMap(\.occurrences)
        #expect(!occurrences.isEmpty)
        #expect(occurrences.allSatisfy { $0.rule == AttributionForm.bracketLabels.ruleName })
        #expect(Set(AttributionForm.allCases.map(\.ruleName)).count == AttributionForm.allCases.count)
    }

    @Test("Without --trace the JSON has no rule field, and is otherwise the same")
    func untraced() throws {
        let plain = try JSONOutput.string(Self.parse(trace: false))
        let traced = try JSONOutput.string(Self.parse(trace: true))
        #expect(!plain.contains("\"rule\""))
        #expect(traced.contains("\"rule\":\"marker.intact\""))
        var stripped = try Self.parse(trace: true)
        Pipeline.dropRuleNames(&stripped)
        #expect(try JSONOutput.string(stripped) == plain)
    }
}
