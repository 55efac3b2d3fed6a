import Testing
@testable import DocParse

@Suite("Damaged markers: restored where the sequence expects them, left as text elsewhere")
struct DamagedMarkerTests {
    @Test("lost punctuation: 1推进… becomes 1. when 1 opens the list, 2… when 2 is next")
    func lostPunctuation() {
        let d = OutlineFixture.parse(["一、提升基层医疗服务", "1推进家庭医生签约服务。扩大覆盖面。", "2加强村卫生室建设。"])
        #expect(OutlineFixture.shape(d.outline) == ["一、 提升基层医疗服务", "  1. 推进家庭医生签约服务", "  2. 加强村卫生室建设"])
        #expect(d.outline[0].children.map(\.repaired) == [true, true])
        #expect(OutlineFixture.codes(d) == ["outline.marker-restored", "outline.marker-restored"])
        #expect(d.diagnostics.first(where: { $0.code == "outline.marker-restored" })?.span?.line == 2)
    }

    @Test("lost punctuation: a number the sequence does not expect stays text (3所, 15家, 7推进 after 1)")
    func lostPunctuationNegative() {
        let d = OutlineFixture.parse(["一、提升基层医疗服务", "1.推进家庭医生签约服务", "3所乡镇卫生院完成改造。", "15家医院接入平台。", "7推进远程会诊。"])
        #expect(OutlineFixture.shape(d.outline) == ["一、 提升基层医疗服务", "  1. 推进家庭医生签约服务"])
        #expect(OutlineFixture.codes(d).isEmpty)
    }

    @Test("lost opening bracket: 八)实施… is restored as (八), written like its siblings")
    func lostOpenBracket() {
        let d = OutlineFixture.parse(["一、重点工程", "（七）实施路网提升工程", "八)实施枢纽建设工程", "（九）实施智慧交通工程"])
        #expect(OutlineFixture.shape(d.outline) == ["一、 重点工程", "  （七） 实施路网提升工程", "  （八） 实施枢纽建设工程", "  （九） 实施智慧交通工程"])
        #expect(d.outline[0].children[1].repaired)
    }

    @Test("lost closing bracket: (八实施… is restored as (八)")
    func lostCloseBracket() {
        let d = OutlineFixture.parse(["一、重点工程", "(七)实施路网提升工程", "(八实施枢纽建设工程"])
        #expect(OutlineFixture.shape(d.outline) == ["一、 重点工程", "  (七) 实施路网提升工程", "  (八) 实施枢纽建设工程"])
    }

    @Test("bracket damage that the sequence does not expect, or a word (一般), stays text")
    func bracketNegative() {
        let shape = OutlineFixture.shape(["一、重点工程", "(一)实施路网提升工程", "五)项工作年底前完成。", "(一般性项目由区县审批。"])
        #expect(shape == ["一、 重点工程", "  (一) 实施路网提升工程"])
    }

    @Test("lost number and bracket: )实施… takes the number its open level expects")
    func lostNumberParen() {
        let d = OutlineFixture.parse(["一、重点任务", "(一)实施饮用水源保护", "1.划定保护区", "(二)实施河湖治理", "2.清理河道", ")实施土壤修复", "3.开展详查"])
        #expect(OutlineFixture.shape(d.outline) == [
            "一、 重点任务", "  (一) 实施饮用水源保护", "    1. 划定保护区", "  (二) 实施河湖治理", "    2. 清理河道",
            "  (三) 实施土壤修复", "    3. 开展详查",
        ])
        #expect(d.diagnostics.contains(where: { $0.code == "outline.marker-restored" && $0.span?.line == 6 }))
    }

    @Test("lost number: 、文件起草过程 becomes 三、 after 二、")
    func lostNumberComma() {
        let shape = OutlineFixture.shape(["一、编制背景", "背景说明。", "二、主要内容", "内容说明。", "、征求意见情况", "四、下一步工作"])
        #expect(shape == ["一、 编制背景", "二、 主要内容", "三、 征求意见情况", "四、 下一步工作"])
    }

    @Test("a lone ) or 、 with no open list to continue is reported, not placed")
    func lostNumberNegative() {
        let d = OutlineFixture.parse(["1.加强监测", ")实施土壤修复"])
        #expect(OutlineFixture.shape(d.outline) == ["1. 加强监测"])
        #expect(OutlineFixture.codes(d) == ["outline.unplaceable-item"])
    }

    @Test("a heading run into the previous line is split: …根本任务5.健全…")
    func runInHeading() {
        let d = OutlineFixture.parse(["一、加强疾病预防", "1.完善监测网络。", "2.提升应急能力。", "二、深化医疗改革,推进分级诊疗3.健全医联体。", "推进县域医共体建设。"])
        #expect(OutlineFixture.shape(d.outline) == [
            "一、 加强疾病预防", "  1. 完善监测网络", "  2. 提升应急能力", "二、 深化医疗改革,推进分级诊疗", "  3. 健全医联体",
        ])
        #expect(d.outline[1].children[0].repaired)
        #expect(d.outline[1].children[0].text == "3.健全医联体。\n推进县域医共体建设。")
        #expect(OutlineFixture.codes(d) == ["outline.heading-split"])
    }

    @Test("a number inside a heading that is not the next item is not split: 二、实施3年行动")
    func runInHeadingNegative() {
        let shape = OutlineFixture.shape(["一、加强疾病预防", "1.完善监测网络。", "二、实施健康城市建设5年行动"])
        #expect(shape == ["一、 加强疾病预防", "  1. 完善监测网络", "二、 实施健康城市建设5年行动"])
    }

    @Test("a line broken inside a word is joined and never read as a heading")
    func brokenLine() {
        let d = OutlineFixture.parse(["一、综合交通", "1.完善公交网络。优化线路布局,推进公交专用道建", "2成以上站点同步改造。", "2.发展慢行交通。"])
        #expect(OutlineFixture.shape(d.outline) == ["一、 综合交通", "  1. 完善公交网络", "  2. 发展慢行交通"])
        #expect(d.outline[0].children[0].text == "1.完善公交网络。优化线路布局,推进公交专用道建2成以上站点同步改造。")
        #expect(OutlineFixture.codes(d) == ["outline.line-joined"])
    }

    @Test("a line after a heading or a finished sentence is not joined")
    func brokenLineNegative() {
        let d = OutlineFixture.parse(["一、综合交通", "1.完善公交网络。优化线路布局。", "推进公交专用道建设。"])
        #expect(d.outline[0].children[0].text == "1.完善公交网络。优化线路布局。\n推进公交专用道建设。")
        #expect(OutlineFixture.codes(d).isEmpty)
    }

    @Test("a marker followed by blanks or a stray # is read, the title starts after them")
    func markerWithFiller() {
        let shape = OutlineFixture.shape(["#一、  总体目标", "1. # 降低能耗强度", "二 保障措施"])
        #expect(shape == ["一、 总体目标", "  1. 降低能耗强度", "二 保障措施"])
    }

    @Test("a numeral and a blank is a marker only in sequence: 三 项制度 after 一、 is text")
    func markerWithFillerNegative() {
        let shape = OutlineFixture.shape(["一、总体目标", "三 项制度同步推进。"])
        #expect(shape == ["一、 总体目标"])
    }
}
