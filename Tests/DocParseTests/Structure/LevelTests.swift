import Testing
@testable import DocParse

@Suite("Levels come from the document's own nesting and sequence")
struct LevelTests {
    @Test("a plan that skips (一): 一、 then 1. puts 1. at depth 2")
    func skippedLevel() {
        let d = OutlineFixture.parse(["一、节能降碳", "1.推广光伏建筑", "2.发展新能源汽车", "二、污染防治", "1.治理工业废气"])
        #expect(d.outline.map(\.depth) == [1, 1])
        #expect(d.outline[0].children.map(\.depth) == [2, 2])
        #expect(d.outline[1].children.map(\.marker) == ["1."])
    }

    @Test("a style that first opened higher stays higher: (二) after 1. closes it instead of nesting under it")
    func rankFromFirstOpening() {
        let shape = OutlineFixture.shape(["一、总体要求", "(一)指导思想", "1.坚持人民至上", "二、重点任务", "1.做强主导产业", "(二)强化保障", "三、保障措施"])
        #expect(shape == ["一、 总体要求", "  (一) 指导思想", "    1. 坚持人民至上", "二、 重点任务", "  1. 做强主导产业",
                          "  (二) 强化保障", "三、 保障措施"])
    }

    @Test("numbering that restarts in every section and numbering that runs on are both in sequence")
    func restartAndRunOn() {
        let restart = OutlineFixture.parse(["一、甲", "1.一项", "2.二项", "二、乙", "1.三项"])
        #expect(OutlineFixture.codes(restart).isEmpty)
        let runOn = OutlineFixture.parse(["一、甲", "1.一项", "2.二项", "二、乙", "3.三项", "4.四项"])
        #expect(OutlineFixture.codes(runOn).isEmpty)
        #expect(runOn.outline[1].children.map(\.ordinal) == [3, 4])
    }

    @Test("gaps, duplicates and out-of-order numbers are kept and reported")
    func sequenceProblems() {
        let d = OutlineFixture.parse(["一、甲", "二、乙", "二、丙", "五、丁", "三、戊"])
        #expect(d.outline.count == 5)
        #expect(OutlineFixture.codes(d) == ["outline.number-duplicate", "outline.number-gap", "outline.number-out-of-order"])
        #expect(d.diagnostics.first(where: { $0.code == "outline.number-gap" })?.message == "numbering jumps from 二 to 五; 三–四 missing")
    }

    @Test("a clean sequence reports nothing")
    func sequenceClean() {
        let d = OutlineFixture.parse(["一、甲", "(一)子项", "(二)子项", "二、乙"])
        #expect(OutlineFixture.codes(d).isEmpty)
    }

    @Test("the task list is the style holding most leaves, with outline paths")
    func tasks() {
        let d = OutlineFixture.parse(["一、总体要求", "二、重点任务", "(一)路网", "1.建设快速路", "2.改造支路", "(二)公交", "3.优化线网",
                                      "三、保障措施", "(一)加强领导", "(二)强化考核"])
        #expect(d.tasks.map(\.path) == ["二/(一)/1", "二/(一)/2", "二/(二)/3"])
        #expect(d.tasks.map(\.title) == ["建设快速路", "改造支路", "优化线网"])
        #expect(d.tasks.map(\.id) == ["t1", "t2", "t3"])
    }

    @Test("a document with only top-level headings lists them as tasks; no markers, no tasks")
    func tasksFlat() {
        #expect(OutlineFixture.parse(["一、甲", "二、乙"]).tasks.map(\.path) == ["一", "二"])
        #expect(OutlineFixture.parse(["只有一段正文,没有编号。"]).tasks.isEmpty)
    }
}
