import Testing
@testable import DocParse

@Suite("Node content: title, text, clauses, bullets")
struct NodeContentTests {
    @Test("title is the heading line, or the first sentence without its 。; text runs to the next node")
    func titleAndText() {
        let d = OutlineFixture.parse(["一、提升服务能力", "1.加强急救体系建设。推进120急救站点布局。", "补充说明段落。", "2.完善院前急救"])
        let items = d.outline[0].children
        #expect(d.outline[0].title == "提升服务能力")
        #expect(items[0].title == "加强急救体系建设")
        #expect(items[0].text == "1.加强急救体系建设。推进120急救站点布局。\n补充说明段落。")
        #expect(items[1].title == "完善院前急救")
        #expect(d.outline[0].text == "一、提升服务能力")
        #expect(items[0].titleSpan?.line == 2 && items[0].titleSpan?.column == 3)
    }

    @Test("spans point into the original text, full-width punctuation included")
    func spans() {
        let src = "一、提升服务能力\n（一）加强急救体系建设。推进站点布局。"
        let d = DocumentParser.parse(text: src)
        let node = d.outline[0].children[0]
        let scalars = Array(src.unicodeScalars)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[node.span.start..<node.span.end])
        #expect(String(s) == "（一）加强急救体系建设。推进站点布局。")
        #expect(node.marker == "（一）")
    }

    @Test("一是/二是/三是 are clauses of the item, not nodes")
    func numeralClauses() {
        let d = OutlineFixture.parse(["1.强化污染治理。一是整治散乱污企业;二是推进清洁取暖。三是加强秸秆禁烧。"])
        let c = d.outline[0].clauses
        #expect(c.map(\.marker) == ["一是", "二是", "三是"])
        #expect(c.map(\.ordinal) == [1, 2, 3])
        #expect(c[0].text == "一是整治散乱污企业;")
        #expect(c[2].text == "三是加强秸秆禁烧。")
    }

    @Test("其一/其二 and 首先/其次/最后 are clauses")
    func wordClauses() {
        let a = OutlineFixture.parse(["1.优化审批。其一,压缩时限;其二,减少材料。"]).outline[0].clauses
        #expect(a.map(\.marker) == ["其一", "其二"])
        let b = OutlineFixture.parse(["1.优化审批。首先要压缩时限,其次要减少材料,最后要公开结果。"]).outline[0].clauses
        #expect(b.map(\.marker) == ["首先", "其次", "最后"])
    }

    @Test("统一是, a lone 二是 and a single 一是 are not clauses")
    func clausesNegative() {
        let d = OutlineFixture.parse(["1.规范收费。标准统一是基本要求,二是指第二类项目。", "2.加强监管。一是开展检查。"])
        #expect(d.outline[0].clauses.isEmpty)
        #expect(d.outline[1].clauses.isEmpty)
    }

    @Test("a numbered list run into a paragraph is clauses: 具体包括:1、…2、…")
    func runInList() {
        let d = OutlineFixture.parse(["一、主要内容", "具体包括:1、公交优先工程,新增线路10条。2、慢行系统工程。3、停车设施工程。"])
        let c = d.outline[0].clauses
        #expect(c.map(\.marker) == ["1、", "2、", "3、"])
        #expect(c[0].text == "1、公交优先工程,新增线路10条。")
        #expect(d.outline[0].children.isEmpty)
    }

    @Test("figures in a sentence are not a run-in list: 投资1.5亿元,建成2、3号线")
    func runInListNegative() {
        let d = OutlineFixture.parse(["一、主要内容", "投资1.5亿元,建成2、3号线,新增3.2公里。"])
        #expect(d.outline[0].clauses.isEmpty)
    }

    @Test("dash-led lines are bullets of the node above")
    func bullets() {
        let d = OutlineFixture.parse(["一、发展目标", "到2025年:", "——空气质量优良天数比例达到85%。", "——森林覆盖率达到30%。", "二、重点任务"])
        #expect(d.outline[0].bullets.map(\.text) == ["空气质量优良天数比例达到85%。", "森林覆盖率达到30%。"])
        #expect(d.outline[0].bullets[0].span.line == 3)
        #expect(d.outline[1].bullets.isEmpty)
    }

    @Test("a dash inside a line is not a bullet")
    func bulletsNegative() {
        let d = OutlineFixture.parse(["一、发展目标", "2023—2025年,空气质量持续改善——优良天数稳步增加。"])
        #expect(d.outline[0].bullets.isEmpty)
    }

    @Test("a heading broken over two lines is one title with one span, and says so")
    func headingBrokenOverLines() throws {
        let text = "一、总体要求\n（一）加快城乡供水一体化\n建设\n到2026年，农村自来水普及率达到95%。\n（二）推动智慧\n水务\n二、保障措施"
        let d = DocumentParser.parse(text: text, path: "t.txt")
        #expect(OutlineFixture.shape(d.outline) == ["一、 总体要求", "  （一） 加快城乡供水一体化建设", "  （二） 推动智慧水务", "二、 保障措施"])
        let n = d.outline[0].children[0]
        #expect(n.text == "（一）加快城乡供水一体化建设\n到2026年，农村自来水普及率达到95%。")
        let ts = try #require(n.titleSpan)
        let src = SourceText(scalars: Array(text.unicodeScalars))
        #expect(src.string(ts.start..<ts.end) == "加快城乡供水一体化\n建设")
        #expect(d.diagnostics.filter { $0.code == "outline.heading-joined" }.count == 2)
        // parsecli check reports the broken heading as a broken line.
        let findings = DraftChecker.check(document: d, source: src)
        #expect(findings.filter { $0.code == "text.broken-line" }.count == 2)
    }

    @Test("a heading is not continued by a sentence, a long line, a blank-separated line or a line after punctuation")
    func headingNotContinued() {
        let cases: [[String]] = [
            ["一、发展目标", "全面完成。", "二、重点任务"],                  // punctuation in the next line
            ["一、发展目标", "到2025年全面完成各项任务目标", "二、重点任务"],  // digits, long
            ["一、发展目标", "", "全面完成", "二、重点任务"],                // blank line between
            ["一、发展目标：", "全面完成", "二、重点任务"],                  // the heading ends with punctuation
        ]
        for c in cases {
            let d = OutlineFixture.parse(c)
            #expect(!d.diagnostics.contains { $0.code == "outline.heading-joined" }, "\(c)")
            #expect(d.outline[0].title.hasPrefix("发展目标") && !d.outline[0].title.contains("全面"), "\(c)")
        }
        // Only the first line below the heading may join it.
        let two = OutlineFixture.parse(["一、发展目标", "全面完", "成任务", "二、重点任务"])
        #expect(two.outline[0].title == "发展目标全面完")
        #expect(two.outline[0].text == "一、发展目标全面完\n成任务")
        let d = OutlineFixture.parse(["一、发展目标", "全面完成。", "二、重点任务"])
        #expect(d.outline[0].title == "发展目标")
    }
}
