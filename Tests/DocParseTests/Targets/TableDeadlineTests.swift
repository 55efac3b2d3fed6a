import Testing
@testable import DocParse

/// A task table's 完成时限 cell dates the figures in its row's task cell.
@Suite("Targets: the deadline cell of a task-table row")
struct TableDeadlineTests {
    @Test("Tab, pipe and wide-blank tables: each row's figure takes its row's year; a deadline before the figure wins; a cell with no year gives none")
    func rowYears() {
        for sep in ["\t", " | ", "　"] {
            let rows = [
                ["序号", "重点任务", "牵头单位", "完成时限"],
                ["1", "新建城市公园12个", "市住建局", "2024年12月底"],
                ["2", "改造老旧小区300个", "市住建局", "2025年6月"],
                ["3", "到2026年建成充电桩5000个", "市发改委", "2024年底"],
                ["4", "培训基层医生800人次", "市卫健委", "长期坚持"],
                ["5", "新增养老床位600张", "市民政局", "2024—2025年"],
            ]
            let text = "某市2024年民生实事任务分解表\n" + rows.map { $0.joined(separator: sep) }.joined(separator: "\n") + "\n"
            let doc = DocumentParser.parse(text: text)
            func year(_ figure: String) -> Int?? {
                doc.targets.first { t in
                    let s = Array(text.unicodeScalars)[t.span.start..<t.span.end]
                    return String(String.UnicodeScalarView(s)) == figure
                }.map(\.year)
            }
            #expect(year("12个") == .some(2024), "\(sep)")
            #expect(year("300个") == .some(2025), "\(sep)")
            #expect(year("5000个") == .some(2026), "\(sep)")
            // `长期坚持` gives no year; the one-year title (`某市2024年…`) does.
            #expect(year("800人次") == .some(2024), "\(sep)")
            // A span of years: its first year, and `yearEnd` its last.
            #expect(year("600张") == .some(2024), "\(sep)")
            #expect(doc.targets.last?.yearEnd == 2025, "\(sep)")
        }
    }

    @Test("In a row the indicator stays inside the task cell: no row number, no unit cell")
    func rowIndicator() {
        for sep in ["\t", " | "] {
            let text = ["序号\(sep)重点任务\(sep)牵头单位\(sep)完成时限",
                        "1\(sep)新建城市公园12个\(sep)市住建局\(sep)2024年底",
                        "2\(sep)城市绿化覆盖率达到45%\(sep)市园林局\(sep)2025年底"].joined(separator: "\n")
            let doc = DocumentParser.parse(text: text)
            for t in doc.targets {
                let ind = t.indicator ?? ""
                #expect(!ind.contains("\t") && !ind.contains("|") && !ind.contains("市住建局") && !ind.contains("市园林局")
                        && !ind.hasPrefix("1") && !ind.hasPrefix("2"), "\(sep): \(ind)")
            }
            #expect(doc.targets.contains { $0.indicator == "城市绿化覆盖率" }, "\(sep)")
        }
    }

    @Test("Outside a table nothing changes: a figure with no deadline keeps none")
    func noTable() {
        let doc = DocumentParser.parse(text: "一、主要任务\n新建城市公园12个,完成时限2024年底。\n")
        #expect(doc.targets.count == 1)
    }
}
