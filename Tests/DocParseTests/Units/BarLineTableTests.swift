import Testing
@testable import DocParse

@Suite("Task tables one cell per line with a | line after each cell")
struct BarLineTableTests {
    static let table = [
        "序号", "|", "年度工作目标", "|", "具体工作内容", "|", "牵头责任单位", "|", "一季度进展情况", "|",
        "7", "|", "提升城乡供水保障水平", "|", "完成老旧管网改造20公里。", "|", "县水利局", "县住建局", "|", "已完成招标。", "|",
        "12", "|", "推进学校食堂改造", "|", "改造食堂8所。", "|", "县教育局", "|", "1.完成设计。", "2.开始施工。", "|",
    ].joined(separator: "\n")

    @Test("cells run over lines, column roles come from the header's words, row numbers may skip")
    func rows() throws {
        var d: [Diagnostic] = []
        let r = TaskTableReader.rows(in: normalized(Self.table), diagnostics: &d)
        #expect(r.map(\.number) == ["7", "12"])
        // The first task-like column names the task; a progress column is never the task.
        #expect(r.map(\.task) == ["提升城乡供水保障水平", "推进学校食堂改造"])
        #expect(r.first?.attribution.names(.lead) == ["县水利局", "县住建局"])
        #expect(d.contains { $0.code == "units.table-row-numbers-skip" })
    }

    @Test("each row is one outline item titled by its task cell; numbered notes in a cell are not items")
    func outline() {
        let doc = DocumentParser.parse(text: Self.table)
        #expect(OutlineFixture.shape(doc.outline) == ["7 提升城乡供水保障水平", "12 推进学校食堂改造"])
        #expect(doc.outline.first?.lead == ["县水利局", "县住建局"])
    }

    @Test("header words: report columns are other, task and time words give task and deadline")
    func headerRoles() {
        func role(_ s: String) -> TaskTableReader.Column? {
            let t = normalized(s)
            return HeaderRoles.role(t.text, 0..<t.count)
        }
        #expect(role("年度工作目标") == .task)
        #expect(role("一季度进展情况") == .other)
        #expect(role("计划完成时间") == .deadline)
        #expect(role("联系电话") == nil)
        #expect(role("这是一个很长的不像表头的句子内容") == nil)
    }
}
