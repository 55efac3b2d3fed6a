import Testing
@testable import DocParse

@Suite("Task tables flattened to text")
struct TaskTableTests {
    func rows(_ s: String) -> [TaskTableRow] {
        var d: [Diagnostic] = []
        return TaskTableReader.rows(in: normalized(s), diagnostics: &d)
    }

    static let pipeTable = """
    附件
    重点任务分工表
    序号 | 重点工作任务 | 主要责任单位 | 协同配合单位 | 完成时限
    1 | 建成省级区域医疗中心3个 | 省卫生健康委 | 省发展改革委、省财政厅 | 2024年底
    2 | 推进县域医共体建设 | 各市州政府 | 省卫生健康委、省医保局 | 2025年
    3 | 完善农村公路养护机制 | 省交通运输厅 |  | 持续推进
    说明:以上任务按年度考核。
    """

    @Test("A table with | separators: rows with their task, units and deadline")
    func pipeShape() throws {
        let s = Self.pipeTable
        let r = rows(s)
        #expect(r.count == 3)
        let first = try #require(r.first)
        #expect(first.number == "1")
        #expect(first.task == "建成省级区域医疗中心3个")
        #expect(first.deadline == "2024年底")
        #expect(first.attribution.names(.lead) == ["省卫生健康委"])
        #expect(first.attribution.names(.supporting) == ["省发展改革委", "省财政厅"])
        #expect(cut(s, first.taskSpan) == "建成省级区域医疗中心3个")
        #expect(r[2].attribution.names(.supporting).isEmpty)
        #expect(r[2].deadline == "持续推进")
        #expect(r[1].attribution.clauses.map(\.roleWord) == ["主要责任单位", "协同配合单位"])
    }

    @Test("A table with one cell per line, a long task wrapped over two lines")
    func cellPerLine() throws {
        let s = """
        序号
        重点工作任务
        牵头单位
        责任单位
        完成时间

        1
        开展大气污染联防联控
        市生态环境局
        市公安局、市交通运输局
        2023年12月
        2
        推进工业企业超低排放改造,
        完成钢铁企业改造任务
        市工信局
        各县区政府
        2024年6月
        三、保障措施
        """
        let r = rows(s)
        #expect(r.count == 2)
        #expect(r[0].task == "开展大气污染联防联控")
        #expect(r[0].attribution.names(.lead) == ["市生态环境局"])
        #expect(r[0].attribution.names(.responsible) == ["市公安局", "市交通运输局"])
        #expect(r[0].deadline == "2023年12月")
        #expect(r[1].task.hasPrefix("推进工业企业超低排放改造,"))
        #expect(r[1].task.hasSuffix("完成钢铁企业改造任务"))
        #expect(r[1].attribution.names(.responsible) == ["各县区政府"])
        #expect(r[1].deadline == "2024年6月")
    }

    @Test("A table whose tab separators became blanks; a task cell with blanks inside")
    func blankSeparated() {
        let s = "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t建设 5G 基站 200 个\t县工信局\t县住建局、国网某县供电公司\t2024年\n2\t完成老旧管网改造\t县住建局\t县财政局\t2025年\n附件2"
        let r = rows(s)
        #expect(r.count == 2)
        #expect(r.first?.task == "建设 5G 基站 200 个")
        #expect(r.first?.attribution.names(.supporting) == ["县住建局", "国网某县供电公司"])
        #expect(r.last?.deadline == "2025年")
    }

    @Test("Category rows between data rows group them and do not end the table, in every separator shape")
    func categoryRows() {
        let tabs = "序号\t工作任务\t牵头单位\t责任单位\t完成时限\n（一）水环境治理\n1\t完成黑臭水体整治，新建截污管网30公里\t区水务局\t各街道办事处\t2025年6月底\n（二）大气污染防治\n2\t淘汰老旧柴油货车500辆\t区生态环境分局\t区交通运输局、区公安分局\t2025年底\n附件2"
        let r = rows(tabs)
        #expect(r.map(\.task) == ["完成黑臭水体整治，新建截污管网30公里", "淘汰老旧柴油货车500辆"])
        #expect(r.last?.attribution.names(.responsible) == ["区交通运输局", "区公安分局"])
        let wide = "序号　工作任务　牵头单位　责任单位\n一、教育服务\n1　新建幼儿园8所　县教育局　县住建局\n二、医疗服务\n2　建成胸痛中心2个　县卫健局　县医保局"
        #expect(rows(wide).map(\.task) == ["新建幼儿园8所", "建成胸痛中心2个"])
        let pipes = "序号 | 工作任务 | 牵头单位 | 责任单位\n1.文化设施\n1 | 改造乡镇文化站12个 | 县文旅局 | 各乡镇人民政府\n2.体育设施\n2 | 新建健身步道20公里 | 县体育局 | 县自然资源局"
        #expect(rows(pipes).map(\.task) == ["改造乡镇文化站12个", "新建健身步道20公里"])
        // Negative: a line that is not a heading still ends the table.
        let ended = "序号　工作任务　牵头单位　责任单位\n1　新建幼儿园8所　县教育局　县住建局\n以上任务纳入年度考核\n2　建成胸痛中心2个　县卫健局　县医保局"
        #expect(rows(ended).map(\.task) == ["新建幼儿园8所"])
    }

    @Test("In the outline a table row is one node titled by its task cell, with its units; rows are never joined")
    func rowsAsNodes() throws {
        let text = "某县2025年为民办实事项目任务分解表\n序号\t项目内容\t牵头单位\t责任单位\t完成时限\n一、教育医疗\n1\t新建公办幼儿园3所，新增学位900个\t县教育局\t各乡镇人民政府\t2025年9月底\n2\t建成县域医共体信息平台\t县卫生健康局\t县数据局、县财政局\t2025年12月底\n二、交通出行\n3　改造农村危桥15座　县交通运输局　各乡镇人民政府　2025年11月底"
        let d = DocumentParser.parse(text: text, path: "t.txt")
        #expect(OutlineFixture.shape(d.outline) == ["一、 教育医疗", "  1 新建公办幼儿园3所，新增学位900个", "  2 建成县域医共体信息平台",
                                                    "二、 交通出行", "  3 改造农村危桥15座"])
        #expect(!d.diagnostics.contains { $0.code == "outline.line-joined" })
        let n1 = d.outline[0].children[0]
        #expect(n1.lead == ["县教育局"])
        #expect(n1.responsible == ["各乡镇人民政府"])
        #expect(d.outline[0].children[1].responsible == ["县数据局", "县财政局"])
        #expect(d.outline[1].children[0].lead == ["县交通运输局"])
        let ts = try #require(n1.titleSpan)
        #expect(SourceText(text).string(ts.start..<ts.end) == "新建公办幼儿园3所，新增学位900个")
        #expect(d.tasks.map(\.title) == ["新建公办幼儿园3所，新增学位900个", "建成县域医共体信息平台", "改造农村危桥15座"])
        #expect(!d.diagnostics.contains { $0.code == "units.unattached" })
    }

    @Test("A | table's rows are nodes too, under the heading above the table")
    func pipeRowsAsNodes() {
        let text = "一、重点项目\n序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限\n1 | 建设智慧停车平台，接入泊位2万个 | 县城管局 | 县公安局 | 2025年\n2 | 新建城市绿道12公里 | 县住建局 | 县林业局、县水利局 | 2026年\n二、保障措施"
        let d = DocumentParser.parse(text: text, path: "t.txt")
        #expect(OutlineFixture.shape(d.outline) == ["一、 重点项目", "  1 建设智慧停车平台，接入泊位2万个", "  2 新建城市绿道12公里", "二、 保障措施"])
        #expect(d.outline[0].children.map(\.lead) == [["县城管局"], ["县住建局"]])
        #expect(d.outline[0].children[1].responsible == ["县林业局", "县水利局"])
        // Negative: the same lines without a header are no table and open no node.
        let plain = DocumentParser.parse(text: "一、重点项目\n1 | 建设智慧停车平台 | 县城管局\n二、保障措施", path: "t.txt")
        #expect(OutlineFixture.shape(plain.outline) == ["一、 重点项目", "二、 保障措施"])
    }

    @Test("Rows become attributions of the stage, with spans")
    func rowsAsAttributions() {
        let found = attributions(Self.pipeTable).found
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.form == .tableRow })
        #expect(found[0].deadline == "2024年底")
    }

    @Test("Lines that only look like a header are not a table")
    func notATable() {
        #expect(rows("序号\n姓名\n单位\n1\n张三\n市教育局").isEmpty) // no task and no role column
        #expect(rows("任务 | 说明\n见附件 | 无").isEmpty)
    }
}
