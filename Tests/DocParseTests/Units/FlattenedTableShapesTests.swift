import Testing
@testable import DocParse

/// Task tables flattened by extraction in the shapes that leave no exact cell boundaries:
/// blanks that also stand inside cells, header names cut over lines, a row that lost a cell,
/// cells run together with no separator. Invented tables, one per shape.
@Suite("Task tables whose cells the extraction flattened")
struct FlattenedTableShapesTests {
    static func outline(_ s: String) -> (doc: Document, nodes: [OutlineNode]) {
        let doc = DocumentParser.parse(text: s)
        var nodes: [OutlineNode] = []
        for r in doc.outline { r.forEach { nodes.append($0) } }
        return (doc, nodes)
    }

    // MARK: Cells cut at blanks

    /// Header names cut by blanks (`牵头  领导`), a person column, a category cell wrapped
    /// (`水源保 障`), a unit cell running on to the next line, a merged category cell (the extra
    /// blank after `5`), a merged task cell (two extra blanks after `6`), rows 3, 5, 6 of a
    /// longer list.
    static let blankTable = """
        某县水利重点任务清单
        序号 类别 重点任务 细化措施 牵头  领导 牵头 责任单位 配合   责任单位
        3 水源保 障 建设应急水源 新建应急水源地2处。 赵  磊 县水利局 县财政局
        县自然资源局
        5  整治农村河道 完成河道清淤40公里。 钱小红 县农业农村局 各乡镇
        6   疏浚灌区沟渠。清理沟渠淤积,恢复灌溉能力。 孙立 县水利局 各乡镇
        """

    @Test("blank-cut cells are put under the header's columns; merged cells stay empty")
    func blankAligned() throws {
        var d: [Diagnostic] = []
        let rows = TaskTableReader.rows(in: normalized(Self.blankTable), diagnostics: &d)
        #expect(rows.map(\.number) == ["3", "5", "6"])
        #expect(rows.map(\.task) == ["建设应急水源", "整治农村河道", "疏浚灌区沟渠"])
        #expect(rows.allSatisfy { $0.shape == .blankAligned })
        #expect(rows.first?.attribution.names(.lead) == ["县水利局"])
        #expect(rows.first?.attribution.names(.supporting) == ["县财政局", "县自然资源局"])
        // The person column is never a unit.
        #expect(rows.allSatisfy { !$0.attribution.names(.lead).contains("钱小红") })
        #expect(rows[1].attribution.names(.supporting) == ["各乡镇"])
    }

    @Test("each blank-cut row is an outline item titled by its task cell, numbers out of sequence too")
    func blankAlignedOutline() {
        let (_, nodes) = Self.outline(Self.blankTable)
        #expect(nodes.map { "\($0.ordinal) \($0.title)" } == ["3 建设应急水源", "5 整治农村河道", "6 疏浚灌区沟渠"])
        #expect(nodes.map(\.depth) == [1, 1, 1])
        #expect(nodes[1].lead == ["县农业农村局"])
    }

    @Test("the task cell's span is its text in the source")
    func blankAlignedSpans() {
        let text = normalized(Self.blankTable)
        var d: [Diagnostic] = []
        let rows = TaskTableReader.rows(in: text, diagnostics: &d)
        for row in rows {
            #expect(text.source.string(row.taskSpan.start..<row.taskSpan.end) == row.task)
        }
    }

    @Test("category rows and a header repeated on a new page stand between blank-cut rows")
    func blankAlignedCategoriesAndRepeatedHeader() {
        let table = """
            序号 重点任务 分管 领导 牵头单位 配合单位 完成时限
            一、城市更新
            1 改造老旧小区 王  强 县住建局 各街道 2025年底
            2 建设口袋公园 王  强 县城管局 县自然资源局 2024年6月
            序号 重点任务 分管 领导 牵头单位 配合单位 完成时限
            3 整治背街小巷 李明 县城管局 各街道 长期坚持
            二、乡村振兴
            4 建设美丽乡村 李明 县农业农村局 各乡镇 2025年底
            """
        var d: [Diagnostic] = []
        let rows = TaskTableReader.rows(in: normalized(table), diagnostics: &d)
        #expect(rows.map(\.number) == ["1", "2", "3", "4"])
        #expect(rows.map(\.deadline) == ["2025年底", "2024年6月", "长期坚持", "2025年底"])
        #expect(rows.allSatisfy { $0.shape == .blankAligned })
        let (_, nodes) = Self.outline(table)
        #expect(nodes.map { "\($0.depth) \($0.title)" }
                == ["1 城市更新", "2 改造老旧小区", "2 建设口袋公园", "2 整治背街小巷", "1 乡村振兴", "2 建设美丽乡村"])
        #expect(nodes.allSatisfy { !$0.lead.contains("李明") && !$0.responsible.contains("李明") })
    }

    @Test("a line of words that only look like a header with rows of prose is no table")
    func blankNotATable() {
        var d: [Diagnostic] = []
        let rows = TaskTableReader.rows(in: normalized("序号 名称 说明\n1 本表 按年度更新。\n2 其他 见附件。"), diagnostics: &d)
        #expect(rows.isEmpty)
    }

    // MARK: One cell per line, header names cut over lines

    static let lineTable = [
        "序号", "", "工作事项", "", "分管", "", "领导", "", "责任", "", "科室", "", "年度目标", "", "任务", "", "推进", "", "措施", "",
        "1", "", "修缮村级活动中心", "", "周文", "", "社会事务办", "", "完成三个村的修缮。", "", "年底前完工。", "",
        "2", "", "建设乡村公路", "", "吴刚", "", "建设办", "", "新建道路5公里。", "", "分两期实施。",
    ].joined(separator: "\n")

    @Test("header names cut over two lines are joined into as many columns as a row has cells")
    func lineCellsSplitHeader() {
        var d: [Diagnostic] = []
        let rows = TaskTableReader.rows(in: normalized(Self.lineTable), diagnostics: &d)
        #expect(rows.map(\.task) == ["修缮村级活动中心", "建设乡村公路"])
        #expect(rows.map { $0.attribution.names(.responsible) } == [["社会事务办"], ["建设办"]])
        #expect(rows.allSatisfy { $0.attribution.names(.lead).isEmpty })
        let (_, nodes) = Self.outline(Self.lineTable)
        #expect(nodes.map { "\($0.ordinal) \($0.title)" } == ["1 修缮村级活动中心", "2 建设乡村公路"])
    }

    @Test("header pieces: names joined where a piece alone is no name")
    func headerCells() {
        let t = normalized("序号 牵头 领导 牵头 责任单位 工作任务 备注")
        let pieces = BlankAlignedTable.pieces(t, [0], 0, 1).map(\.range)
        let h = HeaderCells.read(t, pieces)
        #expect(h?.columns == [.number, .units(.leaders), .units(.lead), .task, .other])
        #expect(h?.names == ["序号", "牵头领导", "牵头责任单位", "工作任务", "备注"])
    }

    // MARK: A row that lost a cell

    @Test("a bar-line row with a cell fewer than the header ends at the next row's number")
    func barLineMissingCell() {
        let table = [
            "序号", "|", "年度目标", "|", "工作内容", "|", "牵头责任单位", "|", "进展情况", "|",
            "4", "|", "完善养老服务网络", "|", "县民政局", "|", "已建成站点3个。", "|",
            "9", "|", "改造老旧小区", "|", "完成改造12个小区。", "|", "县住建局", "|", "1.已开工。",
        ].joined(separator: "\n")
        let (doc, nodes) = Self.outline(table)
        #expect(nodes.map { "\($0.ordinal) \($0.title)" } == ["4 完善养老服务网络", "9 改造老旧小区"])
        #expect(nodes.map(\.lead) == [["县民政局"], ["县住建局"]])
        // The numbered note in the last, unclosed cell is no item.
        #expect(doc.tasks.count == 2)
    }

    // MARK: Cells run together

    static let runTogether = """
        某县民生项目分解表
        1、某县民生项目分解表序号项目名称主要内容分管领导牵头单位配合单位1扩充学位供给新建小学2所,增加学位900个。张某某教育局各乡镇2改善农村道路实施道路硬
        2、化50公里。李某交通局各乡镇3提升养老服务为老人提供上门服务。王晓东民政局各街道
        """

    @Test("cells run together: rows by their running number, the name before the detail's action word")
    func runTogetherRows() {
        var d: [Diagnostic] = []
        let rows = TaskTableReader.rows(in: normalized(Self.runTogether), diagnostics: &d)
        #expect(rows.map(\.task) == ["扩充学位供给", "改善农村道路", "提升养老服务"])
        #expect(rows.map { $0.attribution.names(.lead) } == [["教育局"], ["交通局"], ["民政局"]])
        #expect(rows.map { $0.attribution.names(.supporting) } == [["各乡镇"], ["各乡镇"], ["各街道"]])
        #expect(rows.allSatisfy { $0.shape == .runTogether })
    }

    @Test("run-together rows are items; the sharing site's chunk numbers are not")
    func runTogetherOutline() {
        let (_, nodes) = Self.outline(Self.runTogether)
        #expect(nodes.map { "\($0.ordinal) \($0.title)" } == ["1 扩充学位供给", "2 改善农村道路", "3 提升养老服务"])
        #expect(nodes.map(\.lead) == [["教育局"], ["交通局"], ["民政局"]])
    }

    @Test("--trace names the shape of the table a row came from; the names are registered")
    func traced() throws {
        let doc = try DocumentParser.parse(bytes: Array(Self.blankTable.utf8), options: ParseOptions(path: "t.txt", trace: true))
        let rules = Set(doc.units.flatMap(\.occurrences).compactMap(\.rule))
        #expect(rules == [TableShape.blankAligned.ruleName])
        #expect(AttributionForm.ruleNames.contains(TableShape.blankAligned.ruleName))
        #expect(Set(AttributionForm.ruleNames).count == AttributionForm.ruleNames.count)
    }
}
