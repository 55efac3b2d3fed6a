import Testing
@testable import DocParse

@Suite("Splitting unit lists")
struct UnitListSplitterTests {
    @Test("Separators 、 , ; and runs of blanks, full- and half-width")
    func separators() throws {
        let units = try #require(split("省卫生健康委、省财政厅，省医保局；省民政局   省人力资源社会保障厅,省药监局;省疾控局"))
        #expect(units.map(\.name) == ["省卫生健康委", "省财政厅", "省医保局", "省民政局", "省人力资源社会保障厅", "省药监局", "省疾控局"])
    }

    @Test("Names run together are cut where one ends and the next begins")
    func runTogether() throws {
        #expect(split("市委组织部市委编办")?.map(\.name) == ["市委组织部", "市委编办"])
        #expect(split("市人社局市财政局")?.map(\.name) == ["市人社局", "市财政局"])
        #expect(split("县交通运输局县公路段")?.map(\.name) == ["县交通运输局", "县公路段"])
        #expect(split("市委市政府")?.map(\.name) == ["市委", "市政府"])
        #expect(split("市生态环境局汉中市职业技术学院")?.map(\.name) == ["市生态环境局", "汉中市职业技术学院"])
    }

    @Test("A name is never cut inside")
    func wholeNames() throws {
        for name in ["汉中市职业技术学院", "市纪委监委机关", "国网陕西省电力有限公司", "陕西师范大学", "市住房和城乡建设局",
                     "汉中银保监分局", "政府教育督导室", "省卫生健康委员会", "市场监管局", "县文化和旅游局"] {
            #expect(split(name)?.map(\.name) == [name], "\(name)")
        }
    }

    @Test("A conjunction splits only after the end of a name")
    func conjunctions() throws {
        #expect(split("市教育局和市财政局")?.map(\.name) == ["市教育局", "市财政局"])
        #expect(split("县交通运输局及县公安局")?.map(\.name) == ["县交通运输局", "县公安局"])
        #expect(split("自然资源和规划局")?.map(\.name) == ["自然资源和规划局"])
    }

    @Test("An elided organ takes the prefix of the unit before it, and the source stays visible")
    func ellipsis() throws {
        let units = try #require(split("各县区党委、政府"))
        #expect(units.map(\.name) == ["各县区党委", "各县区政府"])
        #expect(units.map(\.text) == ["各县区党委", "政府"])
        #expect(units[0].expandedFrom == nil)
        #expect(units[1].expandedFrom == "各县区党委、政府")

        let run = try #require(split("各市州党委政府"))
        #expect(run.map(\.name) == ["各市州党委", "各市州政府"])
        #expect(run.map(\.text) == ["各市州党委政府", "各市州党委政府"])
        #expect(run.allSatisfy { $0.expandedFrom == "各市州党委政府" })

        let chain = try #require(split("各县区党委、政府、人大"))
        #expect(chain.map(\.name) == ["各县区党委", "各县区政府", "各县区人大"])
        #expect(chain[2].expandedFrom == "各县区党委、政府、人大")

        let conj = try #require(split("县区党委和政府"))
        #expect(conj.map(\.name) == ["县区党委", "县区政府"])
    }

    @Test("A level committee lends its level; a bracketed level list stays in the name")
    func committeeAndBracketedLevels() throws {
        #expect(split("市委、政府")?.map(\.name) == ["市委", "市政府"])
        let units = try #require(split("各县(市、区)党委、政府,市卫生健康委"))
        #expect(units.map(\.name) == ["各县(市、区)党委", "各县(市、区)政府", "市卫生健康委"])
        #expect(split("各县(市、区)人民政府", strict: true)?.map(\.name) == ["各县(市、区)人民政府"])
    }

    @Test("Full names need no expansion")
    func noExpansion() throws {
        let units = try #require(split("市工信局、市人社局"))
        #expect(units.map(\.name) == ["市工信局", "市人社局"])
        #expect(units.allSatisfy { $0.expandedFrom == nil })
        // `幼儿园` after `各中小学` is a name of its own, not an elided organ.
        #expect(split("各中小学、幼儿园")?.map(\.name) == ["各中小学", "幼儿园"])
    }

    @Test("A generic ending written once is shared by the names before it")
    func sharedEnding() throws {
        let units = try #require(split("发改、财政部门"))
        #expect(units.map(\.name) == ["发改部门", "财政部门"])
        #expect(units[0].text == "发改")
        #expect(units[0].expandedFrom == "发改、财政部门")
    }

    @Test("List closers are dropped")
    func closers() throws {
        #expect(split("市公安局、市交通运输局等部门")?.map(\.name) == ["市公安局", "市交通运输局"])
        #expect(split("省生态环境厅等")?.map(\.name) == ["省生态环境厅"])
    }

    @Test("Strict splitting refuses prose")
    func strict() {
        #expect(split("含幼儿园,下同", strict: true) == nil)
        #expect(split("2023—2025年", strict: true) == nil)
        #expect(split("校长", strict: true) == nil)
        #expect(split("市卫生健康委、市医保局", strict: true)?.count == 2)
        #expect(split("自治区", strict: true)?.map(\.name) == ["自治区"])
    }

    @Test("Each unit keeps its text as written and a span into the original")
    func spans() throws {
        let s = "责任单位：市财政局、  市人社局"
        let n = normalized(s)
        let units = try #require(UnitListSplitter.split(n, 5..<n.count, strict: false))
        #expect(units.map(\.text) == ["市财政局", "市人社局"])
        for u in units { #expect(cut(s, u.span) == u.text) }
    }

    @Test("The local office of a national organ is one unit: 国家税务总局汉阴县税务局")
    func localOfficeOfNationalOrgan() throws {
        #expect(split("国家税务总局汉阴县税务局、县财政局")?.map(\.name) == ["国家税务总局汉阴县税务局", "县财政局"])
        // Run together after the office, the next unit is still cut off.
        #expect(split("国家税务总局宁陕县税务局县医保局")?.map(\.name) == ["国家税务总局宁陕县税务局", "县医保局"])
        // Any other name followed by a place is two units, as before.
        #expect(split("省教育厅安康市教育局")?.map(\.name) == ["省教育厅", "安康市教育局"])
    }

    @Test("A name with a bracketed alternative stays whole, and no name is cut inside a bracket")
    func bracketedAlternatives() throws {
        #expect(split("各镇(街)、各村(社区)", strict: true)?.map(\.name) == ["各镇(街)", "各村(社区)"])
        #expect(split("各社区(村)", strict: true)?.map(\.name) == ["各社区(村)"])
        #expect(split("各乡镇(街道、园区)、区农业农村局", strict: true)?.map(\.name) == ["各乡镇(街道、园区)", "区农业农村局"])
        // A bracket of prose after a name is still no name.
        #expect(split("区教育局(2024年底前)", strict: true) == nil)
    }

    @Test("An organ's departments are one unit: 市政府各部门, 县委各有关单位")
    func departmentsOfAnOrgan() throws {
        #expect(split("市政府各部门、县委各有关单位")?.map(\.name) == ["市政府各部门", "县委各有关单位"])
        // Two units run together still split where the second is a named unit.
        #expect(split("市政府各县区政府")?.map(\.name) == ["市政府", "各县区政府"])
    }
}
