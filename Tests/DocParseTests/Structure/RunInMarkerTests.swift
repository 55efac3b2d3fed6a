import Testing
@testable import DocParse

@Suite("Run-in markers: a text that lost its line breaks still has its outline")
struct RunInMarkerTests {
    @Test("a plan on one line: headings after 。, (一) run into its heading, items after an attribution's )")
    func planOnOneLine() {
        let line = "各乡镇人民政府,县直各单位:为改善农村饮水条件,特制定本方案。一、强化水源保护(一)划定水源保护范围。"
            + "年底前完成全部千吨万人水源地划定。(责任单位:县水利局、县生态环境分局)(二)开展水源地巡查。每季度巡查一次。"
            + "(责任单位:县水利局)二、提升供水能力(三)改造老旧管网。实施管网改造工程。(责任单位:县住建局)县人民政府办公室2024年3月1日"
        let d = OutlineFixture.parse([line])
        #expect(OutlineFixture.shape(d.outline) == [
            "一、 强化水源保护", "  (一) 划定水源保护范围", "  (二) 开展水源地巡查",
            "二、 提升供水能力", "  (三) 改造老旧管网",
        ])
        #expect(OutlineFixture.codes(d).contains("outline.run-in-markers"))
    }

    @Test("a regulation on one line: chapters run into their first article, (一) items after a lead-in's :")
    func regulationOnOneLine() {
        let line = "城市绿地管理办法第一章 总  则第一条为加强城市绿地管理,制定本办法。第二条本办法适用于本市行政区域内的绿地。"
            + "第二章 管理职责第三条园林部门履行下列职责:(一)编制绿地规划;(二)监督绿地养护。第四条其他部门依照第三条规定配合。"
        let d = OutlineFixture.parse([line])
        #expect(OutlineFixture.shape(d.outline) == [
            "第一章 总  则", "  第一条 为加强城市绿地管理,制定本办法", "  第二条 本办法适用于本市行政区域内的绿地",
            "第二章 管理职责", "  第三条 园林部门履行下列职责:", "    (一) 编制绿地规划;", "    (二) 监督绿地养护",
            "  第四条 其他部门依照第三条规定配合",
        ])
    }

    @Test("a number inside a sentence or out of sequence is no marker, even in a text without breaks")
    func notMarkers() {
        let line = "为做好防汛工作,制定本方案。一、压实责任。各地要落实(2024)年度责任制,按照1.5倍标准储备物资。"
            + "三、加强值守。二、做好预警。汛期实行24小时值班。"
        let d = OutlineFixture.parse([line])
        #expect(OutlineFixture.shape(d.outline) == ["一、 压实责任", "二、 做好预警"])
    }

    @Test("an inline list inside a paragraph of a text with intact line breaks stays text")
    func inlineListKept() {
        let d = OutlineFixture.parse([
            "一、总体要求",
            "(一)主要目标。到2026年,建成覆盖城乡的服务体系。重点包括:1、建设服务中心。2、完善服务网络。",
            "(二)基本原则。坚持政府主导、社会参与。",
            "二、重点任务",
        ])
        #expect(OutlineFixture.shape(d.outline) == ["一、 总体要求", "  (一) 主要目标", "  (二) 基本原则", "二、 重点任务"])
        #expect(!OutlineFixture.codes(d).contains("outline.run-in-markers"))
    }

    @Test("paragraphs joined with only their indent: a marker after blanks runs on, and the title ends at the indent")
    func indentJoinedParagraphs() {
        let line = "某县乡村旅游提升方案　　为推动乡村旅游发展,制定本方案。　　一、发展目标　　到2026年,建成旅游示范村12个。"
            + "　　二、主要任务　　(一)完善旅游设施。改造旅游厕所。　　1.建设游客中心。新建3处。　　2.完善标识系统。"
            + "　　(二)培育旅游品牌。举办节庆活动。　　三、保障措施　　强化资金保障。"
        let d = OutlineFixture.parse([line])
        #expect(OutlineFixture.shape(d.outline) == [
            "一、 发展目标", "二、 主要任务", "  (一) 完善旅游设施", "    1. 建设游客中心", "    2. 完善标识系统",
            "  (二) 培育旅游品牌", "三、 保障措施",
        ])
        #expect(OutlineFixture.codes(d).contains("outline.heading-run-into-body"))
    }

    @Test("a single blank inside a heading is no indent: the title is kept whole")
    func singleBlankKept() {
        #expect(OutlineFixture.shape(["一、总体目标", "到2025年建成公园。", "二、加强 组织领导,完善工作机制。"])
                == ["一、 总体目标", "二、 加强 组织领导,完善工作机制"])
    }

    @Test("an inline (1) in the preamble of a text without breaks does not open the outline")
    func preambleListDoesNotOpen() {
        let line = "本方案所称服务包括:(1)上门服务;(2)集中服务。为此制定如下措施。一、扩大服务覆盖。逐步推开。二、提高服务质量。严格考核。"
        #expect(OutlineFixture.shape([line]) == ["一、 扩大服务覆盖", "二、 提高服务质量"])
    }
}

@Suite("A heading run into its body: the title is the heading part, as its neighbours are shaped")
struct HeadingBodySplitTests {
    @Test("a long first sentence among short headings is cut where its text starts, and reported")
    func cut() {
        let d = OutlineFixture.parse([
            "一、总体要求", "坚持统筹推进。",
            "二、加快产业升级", "推动产业转型。",
            "三、强化人才支撑", "引进高层次人才。",
            "四、加强组织领导各有关部门要按照职责分工,抓紧制定配套措施,确保落实到位。",
        ])
        #expect(OutlineFixture.shape(d.outline).last == "四、 加强组织领导")
        #expect(OutlineFixture.codes(d).contains("outline.heading-run-into-body"))
    }

    @Test("items whose titles are sentences, or a comma before the opener, are left whole")
    func notCut() {
        let items = OutlineFixture.parse([
            "一、重点任务",
            "1.完善服务网络,推进社区服务中心建设。", "2.提升服务质量,根据群众需求优化服务。", "3.加强队伍建设,按照标准配齐人员。",
        ])
        #expect(OutlineFixture.shape(items.outline[0].children) == [
            "  1. 完善服务网络,推进社区服务中心建设", "  2. 提升服务质量,根据群众需求优化服务", "  3. 加强队伍建设,按照标准配齐人员",
        ])
        #expect(!OutlineFixture.codes(items).contains("outline.heading-run-into-body"))
    }
}
