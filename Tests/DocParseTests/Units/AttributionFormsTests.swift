import Testing
@testable import DocParse

/// Attribution forms beyond `(牵头单位:X;责任单位:Y)`: units before the role verb, notes and
/// blanket sentences inside the bracket, `由X会同Y负责`, brackets wrapped over two lines.
@Suite("Attribution forms")
struct AttributionFormsTests {
    @Test("负责 alone makes the units responsible, not leads")
    func responsibleVerb() throws {
        let s = "3.完善农村寄递网络。(省邮政管理局、省交通运输厅负责)"
        let a = try #require(attributions(s).found.first)
        #expect(a.names(.lead).isEmpty)
        #expect(a.names(.responsible) == ["省邮政管理局", "省交通运输厅"])
    }

    @Test("A first-leads note inside the bracket, and 下同 carries it to later groups")
    func firstLeadsCarried() throws {
        let s = """
        一、提升养殖水平。扩大良种覆盖。(市农业局、市财政局、市科技局等负责。排在首位的为牵头单位,下同)
        二、完善防疫体系。健全监测网络。(市卫生健康委、市农业局按职责分工负责)
        """
        let found = attributions(s).found
        #expect(found.count == 2)
        #expect(found[0].names(.lead) == ["市农业局"])
        #expect(found[0].names(.responsible) == ["市财政局", "市科技局"])
        #expect(found[1].names(.lead) == ["市卫生健康委"])
        #expect(found[1].names(.responsible) == ["市农业局"])
    }

    @Test("Without a note, a group that names no lead gets none")
    func noNoteNoLead() throws {
        let s = "二、完善防疫体系。(市卫生健康委、市农业局按职责分工负责)"
        let a = try #require(attributions(s).found.first)
        #expect(a.names(.lead).isEmpty)
        #expect(a.names(.responsible).count == 2)
    }

    @Test("A blanket sentence in the bracket is reported, and the units before it still count")
    func blanketSentence() throws {
        let s = "1.清理违规项目。〔市发展改革局牵头,市水务局、农业局参与,各县、区人民政府负责落实。以下各项工作均需各县、区人民政府落实,不再列出。〕"
        let r = attributions(s)
        let a = try #require(r.found.first)
        #expect(a.names(.lead) == ["市发展改革局"])
        #expect(a.names(.supporting) == ["市水务局", "农业局"])
        #expect(a.names(.responsible) == ["各县、区人民政府"])
        #expect(r.diagnostics.contains { $0.code == "units.blanket-attribution" })
    }

    @Test("A name followed by a bracketed organ stays one unit: 各县(区)人民政府(管委会)")
    func bracketedOrgan() throws {
        let s = "2.推进污水管网建设。(市水务局牵头,市财政局参与,各县(区)人民政府(管委会)负责落实)"
        let a = try #require(attributions(s).found.first)
        #expect(a.names(.lead) == ["市水务局"])
        #expect(a.names(.supporting) == ["市财政局"])
        #expect(a.names(.responsible) == ["各县(区)人民政府(管委会)"])
        let b = try #require(attributions("6.开展督导检查。(市教育局(市教育督导室)牵头)").found.first)
        #expect(b.names(.lead) == ["市教育局(市教育督导室)"])
    }

    @Test("A bracket after the name that is no organ does not make a list of units")
    func bracketedNonOrgan() {
        #expect(attributions("7.开展宣传活动。(活动方案(试行)负责)").found.isEmpty)
    }

    @Test("牵头 followed by an action verb still leads: 牵头督导, 牵头推进")
    func leadWithActionVerb() throws {
        let a = try #require(attributions("3.整治工业窑炉。(市工信局、发展改革局牵头督导,市应急局参与)").found.first)
        #expect(a.names(.lead) == ["市工信局", "发展改革局"])
        #expect(a.names(.supporting) == ["市应急局"])
        let b = try #require(attributions("4.建设充电设施。(县住建局牵头推进)").found.first)
        #expect(b.names(.lead) == ["县住建局"])
    }

    @Test("An attribution cut off by the end of the text keeps the clauses with a verb, and reports the rest")
    func cutOffAtTextEnd() throws {
        let s = "一、重点任务\n5.淘汰落后产能。(市工信局、市发改局牵头,市公安局、市司法局、"
        let r = attributions(s)
        let a = try #require(r.found.first)
        #expect(a.form == .bracketCutOff)
        #expect(a.names(.lead) == ["市工信局", "市发改局"])
        #expect(a.names(.supporting).isEmpty && a.names(.responsible).isEmpty)
        // The diagnostic points at the units that lost their role word, nothing more.
        let d = try #require(r.diagnostics.first { $0.code == "units.truncated-attribution" })
        let span = try #require(d.span)
        let scalars = Array(s.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == "市公安局、市司法局")
    }

    @Test("An unclosed bracket of prose is no attribution, cut off or not")
    func unclosedProse() {
        let r = attributions("5.加强宣传。(市民参与度明显提高,群众知晓率、满意度")
        #expect(r.found.isEmpty)
        #expect(!r.diagnostics.contains { $0.code == "units.truncated-attribution" })
    }

    @Test("An item's closing sentence of units and role verbs assigns it, with no bracket")
    func closingSentence() throws {
        let s = "1.改造老旧小区。完成改造120个。由区住建局牵头,区财政局配合。\n2.整治背街小巷。街道办事处负责。"
        let found = attributions(s).found
        #expect(found.count == 2)
        #expect(found.first?.form == .closingSentence)
        #expect(found.first?.names(.lead) == ["区住建局"])
        #expect(found.first?.names(.supporting) == ["区财政局"])
        #expect(found.last?.names(.responsible) == ["街道办事处"])
    }

    @Test("A sentence of prose that names a duty is no closing attribution")
    func closingProse() {
        #expect(attributions("3.加强监管。市场监管局负责日常检查。").found.isEmpty)
        #expect(attributions("4.做好保障。各部门要加强协调配合。").found.isEmpty)
        // A line that is only the sentence, without 由, is a heading or prose, not an attribution.
        #expect(attributions("区住建局负责").found.isEmpty)
    }

    @Test("由X会同Y负责: X leads, Y supports")
    func jointWork() throws {
        let s = "4.规范收费行为。(由市市场监管局会同市财政局负责)"
        let a = try #require(attributions(s).found.first)
        #expect(a.names(.lead) == ["市市场监管局"])
        #expect(a.names(.supporting) == ["市财政局"])
    }

    @Test("A bracket wrapped onto the next line is one group, and the wrapped name is whole")
    func wrappedBracket() throws {
        let s = "1.控制扬尘。加强工地管理。(市住建局牵头,市城管局参与,县(市、区)\n政府负责)\n2.下一项。"
        let a = try #require(attributions(s).found.first)
        #expect(a.names(.lead) == ["市住建局"])
        #expect(a.names(.supporting) == ["市城管局"])
        #expect(a.names(.responsible) == ["县(市、区)政府"])
    }

    @Test("A comma inside the units before a verb does not end the group")
    func commaInsideUnits() throws {
        let a = try #require(attributions("5.扩大跨境电商。(市商务局,市税务局、某某海关牵头负责)").found.first)
        #expect(a.names(.lead) == ["市商务局", "市税务局", "某某海关"])
    }

    @Test("Units with no role word after them are no attribution, and a diagnostic says so")
    func unitsWithoutVerb() {
        let r = attributions("5.扩大跨境电商。(市商务局、市税务局)")
        #expect(r.found.isEmpty)
        #expect(r.diagnostics.contains { $0.code == "units.no-role" })
    }

    @Test("A leader who 牵头负责 is a person, not a unit")
    func leaderIsNoUnit() throws {
        let found = attributions("3.改造供水管网。\n牵头负责领导:钱某某\n责任单位:市水务局\n").found
        #expect(found.flatMap { $0.names(.lead) }.isEmpty)
        #expect(found.flatMap { $0.names(.leaders) } == ["钱某某"])
        #expect(found.flatMap { $0.names(.responsible) } == ["市水务局"])
    }

    @Test("Role lines under an item: 牵头责任单位 and 主要协作单位")
    func roleLines() throws {
        let s = "2.加强慢病管理,推广家庭医生签约。\n牵头责任单位:区卫健委\n主要协作单位:各街道办事处、区民政局\n"
        let found = attributions(s).found
        let lead = found.flatMap { $0.names(.lead) }
        let supporting = found.flatMap { $0.names(.supporting) }
        #expect(lead == ["区卫健委"])
        #expect(supporting == ["各街道办事处", "区民政局"])
    }
}

/// How a list of units is cut into names.
@Suite("Unit names in lists")
struct UnitNameListTests {
    @Test("Collective names with 、 inside their own structure stay whole")
    func collectiveNames() throws {
        #expect(split("各省、市、县人民政府,省教育厅")?.map(\.name) == ["各省、市、县人民政府", "省教育厅"])
        #expect(split("各有关市、县(区)政府")?.map(\.name) == ["各有关市、县(区)政府"])
        #expect(split("各州〔市〕人民政府")?.map(\.name) == ["各州〔市〕人民政府"])
        // Two bare levels with nothing after them are two pieces, not one name.
        #expect(split("各市、县")?.count == 2)
    }

    @Test("A conjunction is never read as part of a place name: 县委编办及县直有关单位")
    func conjunctionNoPlace() throws {
        #expect(split("县委编办及县直有关单位")?.map(\.name) == ["县委编办", "县直有关单位"])
    }

    @Test("A time limit in a labelled list is no unit")
    func deadlineInList() throws {
        let a = try #require(attributions("3.推进改革。(责任单位:县司法局、县委编办,9月底完成)").found.first)
        #expect(a.names(.responsible) == ["县司法局", "县委编办"])
    }

    @Test("A repeated qualifier borrows its owner: 区政府有关部门、有关事业单位")
    func sharedQualifier() throws {
        #expect(split("区政府有关部门、有关事业单位")?.map(\.name) == ["区政府有关部门", "区政府有关事业单位"])
    }

    @Test("等 between two names is dropped and both are units")
    func etcBetweenNames() throws {
        #expect(split("证监会等国务院有关部门")?.map(\.name) == ["证监会", "国务院有关部门"])
    }

    @Test("A longer ending running on is not a cut: 有关部门及各区政府")
    func endingRunsOn() throws {
        #expect(split("区直各有关部门及各镇街政府")?.map(\.name) == ["区直各有关部门", "各镇街政府"])
    }

    @Test("Words between the units and the verb leave the verb's role: 按职责分工落实, 积极配合, 分别牵头")
    func modifiedVerbs() throws {
        let a = try #require(attributions("2.完善收费政策。(区发改委分别牵头,区财政局积极配合,各街道按职责分工落实)").found.first)
        #expect(a.names(.lead) == ["区发改委"])
        #expect(a.names(.supporting) == ["区财政局"])
        #expect(a.names(.responsible) == ["各街道"])
        // Two modifiers before one verb, and a supporting verb read as a modifier of another.
        let b = try #require(attributions("6.开展专项检查。(县市场监管局具体负责,县公安局按照职责做好配合,县科协协助配合)").found.first)
        #expect(b.names(.responsible) == ["县市场监管局"])
        #expect(b.names(.supporting) == ["县公安局", "县科协"])
    }

    @Test("A modifier never makes a clause of a verb alone, nor a weak verb strong in a labelled list")
    func modifierEdges() throws {
        // `积极配合` with no unit before it is no clause: the bracket is prose.
        #expect(attributions("4.加强协作。(积极配合)").found.isEmpty)
        // `落实` after a modifier is still weak: the label's role stands.
        let a = try #require(attributions("8.推进垃圾分类。(配合单位:各镇街按职责落实)").found.first)
        #expect(a.names(.supporting) == ["各镇街"])
    }

    @Test("More role verbs: 牵头抓总 leads; 具体负责, 负主体责任, 实施 are responsible; 参加 supports")
    func moreVerbs() throws {
        let a = try #require(attributions("1.建设智慧校园。(县教育局牵头抓总,各中小学负主体责任,县电信公司参加)").found.first)
        #expect(a.names(.lead) == ["县教育局"])
        #expect(a.names(.responsible) == ["各中小学"])
        #expect(a.names(.supporting) == ["县电信公司"])
        let b = try #require(attributions("5.修缮文物建筑。(区文旅局具体负责,各镇实施)").found.first)
        #expect(b.names(.responsible) == ["区文旅局", "各镇"])
    }

    @Test("Names of mass organizations, zones and the level below the township make a verb clause")
    func moreNameEndings() throws {
        let a = try #require(attributions("3.关爱困难群众。(区红十字会、区工商联牵头,各社区、各村配合)").found.first)
        #expect(a.names(.lead) == ["区红十字会", "区工商联"])
        #expect(a.names(.supporting) == ["各社区", "各村"])
        let b = try #require(attributions("9.建设物流园区。(综合保税区管委会、某某经开区负责,县军分区支持)").found.first)
        #expect(b.names(.responsible) == ["综合保税区管委会", "某某经开区"])
        #expect(b.names(.supporting) == ["县军分区"])
    }

    @Test("A common word ending like a village or town is no unit: 城镇, 农村")
    func commonWordsNoUnits() {
        #expect(split("城镇", strict: true) == nil)
        #expect(split("农村", strict: true) == nil)
    }

    @Test("A bracket whose clauses all have their verb but that is never closed still assigns its item")
    func unclosedWithVerbs() throws {
        let r = attributions("一、重点任务\n8.发展乡村旅游(县文旅局牵头,各镇配合\n9.办好农民夜校。\n")
        let a = try #require(r.found.first)
        #expect(a.names(.lead) == ["县文旅局"])
        #expect(a.names(.supporting) == ["各镇"])
        #expect(r.diagnostics.contains { $0.code == "units.unclosed-bracket" })
        // The warning points at the bracket itself, also when a blank follows it.
        let s = "8.发展乡村旅游( 县文旅局牵头"
        let d = try #require(attributions(s).diagnostics.first { $0.code == "units.unclosed-bracket" })
        let span = try #require(d.span)
        #expect(String(String.UnicodeScalarView(Array(s.unicodeScalars)[span.start..<span.end])) == "(")
        // Prose in an unclosed bracket is still nothing.
        #expect(attributions("8.发展乡村旅游(游客满意度明显提升\n").found.isEmpty)
    }

    @Test("Blanks left inside names by a PDF copy do not cut them; a blank after a whole name does")
    func blanksInsideNames() throws {
        let a = try #require(attributions("6.发展养老服务。(责任单位:区 民政局、区卫 健局)").found.first)
        #expect(a.names(.responsible) == ["区民政局", "区卫健局"])
        let b = try #require(attributions("7.整治河道。(区水 利局牵头,区农业农村局配合)").found.first)
        #expect(b.names(.lead) == ["区水利局"])
        let c = try #require(attributions("9.建设公园。(责任单位:区住建局 区城管局)").found.first)
        #expect(c.names(.responsible) == ["区住建局", "区城管局"])
    }

    @Test("A note naming which listed unit leads gives it that role only: 其中区人社局牵头")
    func noteOnListedUnit() throws {
        let a = try #require(attributions("8.开展技能培训。(责任单位:区人社局、区教育局,其中区人社局牵头)").found.first)
        #expect(a.names(.lead) == ["区人社局"])
        #expect(a.names(.responsible) == ["区教育局"])
    }

    @Test("Bare role verbs as labels, and a label joined to its units by 为")
    func bareLabelsAndCopula() throws {
        let a = try #require(attributions("4.建设冷链仓储。(牵头:区商务局;配合:区农业农村局、区供销社)").found.first)
        #expect(a.names(.lead) == ["区商务局"])
        #expect(a.names(.supporting) == ["区农业农村局", "区供销社"])
        let b = try #require(attributions("5.开展义诊活动。(责任单位为区卫健局、区红十字会)").found.first)
        #expect(b.names(.responsible) == ["区卫健局", "区红十字会"])
        // After 为, prose is no list of units.
        #expect(attributions("6.完善考核办法。(以牵头单位为主)").found.isEmpty)
        #expect(attributions("6.完善考核办法。(责任单位为主导力量)").found.isEmpty)
    }

    @Test("Persons before a role verb are leaders, never units, and the unit clauses still count")
    func personsBeforeVerb() throws {
        let a = try #require(attributions("2.推进城乡供水一体化。(区委常委、副区长李某某牵头,区水利局负责,各镇配合)").found.first)
        #expect(a.names(.lead).isEmpty)
        #expect(a.names(.responsible) == ["区水利局"])
        #expect(a.names(.supporting) == ["各镇"])
        #expect(a.names(.leaders) == ["区委常委", "副区长李某某"])
        let b = try #require(attributions("3.创建文明城市。(区长负总责,区委宣传部牵头)").found.first)
        #expect(b.names(.lead) == ["区委宣传部"])
        // Persons alone name no unit: no attribution.
        #expect(attributions("4.改善营商环境。(分管领导牵头)").found.isEmpty)
        // A task force whose name holds 领导 is a unit.
        let c = try #require(attributions("5.推进河长制。(区河长制工作领导小组牵头)").found.first)
        #expect(c.names(.lead) == ["区河长制工作领导小组"])
    }

    @Test("Inside a labelled list a verb after a clause's last unit is the role of every unit of that clause")
    func verbOverItsClause() throws {
        let a = try #require(attributions("7.改造背街小巷。(责任单位:区城管局牵头,区住建局、各街道配合)").found.first)
        #expect(a.names(.lead) == ["区城管局"])
        #expect(a.names(.supporting) == ["区住建局", "各街道"])
        #expect(a.names(.responsible).isEmpty)
        // A unit marked in brackets keeps its own mark; a clause without a verb keeps the label's role.
        let b = try #require(attributions("8.整治河湖。(责任单位:区水利局(牵头)、区林业局,各镇协助)").found.first)
        #expect(b.names(.lead) == ["区水利局"])
        #expect(b.names(.responsible) == ["区林业局"])
        #expect(b.names(.supporting) == ["各镇"])
    }

    @Test("A closing sentence: the attribution opened by 由 after an action; an action's object is never a unit")
    func closingSentenceForms() throws {
        let a = try #require(attributions("4.扩大对外开放。加强招商引资,由区商务局牵头负责,区投促中心配合。").found.first)
        #expect(a.form == .closingSentence)
        #expect(a.names(.lead) == ["区商务局"])
        #expect(a.names(.supporting) == ["区投促中心"])
        // `建设应急指挥中心` ends like a unit, but it is what is done, not who does it.
        let b = attributions("5.提升应急能力。完善预案体系。建设应急指挥中心,区应急局负责。").found
        #expect(b.allSatisfy { !$0.names(.responsible).contains("建设应急指挥中心") })
        #expect(attributions("6.发展数字经济。建设创新平台,区科技局负责。").found.allSatisfy { $0.names(.responsible) != ["建设创新平台", "区科技局"] })
    }

    @Test("A clause opening with 会同 after the lead's names supporting units, whatever verb closes it")
    func jointClause() throws {
        let a = try #require(attributions("3.完善救助体系。(由区民政局牵头,会同区财政局、区医保局推进)").found.first)
        #expect(a.names(.lead) == ["区民政局"])
        #expect(a.names(.supporting) == ["区财政局", "区医保局"])
        let b = try #require(attributions("4.建设养老机构。(区民政局牵头,会同区住建局负责)").found.first)
        #expect(b.names(.supporting) == ["区住建局"])
        #expect(b.names(.responsible).isEmpty)
        // Without a lead before it, a 会同 clause alone is no attribution.
        #expect(attributions("5.加强监管。(会同有关方面研究)").found.isEmpty)
    }
}
