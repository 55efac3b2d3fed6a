import Testing
@testable import DocParse

@Suite("Marker styles: each read at a line start, never inside a sentence")
struct MarkerStyleTests {
    @Test("一、 and its variants 一. 一, open top-level headings")
    func chineseComma() {
        let shape = OutlineFixture.shape([
            "某市卫生健康委员会2024年工作要点", "一、强化公共卫生体系", "加强疾控机构建设。",
            "二.推进医疗服务提质", "三,深化医药卫生体制改革",
        ])
        #expect(shape == ["一、 强化公共卫生体系", "二. 推进医疗服务提质", "三, 深化医药卫生体制改革"])
    }

    @Test("a blank typeset before the 、 of a marker (一 、, 2 、) keeps the marker whole")
    func spacedComma() {
        let shape = OutlineFixture.shape([
            "一 、强化基层医疗", "1 、建设村卫生室。每村一所。", "2  、配备乡村医生", "二 、推进信息化",
        ])
        #expect(shape == ["一 、 强化基层医疗", "  1 、 建设村卫生室", "  2  、 配备乡村医生", "二 、 推进信息化"])
        // A blank before `.` or `,` is a sentence's, not a marker's.
        #expect(OutlineFixture.shape(["一、强化基层医疗", "3 .建设村卫生室"]) == ["一、 强化基层医疗"])
    }

    @Test("一、 inside a sentence is not a heading")
    func chineseCommaNegative() {
        let d = OutlineFixture.parse(["一、强化公共卫生体系", "重点抓好三件事:一、二级医院的互联互通,三、四级手术的质量控制。"])
        #expect(OutlineFixture.shape(d.outline) == ["一、 强化公共卫生体系"])
    }

    @Test("(一) in half- and full-width brackets and 〔一〕 nest under 一、")
    func chineseParen() {
        let shape = OutlineFixture.shape([
            "一、完善综合交通网络", "(一)建设高速公路。推进绕城高速建设。", "（二）改造国省干线", "〔三〕提升农村公路",
        ])
        #expect(shape == ["一、 完善综合交通网络", "  (一) 建设高速公路", "  （二） 改造国省干线", "  〔三〕 提升农村公路"])
    }

    @Test("(一) mid-line is part of the text")
    func chineseParenNegative() {
        let shape = OutlineFixture.shape(["一、完善综合交通网络", "按照规划(一)期工程和(二)期工程分步实施。"])
        #expect(shape == ["一、 完善综合交通网络"])
    }

    @Test("1. 1、 1． 1, are one style")
    func arabicDot() {
        let shape = OutlineFixture.shape([
            "一、推进工业节能", "1.实施重点行业能效提升", "2、推广高效电机", "3．淘汰落后产能", "4,发展循环经济",
        ])
        #expect(shape == ["一、 推进工业节能", "  1. 实施重点行业能效提升", "  2、 推广高效电机", "  3． 淘汰落后产能", "  4, 发展循环经济"])
    }

    @Test("1.2亿元, 1—3项, 2023年, 5+2, 2、3号 at a line start are not markers")
    func arabicDotNegative() {
        let d = OutlineFixture.parse([
            "一、推进工业节能", "1.2亿元专项资金用于技术改造。", "1—3项重点工程年内开工。", "2023年完成全部改造。", "5+2产业集群持续壮大。",
            "2、3号生产线同步改造。",
        ])
        #expect(OutlineFixture.shape(d.outline) == ["一、 推进工业节能"])
        #expect(d.outline[0].text.contains("5+2产业集群"))
    }

    @Test("(1) and 1) nest under 1.")
    func arabicParen() {
        let shape = OutlineFixture.shape(["一、优化公交线网", "1.调整线路", "(1)撤并重复线路", "2)新增微循环线路"])
        #expect(shape == ["一、 优化公交线网", "  1. 调整线路", "    (1) 撤并重复线路", "    2) 新增微循环线路"])
    }

    @Test("(1) inside a sentence is not a marker")
    func arabicParenNegative() {
        let shape = OutlineFixture.shape(["一、优化公交线网", "1.调整线路", "按附表(1)执行,详见(2)号文件。"])
        #expect(shape == ["一、 优化公交线网", "  1. 调整线路"])
    }

    @Test("① ② nest under (1)")
    func circled() {
        let shape = OutlineFixture.shape(["一、治理大气污染", "1.控制扬尘", "(1)工地管理", "①围挡全覆盖", "②湿法作业"])
        #expect(shape == ["一、 治理大气污染", "  1. 控制扬尘", "    (1) 工地管理", "      ① 围挡全覆盖", "      ② 湿法作业"])
    }

    @Test("① inside a sentence is not a node")
    func circledNegative() {
        let d = OutlineFixture.parse(["一、治理大气污染", "1.控制扬尘。做到①围挡全覆盖,②湿法作业。"])
        #expect(OutlineFixture.shape(d.outline) == ["一、 治理大气污染", "  1. 控制扬尘"])
        #expect(d.outline[0].children[0].clauses.map(\.marker) == ["①", "②"])
    }

    @Test("第一章 / 第一条: chapters hold articles, articles run on across chapters")
    func chapterArticle() {
        let shape = OutlineFixture.shape([
            "第一章 总则", "第一条 为规范医疗机构管理,制定本办法。", "第二条 本办法适用于本市。",
            "第二章 执业管理", "第三条 医疗机构应当依法执业。",
        ])
        #expect(shape == ["第一章 总则", "  第一条 为规范医疗机构管理,制定本办法", "  第二条 本办法适用于本市",
                          "第二章 执业管理", "  第三条 医疗机构应当依法执业"])
    }

    @Test("第二个百年 and 第一批 are not markers")
    func chapterNegative() {
        let shape = OutlineFixture.shape(["一、总体要求", "第二个百年奋斗目标开局起步。", "第一批试点单位名单另行公布。"])
        #expect(shape == ["一、 总体要求"])
    }

    @Test("(a) and a. used as a list under 1.")
    func latin() {
        let shape = OutlineFixture.shape(["一、数据治理", "1.建设数据平台", "(a)汇聚交通数据", "(b)开放共享接口"])
        #expect(shape == ["一、 数据治理", "  1. 建设数据平台", "    (a) 汇聚交通数据", "    (b) 开放共享接口"])
        let dot = OutlineFixture.shape(["一、数据治理", "a.汇聚交通数据", "b.开放共享接口"])
        #expect(dot == ["一、 数据治理", "  a. 汇聚交通数据", "  b. 开放共享接口"])
    }

    @Test("a. before Latin text (e.g.) is not a marker")
    func latinNegative() {
        let shape = OutlineFixture.shape(["一、数据治理", "e.g. API gateway and CDN.", "a.m. 开放"])
        #expect(shape == ["一、 数据治理"])
    }
}
