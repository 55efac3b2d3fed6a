import Testing
@testable import DocParse

@Suite("Zones: front matter, appended documents, glossary, signature, boilerplate")
struct ZoneTests {
    @Test("a cover letter with its contact lines and date stays out of the outline")
    func coverLetter() {
        let d = OutlineFixture.parse([
            "关于征求《某市公立医院高质量发展实施方案》意见的函", "各区卫生健康局:", "1.请于5月10日前反馈意见。",
            "联系人:李明 电话:12345678", "某市卫生健康委员会", "2024年5月1日",
            "某市公立医院高质量发展实施方案", "一、总体目标", "二、主要任务",
        ])
        #expect(OutlineFixture.shape(d.outline) == ["一、 总体目标", "二、 主要任务"])
    }

    @Test("without a cover-letter title, the same numbered line opens the outline")
    func coverLetterNegative() {
        let d = OutlineFixture.parse(["各区卫生健康局:", "1.请于5月10日前反馈意见。", "2.逾期视为无意见。"])
        #expect(OutlineFixture.shape(d.outline) == ["1. 请于5月10日前反馈意见", "2. 逾期视为无意见"])
    }

    @Test("a drafting explanation after the plan is an appendix with its own numbering")
    func explanationAppendix() {
        let d = OutlineFixture.parse([
            "一、总体要求", "二、重点任务", "1.建设充电设施",
            "起草说明:", "《某市充电设施建设方案》起草情况说明", "市政府:", "一、起草背景", "、起草过程", "三、主要内容",
        ])
        #expect(OutlineFixture.shape(d.outline) == ["一、 总体要求", "二、 重点任务", "  1. 建设充电设施"])
        #expect(d.appendices.count == 1)
        #expect(d.appendices[0].title == "《某市充电设施建设方案》起草情况说明")
        #expect(OutlineFixture.shape(d.appendices[0].outline) == ["一、 起草背景", "二、 起草过程", "三、 主要内容"])
        #expect(d.appendices[0].outline[0].id == "n4")
    }

    @Test("an attachment list line (附件:…) does not open an appendix; a 附件 page does")
    func attachments() {
        let d = OutlineFixture.parse([
            "一、总体要求", "二、重点任务", "附件:1.任务分工表", "某市交通运输局", "2024年3月1日",
            "附件1", "重点任务分工表", "一、路网工程",
        ])
        #expect(OutlineFixture.shape(d.outline) == ["一、 总体要求", "二、 重点任务"])
        #expect(d.appendices.map(\.title) == ["重点任务分工表"])
        #expect(OutlineFixture.shape(d.appendices[0].outline) == ["一、 路网工程"])
        #expect(d.outline[1].text == "二、重点任务")
    }

    @Test("signature and date lines end the last item; a glossary after them gives entries")
    func signatureAndGlossary() {
        let d = OutlineFixture.parse([
            "一、总体要求", "1.推进医共体建设。", "某县卫生健康局", "2021年9月1日",
            "名词解释:", "01.医共体:县域医疗卫生共同体。", "02.两病:高血压、糖尿病",
        ])
        #expect(d.outline[0].children[0].text == "1.推进医共体建设。")
        #expect(d.glossary.map(\.term) == ["医共体", "两病"])
        #expect(d.glossary.map(\.definition) == ["县域医疗卫生共同体。", "高血压、糖尿病"])
    }

    @Test("a sentence mentioning 名词解释 or a date inside text changes no zone")
    func zoneNegative() {
        let d = OutlineFixture.parse(["一、总体要求", "相关名词解释见附录,2021年9月1日起施行。", "二、重点任务"])
        #expect(OutlineFixture.shape(d.outline) == ["一、 总体要求", "二、 重点任务"])
        #expect(d.glossary.isEmpty && d.appendices.isEmpty)
    }

    @Test("boilerplate lines (a download disclaimer's 1.–4.) are never in the outline")
    func boilerplate() {
        let d = OutlineFixture.parse([
            "温馨提示:", "1. 本文档由用户上传,版权归属用户。", "2. 下载前请仔细阅读文档内容。", "某区环保工作要点", "一、治理大气污染", "1.控制扬尘",
        ])
        #expect(OutlineFixture.shape(d.outline) == ["一、 治理大气污染", "  1. 控制扬尘"])
    }
}

@Suite("Zones: lines that look like zone changes but are not")
struct ZoneLookalikeTests {
    @Test("a date alone inside the body does not end the outline when the numbering goes on")
    func dateInsideBody() {
        let d = OutlineFixture.parse(["一、工作安排", "1.动员部署阶段", "2024年3月1日", "2.集中整治阶段", "某市生态环境局", "2024年2月1日", "网站说明文字"])
        #expect(OutlineFixture.shape(d.outline) == ["一、 工作安排", "  1. 动员部署阶段", "  2. 集中整治阶段"])
        #expect(d.outline[0].children[1].text == "2.集中整治阶段")
    }

    @Test("a heading named 编制说明 stays in the outline")
    func explanationHeading() {
        let d = OutlineFixture.parse(["一、总体要求", "二、编制说明", "三、主要任务"])
        #expect(OutlineFixture.shape(d.outline) == ["一、 总体要求", "二、 编制说明", "三、 主要任务"])
        #expect(d.appendices.isEmpty)
    }
}
