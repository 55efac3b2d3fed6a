import Testing
@testable import DocParse

/// A sheet that repeats an item's cells on each of its sub-rows states each figure once.
@Suite("Repeated spreadsheet cells")
struct RepeatedCellTests {
    static let sheet = [
        "序号\t重点工作\t目标任务\t牵头部门\t工作措施",
        "1\t扩大就业\t全年新增城镇就业不少于4500人。\t人社局\t1.建立岗位台账；",
        "1\t扩大就业\t全年新增城镇就业不少于4500人。\t人社局\t2.举办招聘会不少于12场；",
        "1\t扩大就业\t全年新增城镇就业不少于4500人。\t人社局\t3.开展技能培训；",
        "2\t改善环境\t新建口袋公园8个。\t园林局\t1.完成选址；",
    ].joined(separator: "\n") + "\n"

    @Test("A goal cell repeated on the rows below gives its figure once; each row's own figures stay")
    func once() {
        let doc = DocumentParser.parse(text: Self.sheet)
        let values = doc.targets.map { "\($0.value)\($0.unit ?? "")" }
        #expect(values.filter { $0 == "\(TargetValue.number(4500))人" }.count == 1)
        #expect(values.contains("\(TargetValue.number(12))场"))
        #expect(values.contains("\(TargetValue.number(8))个"))
    }

    @Test("The same words in a different column, or a row that differs, are not repeats")
    func notRepeats() {
        let text = "序号\t目标任务\t备注\n1\t新建口袋公园8个。\t新建口袋公园8个。\n2\t新建口袋公园9个。\t\n"
        let doc = DocumentParser.parse(text: text)
        #expect(doc.targets.map(\.value) == [.number(8), .number(8), .number(9)])
    }

    @Test("Blanks are not tabs: plain lines that repeat are read as they stand")
    func blanksAreNotTabs() {
        let doc = DocumentParser.parse(text: "一、目标 新建公园8个。\n一、目标 新建公园8个。\n")
        #expect(doc.targets.count == 2)
    }
}
