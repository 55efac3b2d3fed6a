import Testing
@testable import DocParse

@Suite("Units named in duty sentences of a 保障 section")
struct MentionFinderTests {
    static let text = """
    二、重点任务
    (一)强化基层医疗。卫生健康部门要做好基层医疗机构建设。
    三、保障措施
    (一)加强组织领导。各县区、开发区要落实主体责任。卫生健康部门要发挥牵头作用;发改、财政部门要配合做好立项和经费保障;市医保局负责医保支付改革。发挥市医改领导小组统筹作用,领导小组每季度召开一次会议。
    (二)强化督导考核。将任务落实情况纳入考核。
    """

    @Test("Subjects followed by a duty verb are mentioned units, only in the 保障 section")
    func mentions() throws {
        let found = attributions(Self.text).found
        #expect(found.allSatisfy { $0.form == .mention })
        let names = found.flatMap { $0.names(.mentioned) }
        #expect(names == ["各县区", "开发区", "卫生健康部门", "发改部门", "财政部门", "市医保局"])
        let s = try #require(found.first { $0.names(.mentioned).contains("市医保局") })
        #expect(cut(Self.text, s.span) == "市医保局负责")
    }

    @Test("With an outline, the 保障 section is the top-level node")
    func fromOutline() {
        let n = normalized(Self.text)
        let start = 0
        let sectionStart = Array(Self.text.unicodeScalars).firstIndex(of: "三")!
        let node = OutlineNode(id: "n9", depth: 1, marker: "三、", ordinal: 3, style: .cnComma, title: "保障措施", text: "",
                               span: Span(start: sectionStart, end: Self.text.unicodeScalars.count, line: 3, column: 1))
        let other = OutlineNode(id: "n1", depth: 1, marker: "二、", ordinal: 2, style: .cnComma, title: "重点任务", text: "",
                                span: Span(start: start, end: sectionStart, line: 1, column: 1))
        let found = MentionFinder.find(in: n, outline: [other, node], excluding: [])
        #expect(found.count == 4)
        #expect(found.flatMap { $0.names(.mentioned) }.first == "各县区")
        #expect(MentionFinder.find(in: n, outline: [other], excluding: []).isEmpty)
    }
}
