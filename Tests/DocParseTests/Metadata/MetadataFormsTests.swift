import Testing
@testable import DocParse

/// Forms of issuer and date that real pages and copies use beyond a signature under the
/// text: a forwarding notice, a header that shortens the issuer's name, an order of a body,
/// a report delivered on a body's behalf, a signature run into a text without line breaks,
/// and header tables flattened with bars.
@Suite("Issuer and date forms")
struct MetadataFormsTests {
    static func metadata(_ text: String) -> (Metadata, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let md = MetadataExtractor.read(Normalizer.normalize(SourceText(text)), diagnostics: &diagnostics)
        return (md, diagnostics)
    }

    @Test("A notice that forwards another body's request: the notice's signature, even with markup debris after it")
    func forwardingNotice() {
        let (md, _) = Self.metadata("""
            某省人民政府办公厅转发省林业局关于加强古树名木保护请示的通知
            各市人民政府，省直各部门：
            省林业局《关于加强古树名木保护的请示》已经省人民政府同意，现转发给你们，请认真执行。
            某省人民政府办公厅      &nbsp;
            二〇一九年三月五日
            关于加强古树名木保护的请示
            省人民政府：
            为切实保护好全省古树名木资源，防止人为破坏，现就有关事项请示如下，请审议。
            一、开展资源普查
            省林业局
            二〇一九年一月八日
            """)
        #expect(md.issuer == "某省人民政府办公厅")
        #expect(md.date == "2019-03-05")
        #expect(md.rules?.issuer == "issuer.notice-signature")
    }

    @Test("A header that shortens the name the title writes in full gives way to the title; another body does not")
    func shortenedHeader() {
        let body = "\n为进一步做好防汛抗旱工作，保障人民群众生命财产安全，经研究，现就有关事项通知如下，请遵照执行。\n一、压实责任\n"
        let (full, d1) = Self.metadata("发文机关: 县政府办公室\n某某县人民政府办公室关于做好汛期安全工作的通知" + body)
        #expect(full.issuer == "某某县人民政府办公室")
        #expect(full.rules?.issuer == "issuer.title")
        #expect(!d1.contains { $0.code == "metadata.issuer-conflict" })
        let (other, _) = Self.metadata("发文机关: 县应急管理局\n某某县人民政府办公室关于做好汛期安全工作的通知" + body)
        #expect(other.issuer == "县应急管理局")
        #expect(other.rules?.issuer == "issuer.label")
    }

    @Test("A header naming another body than the signature: the signature wins, with a diagnostic")
    func conflictingHeader() {
        let (md, diagnostics) = Self.metadata("""
            发布机构: 市文化旅游局  成文日期: 2022-05-10
            某市全民阅读推广工作方案
            为推动全民阅读深入开展，营造书香社会氛围，结合本市实际情况，特制定本工作方案如下。
            一、工作目标
            某市委宣传部
            2022年5月12日
            """)
        #expect(md.issuer == "某市委宣传部")
        #expect(md.date == "2022-05-12")
        let codes = diagnostics.map(\.code)
        #expect(codes.contains("metadata.issuer-conflict"))
        #expect(codes.contains("metadata.date-conflict"))
        #expect(diagnostics.first { $0.code == "metadata.issuer-conflict" }?.message.contains("市文化旅游局") == true)
    }

    @Test("An order on one line: the body before 令 (without the country's name), the date signed after the covering sentence")
    func orderOnOneLine() {
        let (md, _) = Self.metadata("中华人民共和国交通运输部令第17号《港口设施保安规则》已经部务会议通过，现予公布，自2020年3月1日起施行。部长 某某某二〇一九年十二月二十日港口设施保安规则第一章 总则第一条 为了加强港口设施保安工作，制定本规则。")
        #expect(md.issuer == "交通运输部")
        #expect(md.rules?.issuer == "issuer.order")
        #expect(md.date == "2019-12-20")
        #expect(md.rules?.date == "date.covering-signature")
    }

    @Test("A deadline after the covering sentence is no signature date")
    func deadlineIsNoSignature() {
        let (md, _) = Self.metadata("某市人民政府令第3号《某市养犬管理办法》已经市政府常务会议通过，现予公布。2024年1月1日起施行。某市养犬管理办法第一条 为了规范养犬行为，制定本办法。")
        #expect(md.issuer == "某市人民政府")
        #expect(md.date == nil)
    }

    @Test("A report delivered on a body's behalf names it")
    func onBehalf() {
        let (md, _) = Self.metadata("各位代表：\n现在，我代表某某市人民政府，向大会报告政府工作，请予审议。\n一、过去一年的工作回顾\n")
        #expect(md.issuer == "某某市人民政府")
        #expect(md.rules?.issuer == "issuer.on-behalf")
    }

    @Test("A header table flattened with bars: the value is the next cell")
    func barredHeader() {
        let (md, _) = Self.metadata("""
            索 引 号: | 11500000/2021-00042 | 分类: | |
            发布机构: | 发文日期: | 2021-06-18 | |
            名 称: | 县教育局关于印发某县课后服务实施方案的通知 |
            各学校：现将《某县课后服务实施方案》印发给你们，请认真贯彻执行。
            """)
        #expect(md.indexNumber == "11500000/2021-00042")
        #expect(md.title == "某县课后服务实施方案")
        #expect(md.issuer == "县教育局")
        #expect(md.date == "2021-06-18")
    }

    @Test("A one-line order under a page's breadcrumb is still read from its opening")
    func orderUnderBreadcrumb() {
        let long = String(repeating: "第二条 港口经营人应当建立保安制度，落实保安责任，定期开展演练。", count: 12)
        let (md, _) = Self.metadata("首页 > 政务公开 > 规章\n某省人民政府令第8号《某省港口管理办法》已经省政府常务会议通过，现予公布，自2021年7月1日起施行。省长 某某二〇二一年五月十日某省港口管理办法第一条 为了加强港口管理，制定本办法。" + long)
        #expect(md.issuer == "某省人民政府")
        #expect(md.date == "2021-05-10")
    }

    @Test("A covering notice without a title line: the plan's own title after the notice's signature")
    func titleAfterNoticeSignature() {
        let (md, _) = Self.metadata("""
            某政发〔2022〕3号
            各乡镇人民政府，县直各单位：
            《某县2022年农村人居环境整治工作计划》已经县人民政府第十二次常务会议研究同意，现印发给你们，请各单位结合本地本部门实际，认真抓好贯彻落实，确保各项任务按期完成。
            某县人民政府
            2022年2月16日
            某县2022年农村人居环境整治工作计划
            为持续改善农村人居环境，建设美丽宜居乡村，根据上级部署，结合我县实际，制定本计划。
            一、工作目标
            """)
        #expect(md.title == "某县2022年农村人居环境整治工作计划")
        #expect(md.rules?.title == "title.after-notice")
        #expect(md.issuer == "某县人民政府")
        #expect(md.date == "2022-02-16")
    }

    @Test("A first line alone ending with a weak kind word is the title; one a longer title continues is not")
    func weakEndingTitle() {
        let (md, _) = Self.metadata("宁陕县2025年重点工作任务\n一、产业发展\n1.建设茶园基地。(县农业农村局负责)\n")
        #expect(md.title == "宁陕县2025年重点工作任务")
        #expect(md.docType == .taskList)
        // Broken over two lines: the second line continues the first, which is no title alone.
        let (two, _) = Self.metadata("石泉县政府2025年重点工作\n任务分解和责任分工方案\n一、产业发展\n")
        #expect(two.title == "石泉县政府2025年重点工作任务分解和责任分工方案")
        // A sentence's line is no title, whatever it ends with.
        let (prose, _) = Self.metadata("今年要抓好以下几项重点工作\n一、产业发展\n")
        #expect(prose.title == nil)
    }

    @Test("The last row of a task table is no signature, though its last cell ends like a unit")
    func tableRowNoSignature() {
        let text = "县城更新任务表\n序号\t任务\t具体措施\t牵头单位\t配合单位\n1\t改造管网\t更换旧管\t县水务局\t各镇\n"
            + "\t\t新建泵站\t县住建局\t县财政局\n2\t新增绿地\t建设游园\t县林业局\n"
        let (md, _) = Self.metadata(text)
        #expect(md.issuer == nil)
        // A spaced signature and joint signatures still sign.
        let (spaced, _) = Self.metadata("汉滨区城区绿化方案\n一、目标\n新增绿地。\n汉滨区 人民政府\n2025年4月2日\n")
        #expect(spaced.issuer == "汉滨区 人民政府" || spaced.issuer == "汉滨区人民政府")
        let (joint, _) = Self.metadata("汉滨区城区绿化方案\n一、目标\n新增绿地。\n汉滨区林业局 汉滨区财政局\n2025年4月2日\n")
        #expect(joint.issuer == "汉滨区林业局、汉滨区财政局")
    }

    @Test("Joint signatures of a government and a military district or a mass organization")
    func jointSignatureEndings() {
        let (md, _) = Self.metadata("汉滨区民兵整组方案\n一、目标\n完成整组。\n汉滨区人民政府 汉滨区人武部 安康军分区\n2025年4月2日\n")
        #expect(md.issuer == "汉滨区人民政府、汉滨区人武部、安康军分区")
        let (union, _) = Self.metadata("职工疗休养实施办法\n一、对象\n全体职工。\n汉滨区总工会\n2025年4月2日\n")
        #expect(union.issuer == "汉滨区总工会")
    }

    @Test("Joint signers written one per line above the signature line all sign; the date is still found")
    func jointSignersOverLines() {
        let text = "汉阴县2025年乡村振兴工作要点\n一、产业发展\n建设茶园。\n中共汉阴县委办公室\n汉阴县人民政府办公室\n2025年2月9日\n"
        let (md, _) = Self.metadata(text)
        #expect(md.issuer == "中共汉阴县委办公室、汉阴县人民政府办公室")
        #expect(md.date == "2025-02-09")
        // A last body line of prose above the signature does not sign.
        let (one, _) = Self.metadata("汉阴县护林方案\n一、目标\n全面落实护林责任。\n汉阴县林业局\n2025年2月9日\n")
        #expect(one.issuer == "汉阴县林业局")
    }
}
