import Testing
@testable import DocParse

/// Documents written for these tests in fields the corpus does not cover, each with the
/// outline a reader expects.
@Suite("Outlines of documents in other fields")
struct OwnDocumentTests {
    @Test("a health-commission measure with 第X章 and 第X条 running on across chapters")
    func healthMeasure() {
        let d = OutlineFixture.parse([
            "某省卫生健康委员会关于印发《基层医疗卫生机构绩效考核办法》的通知",
            "各市卫生健康委:",
            "现将《基层医疗卫生机构绩效考核办法》印发给你们,请认真贯彻执行。",
            "第一章 总则",
            "第一条 为推动基层医疗卫生机构持续健康发展,根据有关规定,制定本办法。",
            "第二条 本办法适用于乡镇卫生院和社区卫生服务中心。",
            "第二章 考核内容",
            "第三条 考核内容包括服务提供、综合管理、可持续发展和满意度评价。具体包括:1、基本医疗服务;2、基本公共卫生服务;3、签约服务。",
            "第四条 考核实行百分制,其中服务提供占50%。",
            "第三章 附则",
            "第五条 本办法自2024年1月1日起施行。",
            "某省卫生健康委员会",
            "2023年12月20日",
        ])
        #expect(OutlineFixture.shape(d.outline) == [
            "第一章 总则",
            "  第一条 为推动基层医疗卫生机构持续健康发展,根据有关规定,制定本办法",
            "  第二条 本办法适用于乡镇卫生院和社区卫生服务中心",
            "第二章 考核内容",
            "  第三条 考核内容包括服务提供、综合管理、可持续发展和满意度评价",
            "  第四条 考核实行百分制,其中服务提供占50%",
            "第三章 附则",
            "  第五条 本办法自2024年1月1日起施行",
        ])
        #expect(d.outline[1].children[0].clauses.map(\.marker) == ["1、", "2、", "3、"])
        #expect(d.tasks.map(\.path) == ["第一章/第一条", "第一章/第二条", "第二章/第三条", "第二章/第四条", "第三章/第五条"])
        #expect(d.outline[2].children[0].text == "第五条 本办法自2024年1月1日起施行。")
        #expect(OutlineFixture.codes(d).isEmpty)
    }

    @Test("a transport plan with (1) and ① under 1., and a damaged 3推进 item")
    func transportPlan() {
        let d = OutlineFixture.parse([
            "某市综合交通运输发展三年行动方案(2024—2026年)",
            "为加快建设交通强市,制定本方案。",
            "一、发展目标",
            "到2026年,综合交通网络更加完善。",
            "——高速公路通车里程达到800公里。",
            "——城市公交分担率达到45%以上。",
            "二、重点任务",
            "1.完善综合交通网络。",
            "(1)加快高速公路建设。",
            "①建成绕城高速东段;",
            "②开工建设沿江高速。",
            "(2)推进国省干线改造。",
            "2.提升城市公共交通服务。一是优化公交线网,二是推进公交专用道建设。",
            "3推进智慧交通建设。建设交通运行监测平台。",
            "三、保障措施",
            "1.加强组织领导。",
            "2.强化资金保障。",
        ])
        #expect(OutlineFixture.shape(d.outline) == [
            "一、 发展目标",
            "二、 重点任务",
            "  1. 完善综合交通网络",
            "    (1) 加快高速公路建设",
            "      ① 建成绕城高速东段;",
            "      ② 开工建设沿江高速",
            "    (2) 推进国省干线改造",
            "  2. 提升城市公共交通服务",
            "  3. 推进智慧交通建设",
            "三、 保障措施",
            "  1. 加强组织领导",
            "  2. 强化资金保障",
        ])
        #expect(d.outline[0].bullets.count == 2)
        #expect(d.outline[1].children[1].clauses.map(\.marker) == ["一是", "二是"])
        #expect(d.outline[1].children[2].repaired)
        #expect(d.outline[1].children[0].children[0].children.map(\.depth) == [4, 4])
        #expect(OutlineFixture.codes(d) == ["outline.marker-restored"])
    }

    @Test("an environment plan that skips (一): 一、 then 1. with numbering running on")
    func environmentPlan() {
        let d = OutlineFixture.parse([
            "某县生态环境保护工作要点",
            "一、打好蓝天保卫战",
            "1.推进工业污染深度治理。完成12家企业超低排放改造。",
            "2.加强移动源污染防治。",
            "二、打好碧水保卫战",
            "3.保护饮用水水源地。",
            "4.整治黑臭水体。",
            "三、打好净土保卫战",
            "5.开展土壤污染状况调查。",
        ])
        #expect(OutlineFixture.shape(d.outline) == [
            "一、 打好蓝天保卫战", "  1. 推进工业污染深度治理", "  2. 加强移动源污染防治",
            "二、 打好碧水保卫战", "  3. 保护饮用水水源地", "  4. 整治黑臭水体",
            "三、 打好净土保卫战", "  5. 开展土壤污染状况调查",
        ])
        #expect(d.tasks.map(\.path) == ["一/1", "一/2", "二/3", "二/4", "三/5"])
        #expect(OutlineFixture.codes(d).isEmpty)
    }
}
