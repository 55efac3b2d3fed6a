import Testing
@testable import DocParse

@Suite("Metadata of the corpus documents")
struct MetadataTests {
    func parse(_ name: String) throws -> Document {
        try DocumentParser.parse(bytes: TestPaths.corpusBytes(name), options: ParseOptions(path: name))
    }

    @Test("Hanzhong draft: title, draft status, 2023–2025 period, index number, date, issuer")
    func hanzhong() throws {
        let md = try parse("hanzhong-education-quality-plan-draft-2023-2025").metadata
        #expect(md.title == "汉中市提高教育质量三年行动计划(2023—2025年)")
        #expect(md.isDraft)
        #expect(md.period == Metadata.Period(start: 2023, end: 2025))
        #expect(md.indexNumber == "6107000033/2024-000016")
        #expect(md.date == "2023-04-28")
        #expect(md.issuer == "汉中市教育局")
        #expect(md.docType == .actionPlan)
    }

    @Test("Xingqing plan: index number from the header, issuer and date from the signature; no period in the title")
    func xingqing() throws {
        let md = try parse("xingqing-basic-education-quality-plan-2021").metadata
        #expect(md.title == "兴庆区基础教育质量提升行动实施方案")
        #expect(md.indexNumber == "640104-102/2021-00145")
        #expect(md.issuer == "银川市兴庆区教育局")
        // The signature's date, not the header's 生成日期 (2021-09-16, when the page was made).
        #expect(md.date == "2021-09-01")
        #expect(md.documentNumber == nil) // the header's 文号 field is empty
        #expect(md.docType == .implementationPlan)
        #expect(md.isDraft == false)
        #expect(md.period == nil)
    }

    @Test("Zichuan report: labelled title, report type, one-year period")
    func zichuan() throws {
        let md = try parse("zichuan-balanced-development-report-2022").metadata
        #expect(md.title == "淄川区2022年全国义务教育优质均衡发展区创建工作整体推进情况")
        #expect(md.docType == .report)
        #expect(md.indexNumber == "11370302MB2858318T/2022-None")
        #expect(md.date == "2022-12-16")
        #expect(md.issuer == "淄川区教育和体育局")
        #expect(md.period == Metadata.Period(start: 2022, end: 2022))
    }

    @Test("Rizhao plan: title under the site menu, page date, issuer from an 印发 line")
    func rizhao() throws {
        let md = try parse("rizhao-basic-education-plan-2023-2025").metadata
        #expect(md.title == "日照市基础教育质量提升三年行动计划(2023—2025年)")
        #expect(md.period == Metadata.Period(start: 2023, end: 2025))
        #expect(md.date == "2023-06-02")
        #expect(md.issuer == "淄博市人民政府办公室") // as the (machine-reworded) page says
        #expect(md.docType == .actionPlan)
    }

    @Test("District work points: title after the disclaimer and split cover lines; no issuer or date")
    func district() throws {
        let md = try parse("district-education-work-points-2023").metadata
        #expect(md.title == "2023年XX区教育工作要点")
        #expect(md.docType == .workPoints)
        #expect(md.period == Metadata.Period(start: 2023, end: 2023))
        #expect(md.issuer == nil)
        #expect(md.date == nil)
    }

    @Test("Metadata spans cut the value back out of the original text")
    func spansPointAtValues() throws {
        let bytes = try TestPaths.corpusBytes("hanzhong-education-quality-plan-draft-2023-2025")
        let doc = try DocumentParser.parse(bytes: bytes)
        let source = SourceText(scalars: Array(String(decoding: bytes, as: UTF8.self).unicodeScalars))
        let sp = try #require(doc.metadata.spans.indexNumber)
        #expect(source.string(sp.start..<sp.end) == "6107000033/2024-000016")
        let tsp = try #require(doc.metadata.spans.title)
        #expect(source.string(tsp.start..<tsp.end) == doc.metadata.title)
    }

    @Test("Header fields in other shapes: 文号, 成文日期 in Chinese numerals, a signature")
    func otherShapes() {
        let text = """
        索 引 号: 11330000002482161W/2024-12345   主题分类: 卫生健康
        发文机关: 浙江省卫生健康委员会   成文日期: 2024年3月5日
        文号: 浙卫发〔2024〕7号
        浙江省卫生健康委员会关于印发全省基层医疗卫生服务能力提升行动方案(2024—2027年)的通知
        各市、县(市、区)卫生健康局:
        现将《全省基层医疗卫生服务能力提升行动方案》印发给你们,请结合实际认真贯彻落实。
        浙江省卫生健康委员会
        二〇二四年三月五日
        """
        let md = DocumentParser.parse(text: text).metadata
        #expect(md.indexNumber == "11330000002482161W/2024-12345")
        #expect(md.documentNumber == "浙卫发〔2024〕7号")
        #expect(md.issuer == "浙江省卫生健康委员会")
        #expect(md.date == "2024-03-05")
        // The notice hands a plan down: the document is the plan (its title and kind), the
        // notice's issuer, date and number are the plan's.
        #expect(md.title == "全省基层医疗卫生服务能力提升行动方案(2024—2027年)")
        #expect(md.docType == .implementationPlan)
        #expect(md.period == Metadata.Period(start: 2024, end: 2027))
    }

    @Test("A header field line is never the title, whatever kind word it ends with")
    func fieldLineNotTitle() {
        let text = """
        信息来源：市水务局　　主题分类：规划计划
        发布时间：2025-01-20　　　体裁分类：方案
        河湾区节水型社会建设实施方案（2025—2027年）
        为推进节水型社会建设，制定本方案。
        """
        let md = DocumentParser.parse(text: text).metadata
        #expect(md.title == "河湾区节水型社会建设实施方案（2025—2027年）")
        #expect(md.period == Metadata.Period(start: 2025, end: 2027))
        // Negative: a title line with no label stays a title.
        let plain = DocumentParser.parse(text: "东岭县文化旅游融合发展工作要点\n一、总体要求\n").metadata
        #expect(plain.title == "东岭县文化旅游融合发展工作要点")
    }

    @Test("A page's 来源 gives way to the document's signature; it stays the issuer without one")
    func sourceVersusSignature() {
        let signed = """
        发布时间：2024-06-01　　来源：区教育局
        北川区教育局关于做好暑期安全工作的通知
        各学校：
        现将有关事项通知如下，请认真落实。
        北川区教育体育局
        2024年5月30日
        """
        #expect(DocumentParser.parse(text: signed).metadata.issuer == "北川区教育体育局")
        let unsigned = """
        发布时间：2024-06-01　　来源：区教育局
        北川区暑期安全工作要点
        一、加强安全教育，开展专题活动。
        """
        #expect(DocumentParser.parse(text: unsigned).metadata.issuer == "区教育局")
        // A 发布机构 label is authoritative, and a signature ending with it completes it.
        let labelled = """
        发布机构：市统计局
        关于开展统计调查的通知
        各单位：现将有关事项通知如下。
        南湖市统计局
        2024年2月1日
        """
        #expect(DocumentParser.parse(text: labelled).metadata.issuer == "南湖市统计局")
    }

    @Test("A joint signature names each organization, joined with 、, one span over them")
    func jointSignature() throws {
        let text = """
        关于加强河湖管理的通知
        各县（区）：
        现将有关事项通知如下，请认真贯彻执行。
        临溪市水利局　　　　临溪市生态环境局    临溪市自然资源局
        2024年7月8日
        """
        let doc = DocumentParser.parse(text: text)
        #expect(doc.metadata.issuer == "临溪市水利局、临溪市生态环境局、临溪市自然资源局")
        let sp = try #require(doc.metadata.spans.issuer)
        let src = SourceText(scalars: Array(text.unicodeScalars))
        #expect(src.string(sp.start..<sp.end).hasPrefix("临溪市水利局"))
        #expect(src.string(sp.start..<sp.end).hasSuffix("临溪市自然资源局"))
        // Negative: a name with a blank whose first piece is no organization stays one name.
        let one = """
        关于加强河湖管理的通知
        现将有关事项通知如下。
        临溪市 水利局
        2024年7月8日
        """
        #expect(DocumentParser.parse(text: one).metadata.issuer == "临溪市 水利局")
    }
}
