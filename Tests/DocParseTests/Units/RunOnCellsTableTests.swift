import Testing
@testable import DocParse

/// A task table copied as text from a PDF preview: every line break inside a cell became a
/// blank, header and rows run on in one line, the markers `一` / `1.` / `①` stand inline.
/// Invented tables.
@Suite("Task tables whose rows run on in one line")
struct RunOnCellsTableTests {
    static func outline(_ s: String) -> [OutlineNode] {
        let doc = DocumentParser.parse(text: s)
        var nodes: [OutlineNode] = []
        for r in doc.outline { r.forEach { nodes.append($0) } }
        return nodes
    }

    /// Two categories; item 1 with two measures and a unit cell merged over them that says the
    /// first-listed unit leads (for every row below too); words and unit names broken by blanks.
    static let table = "—3 — 某县养老服务分工方案 序号 重点任务 工作内容 具体措施 责任单位 一 完善基层 服务网络 "
        + "1.建强村 级站点。 ①每个行政村建成 1 个互助养老点。 县民政局、财 政局,各乡 镇人民政府。排在首 位的为牵头单位,下同。 "
        + "②推动养老点与卫生室 邻近设置。 2.培育服 务队伍。 每年培训护理员 200 名以上。 县人社局、民 政局 "
        + "二 提升服务 质量 1.推行服 务清单。 公开服务项目和收费标准。 县市场监管局、民政局"

    @Test("rows are cut at their markers; a category's cell titles it; units read over the blanks")
    func rows() {
        var d: [Diagnostic] = []
        let rows = TaskTableReader.rows(in: normalized(Self.table), diagnostics: &d)
        #expect(rows.map(\.number) == ["1", "2", "1"])
        #expect(rows.map(\.task) == ["建强村 级站点", "培育服 务队伍", "推行服 务清单"])
        #expect(rows.allSatisfy { $0.shape == .runOnCells })
        #expect(rows[0].attribution.names(.lead) == ["县民政局"])
        #expect(rows[0].attribution.names(.responsible) == ["财政局", "各乡镇人民政府"])
        // `下同`: the first-listed unit leads below too.
        #expect(rows[1].attribution.names(.lead) == ["县人社局"])
        #expect(rows[1].attribution.names(.responsible) == ["民政局"])
        #expect(rows[2].attribution.names(.lead) == ["县市场监管局"])
        #expect(rows[0].subItems.map(\.marker.ordinal) == [1, 2])
        #expect(rows[0].category != nil && rows[1].category == nil && rows[2].category != nil)
    }

    @Test("spans index the text as written, blanks inside words included")
    func spans() {
        let text = normalized(Self.table)
        var d: [Diagnostic] = []
        let rows = TaskTableReader.rows(in: text, diagnostics: &d)
        for row in rows {
            #expect(text.source.string(row.taskSpan.start..<row.taskSpan.end) == row.task)
            for c in row.attribution.clauses {
                for u in c.units { #expect(text.source.string(u.span.start..<u.span.end) == u.text) }
            }
        }
        let broken = rows[0].attribution.clauses.flatMap(\.units).first { $0.name == "财政局" }
        #expect(broken?.text == "财 政局")
    }

    @Test("categories, items and measures make three levels of the outline")
    func outlineLevels() {
        let nodes = Self.outline(Self.table)
        #expect(nodes.map { "\($0.depth) \($0.ordinal)" } == ["1 1", "2 1", "3 1", "3 2", "2 2", "1 2", "2 1"])
        #expect(nodes[0].title == "完善基层 服务网络")
        #expect(nodes[1].title == "建强村 级站点")
        #expect(nodes[2].title.hasPrefix("每个行政村建成 1 个互助养老点"))
        #expect(nodes[1].lead == ["县民政局"])
        #expect(nodes[5].title == "提升服务 质量")
    }

    @Test("digits padded with blanks are no row numbers; prose after the header is no table")
    func notRows() {
        // The number column in digits: `2 个` inside a cell is a count, not row 2.
        let digits = "序号 重点任务 责任单位 1 新建 2 个社区食堂。 县民政局 2 建成 2 个日间照料中心。 县民政局、县卫健局"
        var d: [Diagnostic] = []
        let rows = TaskTableReader.rows(in: normalized(digits), diagnostics: &d)
        #expect(rows.map(\.number) == ["1", "2"])
        #expect(rows.map { $0.attribution.names(.responsible) } == [["县民政局"], ["县民政局", "县卫健局"]])
        let prose = "序号 重点任务 责任单位 一 加强组织领导。 各地要高度重视,认真抓好落实。"
        #expect(TaskTableReader.rows(in: normalized(prose), diagnostics: &d).isEmpty)
    }
}
