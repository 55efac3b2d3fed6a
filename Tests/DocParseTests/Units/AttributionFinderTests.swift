import Testing
@testable import DocParse

@Suite("Finding attributions")
struct AttributionFinderTests {
    @Test("A full-width parenthesis closing the item, with full-width colons and semicolon")
    func fullWidthBracket() throws {
        let s = "1.建设省级区域医疗中心。到2025年建成3个。（牵头单位：省卫生健康委；责任单位：省发展改革委、省财政厅）"
        let a = try #require(attributions(s).found.first)
        #expect(a.form == .bracketLabels)
        #expect(a.names(.lead) == ["省卫生健康委"])
        #expect(a.names(.responsible) == ["省发展改革委", "省财政厅"])
        #expect(cut(s, a.span) == "（牵头单位：省卫生健康委；责任单位：省发展改革委、省财政厅）")
        #expect(a.clauses.map(\.roleWord) == ["牵头单位", "责任单位"])
    }

    @Test("Half-width brackets, other role words")
    func halfWidth() throws {
        let s = "(三)提升农村公路养护水平。(主责单位:县交通运输局;协同责任单位:县公路段;协办单位:各乡镇、县财政局)"
        let a = try #require(attributions(s).found.first)
        #expect(a.names(.lead) == ["县交通运输局"])
        #expect(a.names(.responsible) == ["县公路段"])
        #expect(a.names(.supporting) == ["各乡镇", "县财政局"])
    }

    @Test("Roles separated by blanks instead of semicolons")
    func blanksBetweenRoles() throws {
        let s = "5.治理黑臭水体。(牵头部门:生态环境局、水务局   责任部门:住建局、城管局、各街道)"
        let a = try #require(attributions(s).found.first)
        #expect(a.names(.lead) == ["生态环境局", "水务局"])
        #expect(a.names(.responsible) == ["住建局", "城管局", "各街道"])
    }

    @Test("【牵头单位】 markers on the line")
    func lenticularLabels() throws {
        let s = "推进工业园区污水集中处理。【牵头单位】市生态环境局【配合单位】市工信局、市住建局"
        let found = attributions(s).found
        #expect(found.count == 1)
        let a = try #require(found.first)
        #expect(a.names(.lead) == ["市生态环境局"])
        #expect(a.names(.supporting) == ["市工信局", "市住建局"])
    }

    @Test("No bracket: 责任单位 as the item's last line")
    func lastLine() throws {
        let s = "2.推进数字化车间建设。每年新增10个数字化车间。\n责任单位:市工信局、市科技局\n3.下一项。"
        let a = try #require(attributions(s).found.first)
        #expect(a.form == .labelLines)
        #expect(a.names(.responsible) == ["市工信局", "市科技局"])
        #expect(a.names(.lead).isEmpty)
    }

    @Test("A label after blanks at the end of the item's line; labels after a 。")
    func labelAfterBlanks() throws {
        let a = try #require(attributions("2.推进数字化车间建设  责任单位:市工信局、市科技局").found.first)
        #expect(a.names(.responsible) == ["市工信局", "市科技局"])
        let b = try #require(attributions("【牵头单位】市生态环境局。【配合单位】市工信局。").found.first)
        #expect(b.names(.supporting) == ["市工信局"])
        #expect(attributions("明确责任单位:市教育局").found.isEmpty)
    }

    @Test("Each role on its own line is one group")
    func ownLines() throws {
        let s = "4.完善高速公路服务区。\n牵头单位：省交通运输厅\n\n责任单位：各市州政府、省交通投资集团有限公司\n"
        let found = attributions(s).found
        #expect(found.count == 1)
        let a = try #require(found.first)
        #expect(a.names(.lead) == ["省交通运输厅"])
        #expect(a.names(.responsible) == ["各市州政府", "省交通投资集团有限公司"])
    }

    @Test("A role word alone takes the units on the next line")
    func valueOnNextLine() throws {
        let a = try #require(attributions("配合单位:\n国网陕西省电力有限公司、陕西师范大学\n").found.first)
        #expect(a.names(.supporting) == ["国网陕西省电力有限公司", "陕西师范大学"])
    }

    @Test("Units written before the role verb")
    func verbsAfterUnits() throws {
        let a = try #require(attributions("加强医保支付改革(市卫生健康委牵头,市财政局、市医保局配合)。").found.first)
        #expect(a.form == .bracketVerbs)
        #expect(a.names(.lead) == ["市卫生健康委"])
        #expect(a.names(.supporting) == ["市财政局", "市医保局"])

        // 负责 alone names those responsible (GUIDE: only 牵头/主办 lead).
        let b = try #require(attributions("完善农村客运网络〔省交通运输厅负责,各市州政府落实〕").found.first)
        #expect(b.names(.lead).isEmpty)
        #expect(b.names(.responsible) == ["省交通运输厅", "各市州政府"])

        let c = try #require(attributions("【由市生态环境局牵头，市公安局、市交通运输局配合；各县区政府负责落实】").found.first)
        #expect(c.names(.lead) == ["市生态环境局"])
        #expect(c.names(.supporting) == ["市公安局", "市交通运输局"])
        #expect(c.names(.responsible) == ["各县区政府"])
    }

    @Test("Units before a verb, then labels, in one bracket")
    func mixed() throws {
        let a = try #require(attributions("(县卫生健康局牵头;责任单位:县财政局、县医保局)").found.first)
        #expect(a.names(.lead) == ["县卫生健康局"])
        #expect(a.names(.responsible) == ["县财政局", "县医保局"])
    }

    @Test("A bracket broken across two lines")
    func brokenBracket() {
        let found = attributions("推进河湖长制。(牵头单位:市水利局;\n责任单位:市生态环境局、市农业农村局)\n").found
        #expect(found.flatMap { $0.names(.lead) } == ["市水利局"])
        #expect(found.flatMap { $0.names(.responsible) } == ["市生态环境局", "市农业农村局"])
    }

    @Test("Another field label after the role does not make a header line")
    func laterLabel() {
        let a = attributions("牵头单位:市发展改革委 资金来源:市财政局").found.first
        #expect(a?.names(.lead) == ["市发展改革委"])
    }

    @Test("A role marked inside the list: (牵头) after a unit, or a note that the first unit leads")
    func marksInList() throws {
        let a = try #require(attributions("责任单位:市卫生健康委(牵头),市财政局、市医保局").found.first)
        #expect(a.names(.lead) == ["市卫生健康委"])
        #expect(a.names(.responsible) == ["市财政局", "市医保局"])
        #expect(a.clauses.first?.roleWord == "牵头")

        let b = try #require(attributions("责任单位：县交通运输局、县公安局、各乡镇（列第一位的为牵头单位）").found.first)
        #expect(b.names(.lead) == ["县交通运输局"])
        #expect(b.names(.responsible) == ["县公安局", "各乡镇"])

        let d = try #require(attributions("责任单位:市卫生健康委牵头,市财政局配合,各县区政府负责").found.first)
        #expect(d.names(.lead) == ["市卫生健康委"])
        #expect(d.names(.supporting) == ["市财政局"])
        #expect(d.names(.responsible) == ["各县区政府"])
        #expect(attributions("责任单位:各县区政府,市直有关部门按职责分工负责").found.first?.names(.responsible)
                == ["各县区政府", "市直有关部门"])

        // A bracket that is part of a name stays.
        let c = try #require(attributions("责任单位:市教育局(市教育督导室)、市财政局").found.first)
        #expect(c.names(.responsible) == ["市教育局(市教育督导室)", "市财政局"])
        #expect(c.names(.lead).isEmpty)
    }

    @Test("A time limit among the verb clauses is the deadline")
    func verbDeadline() throws {
        let a = try #require(attributions("建成危废处置中心(市生态环境局牵头,市工信局配合,2025年底前完成)").found.first)
        #expect(a.names(.lead) == ["市生态环境局"])
        #expect(a.deadline == "2025年底前完成")
        #expect(attributions("(2025年底前完成)").found.isEmpty)
    }

    @Test("Subject-style role labels and a level list in brackets")
    func subjectLabels() throws {
        let a = try #require(attributions("(牵头单位:省卫生健康委;责任主体:各县(市、区)人民政府)").found.first)
        #expect(a.names(.responsible) == ["各县(市、区)人民政府"])
        let b = try #require(attributions("〔各县(市、区)人民政府负责〕").found.first)
        #expect(b.names(.responsible) == ["各县(市、区)人民政府"])
    }

    @Test("A parenthesis that is not an attribution")
    func negatives() {
        for s in ["培育一批好学校(含幼儿园,下同)。", "三年行动计划(2023—2025年)", "大力弘扬一训三风(校训校风教风学风)",
                  "实行校长负责制(由校长负责)。", "开展检查(每季度一次,由专人负责)。", "纳入镇(街办)网格化治理体系",
                  "落实牵头单位责任,明确责任单位分工。"] {
            #expect(attributions(s).found.isEmpty, "\(s)")
        }
    }

    @Test("A metadata header line with 责任部门 is not an attribution")
    func headerLine() {
        #expect(attributions("发布机构: 县卫生健康局 责任部门: 县卫生健康局 关键字: 医疗").found.isEmpty)
        #expect(attributions("发布机构 兴庆区教育局 责任部门 兴庆区教育局").found.isEmpty)
        #expect(attributions("索引号: 11330000/2024-001\n责任部门: 县卫生健康局\n发布日期: 2024-01-01").found.isEmpty)
        // A role line under an item is not a header.
        #expect(attributions("3.推进医共体建设。\n责任部门: 县卫生健康局\n4.下一项").found.count == 1)
    }

    @Test("People in charge are leaders, not units")
    func leaders() throws {
        let a = try #require(attributions("(牵头单位:县卫生健康局;责任领导:王明、李红)").found.first)
        #expect(a.names(.leaders) == ["王明", "李红"])
        #expect(a.names(.lead) == ["县卫生健康局"])
    }

    @Test("A bracket never closed is still read, and reported")
    func unclosed() throws {
        let r = attributions("推进节水改造。(牵头单位:市水务局;责任单位:市农业农村局")
        #expect(r.found.first?.names(.responsible) == ["市农业农村局"])
        #expect(r.diagnostics.contains { $0.code == "units.unclosed-bracket" })
    }

    @Test("Two attributions in one text are both found")
    func twoGroups() {
        let found = attributions("建设区域中心(牵头单位:市卫生健康委)。完善转诊(市医保局负责,各县区政府落实)").found
        #expect(found.count == 2)
        #expect(found.map(\.form) == [.bracketLabels, .bracketVerbs])
    }
}
