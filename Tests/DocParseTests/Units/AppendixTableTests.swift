import Testing
@testable import DocParse

/// A task table inside an appended document (`附件` after a notice), and unit cells whose
/// line breaks (typed into a sheet's or a web page's cell) came out as blanks.
@Suite("Task tables in appendices and typed cell breaks")
struct AppendixTableTests {
    static let notice = [
        "关于推广一批便民服务举措的通知",
        "一、总体要求",
        "各单位要认真组织推广。",
        "二、工作安排",
        "各县区要结合实际抓好落实。",
        "附件",
        "便民服务举措推广清单",
        "序号\t工作举措\t主要内容\t指导部门\t推广范围",
        "一、政务服务方面（共2项）",
        "1\t推行证明事项告知承诺\t减少群众提交的材料。\t县司法局、县政务服务局\t全县",
        "2\t“一窗受理”的综合窗口模式\t整合部门窗口，统一受理。\t县政务服务局\t全县",
        "二、社会服务方面（共1项）",
        "7\t建立养老服务时间银行\t鼓励低龄老人服务高龄老人。\t县民政局\t城区",
    ]

    @Test("Rows of a table in an appendix open the appendix's items and carry their units")
    func appendixRows() throws {
        let d = OutlineFixture.parse(Self.notice)
        #expect(OutlineFixture.shape(d.outline) == ["一、 总体要求", "二、 工作安排"])
        let a = try #require(d.appendices.first)
        #expect(OutlineFixture.shape(a.outline) == [
            "一、 政务服务方面（共2项）",
            "  1 推行证明事项告知承诺",
            "  2 “一窗受理”的综合窗口模式",
            "二、 社会服务方面（共1项）",
            // A row left out of the published list (3 to 6) does not drop the next one.
            "  7 建立养老服务时间银行",
        ])
        let rows = a.outline.flatMap(\.children)
        #expect(rows.map(\.responsible) == [["县司法局", "县政务服务局"], ["县政务服务局"], ["县民政局"]])
        // The registry points at the appendix's nodes.
        let unit = try #require(d.units.first { $0.name == "县民政局" })
        #expect(unit.occurrences.map(\.nodeId) == [rows[2].id])
        #expect(!d.diagnostics.contains { $0.code == "units.unattached" })
    }

    @Test("The same table with no notice before it reads the same rows into the main outline")
    func mainRows() {
        let d = OutlineFixture.parse(Array(Self.notice[7...]))
        #expect(d.outline.flatMap(\.children).map(\.responsible) == [["县司法局", "县政务服务局"], ["县政务服务局"], ["县民政局"]])
    }

    func rows(_ s: String) -> [TaskTableRow] {
        var d: [Diagnostic] = []
        return TaskTableReader.rows(in: normalized(s), diagnostics: &d)
    }

    @Test("A typed break in a unit cell separates whole names and wraps inside one")
    func cellBreaks() {
        let s = "序号\t工作任务\t牵头部门\t配合部门\n"
            + "1\t做好农产品产销对接\t农产品流通工作 专班\t县文旅局 宣传部\n"
            + "2\t化解房地产风险\t风险化解办公室\t房产去化工作专班 金融风险工作专班\n"
        let r = rows(s)
        #expect(r.count == 2)
        #expect(r.first?.attribution.names(.lead) == ["农产品流通工作专班"])
        #expect(r.first?.attribution.names(.supporting) == ["县文旅局", "宣传部"])
        #expect(r.last?.attribution.names(.supporting) == ["房产去化工作专班", "金融风险工作专班"])
    }

    @Test("Without typed cell breaks, a blank after a name before a bare organ name still wraps")
    func pdfBlankWraps() {
        let text = normalized("县文旅局 宣传部")
        let all = 0..<text.text.count
        #expect(UnitListSplitter.split(text, all, strict: false, blanks: .wrapped)?.map(\.name) == ["县文旅局宣传部"])
        #expect(UnitListSplitter.split(text, all, strict: false, blanks: .typed)?.map(\.name) == ["县文旅局", "宣传部"])
    }
}
