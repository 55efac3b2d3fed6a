import Testing
@testable import DocParse

/// Tables whose cells were separated by tabs (a sheet or an HTML table read by Ingest).
@Suite("Task tables with tab-separated cells")
struct TabTaskTableTests {
    func rows(_ s: String) -> [TaskTableRow] {
        var d: [Diagnostic] = []
        return TaskTableReader.rows(in: normalized(s), diagnostics: &d)
    }

    @Test("Tab cells: a blank inside a cell stays in it, units on two lines of one cell both read")
    func tabCellsKeepInnerBlanks() throws {
        let s = "序号\t工作举措\t实施 说明\t牵头单位\t配合单位\n"
            + "1\t建设社区养老食堂\t分两批 建成\t县民政局 县财政局\t各乡镇\n"
            + "2\t整治背街小巷路面\t年内完成\t县住建局\n"
        let r = rows(s)
        #expect(r.count == 2)
        let first = try #require(r.first)
        #expect(first.task == "建设社区养老食堂")
        #expect(first.attribution.names(.lead) == ["县民政局", "县财政局"])
        #expect(first.attribution.names(.supporting) == ["各乡镇"])
        #expect(cut(s, first.taskSpan) == "建设社区养老食堂")
        // The second row dropped its empty last cell (a sheet keeps no trailing empties).
        #expect(r[1].task == "整治背街小巷路面")
        #expect(r[1].attribution.names(.lead) == ["县住建局"])
    }

    @Test("A task column headed by a measure word (改革举措-style) is the task")
    func measureHeader() throws {
        let s = "序号 | 改革举措 | 主要内容 | 指导部门\n1 | 推行告知承诺审批 | 压减材料和时限 | 省政务服务局\n"
        let r = rows(s)
        #expect(r.map(\.task) == ["推行告知承诺审批"])
        #expect(r.first?.attribution.names(.responsible) == ["省政务服务局"])
    }

    @Test("A numbered list of unit names: each name is the item and its responsible unit")
    func unitNameColumn() throws {
        let s = "序号\t接收单位名称\t名额\n1\t县供水公司\t2\n2\t县图书馆\t1\n合计\t\t3\n"
        let r = rows(s)
        #expect(r.map(\.task) == ["县供水公司", "县图书馆"])
        #expect(r.map { $0.attribution.names(.responsible) } == [["县供水公司"], ["县图书馆"]])
    }

    @Test("A unit-name column alone without a number column is no task table")
    func unitNameNeedsNumbers() {
        let s = "联系单位名称\t联系电话\t地址\n县图书馆\t1234567\t人民路1号\n"
        #expect(rows(s).isEmpty)
    }

    @Test("A sub-row with units of its own (number and task merged down) adds them to its item")
    func subRowUnits() throws {
        let s = "序号\t重点任务\t具体措施\t牵头单位\t配合单位\n"
            + "1\t提升水质\t改造管网\t县水务局\t各镇\n"
            + "\t\t建设污水站\t县住建局\t县财政局\n"
            + "2\t绿化城区\t新增绿地\t县林业局\t\n"
        let r = rows(s)
        #expect(r.map(\.task) == ["提升水质", "绿化城区"])
        let first = try #require(r.first)
        #expect(first.attribution.names(.lead) == ["县水务局"])
        #expect(first.subRows.count == 1)
        let sub = try #require(first.subRowAttributions.first)
        #expect(sub.names(.lead) == ["县住建局"])
        #expect(sub.names(.supporting) == ["县财政局"])
        #expect(cut(s, sub.span).hasPrefix("\t\t建设污水站") || cut(s, sub.span).hasPrefix("建设污水站"))
        // The whole document: the sub-row's units go to item 1, none to item 2.
        let doc = DocumentParser.parse(text: "县城提升任务表\n" + s)
        let items = doc.outline.flatMap { [$0] + $0.children }
        let one = try #require(items.first { $0.title == "提升水质" })
        #expect(one.lead == ["县水务局", "县住建局"])
        #expect(one.supporting == ["各镇", "县财政局"])
        let two = try #require(items.first { $0.title == "绿化城区" })
        #expect(two.lead == ["县林业局"])
    }

    @Test("A role column named with a level before it or a bracket after it is read as its role")
    func qualifiedRoleColumns() throws {
        let s = "序号\t重点任务\t县级牵头单位\t责任单位(部门)\t配合部门（单位）\t完成时限\n"
            + "1\t改造农贸市场\t县商务局\t各镇\t县市场监管局\t2025年底\n"
        let row = try #require(rows(s).first)
        #expect(row.attribution.names(.lead) == ["县商务局"])
        #expect(row.attribution.names(.responsible) == ["各镇"])
        #expect(row.attribution.names(.supporting) == ["县市场监管局"])
        // A bracket alone, or a qualifier before no role label, names no unit column.
        #expect(TaskTableReader.qualifiedRole(Array("县级任务".unicodeScalars), 0..<4) == nil)
        #expect(TaskTableReader.qualifiedRole(Array("(部门)".unicodeScalars), 0..<4) == nil)
    }
}
