import Testing
@testable import DocParse

@Suite("Attaching attributions to outline nodes")
struct OutlineAttacherTests {
    static let text = """
    二、重点任务
    (一)提升医疗服务
    1.建设区域医疗中心。(牵头单位:省卫生健康委;责任单位:省财政厅)
    2.推进分级诊疗。(省卫生健康委负责,各市州政府落实)责任领导:张伟
    三、保障措施
    """

    /// A hand-built outline: 二 > (一) > 1, 2; 三 (as the outline engine would give it).
    static func outline() -> [OutlineNode] {
        let s = Array(text.unicodeScalars)
        func at(_ marker: String) -> Int {
            let m = Array(marker.unicodeScalars)
            return (0...(s.count - m.count)).first { Array(s[$0..<($0 + m.count)]) == m }!
        }
        func node(_ id: String, _ depth: Int, _ from: Int, _ to: Int) -> OutlineNode {
            OutlineNode(id: id, depth: depth, marker: "", ordinal: 1, style: .numDot, title: "", text: "",
                        span: Span(start: from, end: to, line: 1, column: 1))
        }
        var sec = node("n1", 1, at("二、"), at("三、"))
        var sub = node("n2", 2, at("(一)"), at("三、"))
        sub.children = [node("n3", 3, at("1.建设"), at("2.推进")), node("n4", 3, at("2.推进"), at("三、"))]
        sec.children = [sub]
        return [sec, node("n5", 1, at("三、"), s.count)]
    }

    @Test("Each group goes to the deepest node containing it; two groups on one node merge")
    func deepest() throws {
        var doc = DocumentParser.parse(text: Self.text)
        doc.outline = Self.outline()
        var d: [Diagnostic] = []
        AttributionStage.run(normalized(Self.text), &doc, &d)
        let n3 = doc.outline[0].children[0].children[0]
        let n4 = doc.outline[0].children[0].children[1]
        #expect(n3.lead == ["省卫生健康委"])
        #expect(n3.responsible == ["省财政厅"])
        // `省卫生健康委负责`: 负责 alone names a responsible unit (GUIDE), only 牵头 a lead.
        #expect(n4.lead.isEmpty)
        #expect(n4.responsible == ["省卫生健康委", "各市州政府"])
        #expect(n4.leaders == ["张伟"])
        #expect(doc.outline[0].lead.isEmpty)
        #expect(doc.outline[0].children[0].lead.isEmpty)
        let unit = try #require(doc.units.first { $0.name == "省卫生健康委" })
        #expect(unit.occurrences.map(\.nodeId) == ["n3", "n4"])
    }

    @Test("No containing node: no node changes and a null node id")
    func outside() {
        let nodes = [OutlineNode(id: "n1", depth: 1, marker: "", ordinal: 1, style: .numDot, title: "", text: "",
                                 span: Span(start: 0, end: 3, line: 1, column: 1))]
        #expect(OutlineAttacher.path(for: Span(start: 10, end: 20, line: 1, column: 11), in: nodes) == nil)
        var outline = nodes
        let found = attributions("前言。\n(牵头单位:市交通运输局)").found
        #expect(OutlineAttacher.attach(found, to: &outline) == [nil])
        #expect(outline == nodes)
    }

    @Test("With an outline, a group outside every node is reported")
    func unattachedReported() {
        let text = "前言。(牵头单位:市交通运输局)\n一、任务"
        var doc = DocumentParser.parse(text: text)
        doc.outline = [OutlineNode(id: "n1", depth: 1, marker: "一、", ordinal: 1, style: .numDot, title: "任务", text: "",
                                   span: Span(start: 19, end: 23, line: 2, column: 1))]
        var d: [Diagnostic] = []
        AttributionStage.run(normalized(text), &doc, &d)
        #expect(d.contains { $0.code == "units.unattached" })
        #expect(doc.units.first?.occurrences.first?.nodeId == nil)
    }
}
