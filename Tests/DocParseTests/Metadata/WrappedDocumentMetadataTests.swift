import Testing
@testable import DocParse

@Suite("Metadata of documents inside notices, pages and copies that lost their breaks")
struct WrappedDocumentMetadataTests {
    func md(_ text: String) -> Metadata { DocumentParser.parse(text: text).metadata }

    @Test("a notice that hands down a plan: the plan's own title, the notice's issuer and date")
    func noticeThenOwnTitle() {
        let m = md("""
        江岸省交通运输厅关于印发2026年交通运输工作要点的通知
        江交发〔2026〕3号
        各设区市交通运输局:
        现将2026年全省交通运输工作要点印发给你们,请结合实际认真贯彻落实。
        江岸省交通运输厅
        2026年2月10日
        2026年全省交通运输工作要点
        一、总体要求
        坚持稳中求进工作总基调,推动交通运输高质量发展。
        """)
        #expect(m.title == "2026年全省交通运输工作要点")
        #expect(m.issuer == "江岸省交通运输厅")
        #expect(m.date == "2026-02-10")
        #expect(m.docType == .workPoints)
    }

    @Test("a notice title alone: the document in 《》 is the title, the body before 关于 the issuer")
    func noticeTitleOnly() {
        let m = md("""
        临川市人民政府办公室关于印发《临川市养老服务体系建设实施方案》的通知
        各县(区)人民政府,市直各单位:
        为健全养老服务体系,经市政府同意,制定本方案。
        一、主要目标
        """)
        #expect(m.title == "临川市养老服务体系建设实施方案")
        #expect(m.issuer == "临川市人民政府办公室")
        #expect(m.docType == .implementationPlan)
    }

    @Test("no title line: the document a covering notice hands down")
    func handedDown() {
        let m = md("""
        各镇人民政府,区直各部门:
        《东坡区农村供水保障三年行动计划(2025—2027年)》已经区政府同意,现印发给你们,请认真组织实施。
        东坡区人民政府办公室
        2025年3月2日
        为保障农村供水安全,结合我区实际,制定本计划。
        """)
        #expect(m.title == "东坡区农村供水保障三年行动计划(2025—2027年)")
        #expect(m.period == Metadata.Period(start: 2025, end: 2027))
        #expect(m.issuer == "东坡区人民政府办公室")
        #expect(m.date == "2025-03-02")
    }

    @Test("a title broken over lines is joined; a signature's date line is never part of it")
    func brokenTitle() {
        let m = md("""
        西江市推进数字乡村建设
        实施方案(2025—2027年)
        为加快数字乡村建设,制定本方案。
        """)
        #expect(m.title == "西江市推进数字乡村建设实施方案(2025—2027年)")
        let notice = md("""
        北原市人民政府办公室
        关于印发北原市城市更新三年行动
        方案的通知
        各区人民政府:
        现将《北原市城市更新三年行动方案》印发给你们,请认真贯彻执行。
        """)
        #expect(notice.title == "北原市城市更新三年行动方案")
        #expect(notice.issuer == "北原市人民政府办公室")
    }

    @Test("breadcrumbs, page labels, file extensions and listing dates are no part of a title")
    func pageFurniture() {
        let m = md("""
        您当前的位置:首页 > 政务公开 > 工作计划情况
        【重点工作】南溪县2025年安全生产工作计划
        一、目标任务
        """)
        #expect(m.title == "南溪县2025年安全生产工作计划")
        #expect(md("全市节能降碳行动方案.pdf\n一、主要目标\n").title == "全市节能降碳行动方案")
        let listed = md("""
        • 2025.04.18 丰源县卫生健康局关于印发《丰源县基层卫生人才培养方案》的通知
        各乡镇卫生院:
        """)
        #expect(listed.title == "丰源县基层卫生人才培养方案")
        #expect(listed.date == "2025-04-18")
        #expect(listed.issuer == "丰源县卫生健康局")
    }

    @Test("a text that lost its breaks: the title opens the line, the signature is glued to its end")
    func oneLine() {
        let m = md("国务院关于推进城乡供水一体化的指导意见国发〔2030〕9号各省、自治区、直辖市人民政府:为推进城乡供水一体化,现提出以下意见。一、总体要求。坚持统筹规划。国务院2030年5月6日(此件公开发布)")
        #expect(m.title == "国务院关于推进城乡供水一体化的指导意见")
        #expect(m.issuer == "国务院")
        #expect(m.date == "2030-05-06")
        #expect(m.docType == .opinion)
    }

    @Test("a date whose characters were lost is read only when one month/day split is valid")
    func lostCharacters() {
        #expect(SignatureFinder.lostCharactersDate(Array("2024315".unicodeScalars)) == "2024-03-15")
        #expect(SignatureFinder.lostCharactersDate(Array("20240315".unicodeScalars)) == "2024-03-15")
        #expect(SignatureFinder.lostCharactersDate(Array("2024111".unicodeScalars)) == nil)
    }

    @Test("the body that adopted a regulation is its issuer; a 来源 inside a word is no field")
    func adoptedAndSource() {
        let law = md("""
        青湖市河道管理条例
        2019年6月20日 青湖市第十六届人民代表大会常务委员会第十二次会议通过
        第一章 总则
        """)
        #expect(law.issuer == "青湖市第十六届人民代表大会常务委员会")
        #expect(law.docType == .regulation)
        let page = md("""
        石门县返岗人员健康管理工作方案
        各单位要对返岗人员来源地和行程进行排查,发现异常及时报告。
        """)
        #expect(page.issuer == nil)
    }

    @Test("the signature of an appended 起草说明 names the issuer but does not date the document")
    func appendixSignature() {
        let m = md("""
        发布时间:2024-05-20
        安平县校园安全三年行动计划
        一、总体要求
        加强校园安全管理。
        起草说明
        一、起草背景
        为加强校园安全,起草了本计划。
        安平县教育局
        2024年5月6日
        """)
        #expect(m.date == "2024-05-20")
        #expect(m.issuer == "安平县教育局")
    }
}

@Suite("Notices written X印发《Y》的通知, without 关于")
struct IssuedByNoticeTests {
    @Test("the organization before 印发 issues, the document after it is the title")
    func issuedBy() {
        let m = DocumentParser.parse(text: """
        南山省市场监管局印发《关于优化营商环境的若干举措》的通知
        各市市场监管局:
        现将有关举措印发给你们,请遵照执行。
        """).metadata
        #expect(m.title == "关于优化营商环境的若干举措")
        #expect(m.issuer == "南山省市场监管局")
        #expect(m.docType == .opinion)
    }
}
