import Testing
@testable import DocParse

@Suite("Cited documents")
struct ReferenceFinderTests {
    func refs(_ s: String) -> (refs: [Reference], diagnostics: [Diagnostic]) {
        var d: [Diagnostic] = []
        let r = ReferenceFinder.find(in: Normalizer.normalize(SourceText(s)), diagnostics: &d)
        return (r, d)
    }

    @Test("Issuer before the title and a document number bound to it")
    func issuerAndNumber() throws {
        let s = "落实县委教育工作领导小组、省精神文明建设执委会《关于施行全环境立德树人的意见》(鲁教组发〔2022〕1号)要求"
        let r = try #require(refs(s).refs.first)
        #expect(r.title == "关于施行全环境立德树人的意见")
        #expect(r.issuer == "县委教育工作领导小组、省精神文明建设执委会")
        #expect(r.documentNumber == "鲁教组发〔2022〕1号")
        #expect(cut(s, try #require(r.documentNumberSpan)) == "鲁教组发〔2022〕1号")
        #expect(cut(s, r.span) == "《关于施行全环境立德树人的意见》")
    }

    @Test("Issuers in other fields, after a lead-in or before an issuing verb")
    func otherIssuers() {
        #expect(refs("深入贯彻国家卫生健康委《健康中国行动(2019—2030年)》。").refs.first?.issuer == "国家卫生健康委")
        #expect(refs("严格执行自治区《关于加强农村公路养护的实施意见》").refs.first?.issuer == "自治区")
        #expect(refs("04.生态补偿:省生态环境厅印发《流域生态补偿办法》,明确…").refs.first?.issuer == "省生态环境厅")
        #expect(refs("交通运输部 国家发展改革委《关于推进综合交通枢纽建设的通知》(交规划发[2021]34号)").refs.first?.documentNumber
                == "交规划发[2021]34号")
    }

    @Test("The issuer opening the title before 关于")
    func issuerInTitle() {
        let r = refs("为深入贯彻《中共中央、国务院关于深化医药卫生体制改革的意见》精神").refs.first
        #expect(r?.issuer == "中共中央、国务院")
        #expect(refs("出台《西湖区关于加强生活垃圾分类的实施方案》").refs.first?.issuer == "西湖区")
        #expect(refs("制定《关于加强生活垃圾分类的实施方案》").refs.first?.issuer == nil)
    }

    @Test("No issuer when the sentence names none")
    func noIssuer() {
        let r = refs("依据《中小学德育工作指南》,出台《县域交通运输发展规划》。")
        #expect(r.refs.map(\.title) == ["中小学德育工作指南", "县域交通运输发展规划"])
        #expect(r.refs.allSatisfy { $0.issuer == nil && $0.documentNumber == nil })
        #expect(r.refs.map(\.id) == ["r1", "r2"])
    }

    @Test("Titles right after one another share the issuer")
    func adjacent() {
        let r = refs("贯彻落实国务院《A方案》《B意见》和省政府办公厅《C办法》").refs
        #expect(r.map(\.issuer) == ["国务院", "国务院", "省政府办公厅"])
    }

    @Test("A title wrapped onto the next line; a 《 never closed is reported")
    func wrappedAndUnclosed() {
        let r = refs("县交通运输局印发\n\n《农村公路养护三年行动计划\n\n(2023—2025年)》\n")
        #expect(r.refs.first?.title == "农村公路养护三年行动计划(2023—2025年)")
        #expect(r.refs.first?.issuer == "县交通运输局")
        let u = refs("关于征求《县域医共体建设方案意见的函\n各乡镇卫生院:\n")
        #expect(u.refs.isEmpty)
        #expect(u.diagnostics.contains { $0.code == "references.unclosed-title" })
    }
}
