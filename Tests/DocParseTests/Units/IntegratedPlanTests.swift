import Testing
@testable import DocParse

/// A whole plan of another field (transport), written for these tests, mixing every shape.
@Suite("Units of a whole transport plan")
struct IntegratedPlanTests {
    static let plan = """
    某省农村公路高质量发展三年行动方案(2024—2026年)
    为贯彻落实交通运输部等八部门《关于推动农村公路高质量发展的指导意见》(交公路发〔2023〕12号),制定本方案。
    一、重点任务
    (一)完善路网结构。实施农村公路提档升级工程(含桥梁,下同),到2026年新改建农村公路5000公里。(牵头单位：省交通运输厅；责任单位：省发展改革委、省财政厅，各市州党委、政府)
    (二)提升养护水平。全面推行路长制〔省交通运输厅负责,各市州政府落实〕。
    (三)发展农村客运。推进城乡交通运输一体化。
    牵头单位:省交通运输厅
    配合单位:省公安厅省商务厅、省邮政管理局
    (四)强化安全保障。开展危桥改造(交通运输厅牵头,省应急管理厅配合)。责任领导:王强
    二、保障措施
    (一)加强组织领导。交通运输部门要发挥牵头作用;发展改革、财政部门要做好资金保障;省交通投资集团有限公司负责项目融资。
    """

    @Test("Every shape is read; nothing is read from prose")
    func wholePlan() throws {
        let doc = DocumentParser.parse(text: Self.plan)
        let names = doc.units.map(\.name)
        #expect(names == ["省交通运输厅", "省发展改革委", "省财政厅", "各市州党委", "各市州政府", "省公安厅", "省商务厅",
                          "省邮政管理局", "省应急管理厅", "交通运输部门", "发展改革部门", "财政部门", "省交通投资集团有限公司"])
        let lead = try #require(doc.units.first)
        // `交通运输厅` in the fourth item is the same unit, written without its level.
        #expect(lead.aliases == ["交通运输厅"])
        // The second item's `省交通运输厅负责` makes it responsible there (负责 alone is no lead).
        #expect(lead.occurrences.map(\.role) == [.lead, .responsible, .lead, .lead])
        #expect(doc.units.first { $0.name == "省交通投资集团有限公司" }?.kind == .enterprise)
        #expect(doc.units.first { $0.name == "各市州党委" }?.kind == .party)
        #expect(!names.contains("王强"))
        let ref = try #require(doc.references.first)
        #expect(ref.issuer == "交通运输部等八部门")
        #expect(ref.documentNumber == "交公路发〔2023〕12号")
    }
}
