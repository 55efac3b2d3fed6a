import Testing
@testable import DocParse

@Suite("The unit registry")
struct RegistryTests {
    func registry(_ s: String) -> [UnitEntry] {
        let doc = DocumentParser.parse(text: s)
        return doc.units
    }

    @Test("Each distinct unit once, with every occurrence and its role")
    func distinctUnits() throws {
        let units = registry("""
        1.建设区域医疗中心。(牵头单位:市卫生健康委;责任单位:市财政局、市医保局)
        2.推进家庭医生签约。(牵头单位:市卫生健康委;责任单位:各县区政府)
        """)
        #expect(units.map(\.name) == ["市卫生健康委", "市财政局", "市医保局", "各县区政府"])
        #expect(units.map(\.id) == ["u1", "u2", "u3", "u4"])
        let first = try #require(units.first)
        #expect(first.occurrences.count == 2)
        #expect(first.occurrences.allSatisfy { $0.role == .lead })
        // Each occurrence sits on the numbered item that holds it.
        #expect(first.occurrences.map(\.nodeId) == ["n1", "n2"])
        #expect(units[3].kind == .government)
    }

    @Test("Obvious aliases merge within one document")
    func aliases() throws {
        let units = registry("(牵头单位:市教育局;责任单位:市财政局)\n(牵头单位:教育局;责任单位:汉中市财政局)")
        #expect(units.map(\.name) == ["市教育局", "汉中市财政局"])
        #expect(units[0].aliases == ["教育局"])
        #expect(units[1].aliases == ["市财政局"])
        #expect(units[0].occurrences.map(\.text) == ["市教育局", "教育局"])
    }

    @Test("Distinct names never merge")
    func noMergeAcrossDistinct() {
        let units = registry("(牵头单位:市交通运输局;责任单位:县交通运输局、交通运输局)")
        #expect(units.map(\.name) == ["市交通运输局", "县交通运输局", "交通运输局"])
        #expect(units.allSatisfy { $0.aliases.isEmpty })
        let organs = registry("(责任单位:市政府、各县区政府)")
        #expect(organs.count == 2)
    }

    @Test("Expanded names keep the written text and its source")
    func expansion() throws {
        let units = registry("(牵头单位:省教育厅;责任单位:各市州党委、政府)")
        let gov = try #require(units.first { $0.name == "各市州政府" })
        #expect(gov.occurrences.first?.text == "政府")
        #expect(gov.occurrences.first?.expandedFrom == "各市州党委、政府")
    }

    @Test("Leaders are people, never units")
    func leadersNotUnits() {
        #expect(registry("(牵头单位:县卫生健康局;责任领导:王明)").map(\.name) == ["县卫生健康局"])
    }

    @Test("Kinds from the name")
    func kinds() {
        let cases: [(String, UnitKind)] = [
            ("省卫生健康委员会", .bureau), ("县交通运输局", .bureau), ("国网陕西省电力有限公司", .enterprise),
            ("陕西师范大学", .school), ("汉中市职业技术学院", .school), ("市委组织部", .party), ("各县区党委", .party),
            ("市纪委监委机关", .party), ("各县区政府", .government), ("高新区管委会", .government), ("市残联", .other),
            ("县人民法院", .other), ("政府教育督导室", .bureau), ("各中小学", .school), ("省交通投资集团", .enterprise),
        ]
        for (name, kind) in cases { #expect(UnitKindClassifier.kind(of: name) == kind, "\(name)") }
    }
}
