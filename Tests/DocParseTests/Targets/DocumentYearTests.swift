import Testing
@testable import DocParse

/// Years that a document gives its figures without writing them next to them.
@Suite("Document years of targets")
struct DocumentYearTests {
    func targets(_ text: String, oneYear: Int? = nil, date: String? = nil, report: Bool = false) -> [Target] {
        var md = Metadata()
        md.docType = report ? .report : .workPoints
        if let oneYear { md.period = Metadata.Period(start: oneYear, end: oneYear) }
        md.date = date
        return DocParseTests.targets(text, metadata: md)
    }

    @Test("A one-year title dates a figure that nothing closer dates")
    func oneYearTitle() throws {
        let t = try #require(targets("新建污水管网30公里。", oneYear: 2026).first)
        #expect(t.year == 2026)
    }

    @Test("年底前 and 四季度 mean the year of the document's date")
    func currentYearWords() throws {
        let ts = targets("年底前完成造林面积12万亩。四季度新增开工项目40个。", date: "2021-09-30")
        #expect(ts.map(\.year) == [2021, 2021])
    }

    @Test("A year the sentence writes wins over the document's year")
    func ownYearWins() throws {
        let t = try #require(targets("到2027年新建污水管网30公里。", oneYear: 2026).first)
        #expect(t.year == 2027)
    }

    @Test("A year opening the sentence dates its figures, but does not make a figure a target alone")
    func clauseOpeningYear() throws {
        let ts = targets("2028年全市90%以上的村实现通客车。", oneYear: nil)
        #expect(ts.first?.year == 2028)
        #expect(targets("2019年省里印发了3个文件。").isEmpty)
    }

    @Test("An achievement with no year of its own takes the year of the report's date")
    func achievementYear() throws {
        let t = try #require(targets("累计新建口袋公园16个。", date: "2025-11-30").first)
        #expect(t.kind == .achievement && t.year == 2025)
        // A target with no year stays undated.
        #expect(targets("新建口袋公园16个。", date: "2025-11-30").first?.year == nil)
    }

    @Test("A yearly rate keeps the deadline its own sentence writes")
    func rateWithDeadline() throws {
        let t = try #require(targets("到2030年每年培训乡村医生800人。").first)
        #expect(t.year == 2030)
        #expect(t.rate)
    }
}

/// Figures that are not targets, and units per unit.
@Suite("Target figures and compound units")
struct TargetFigureRuleTests {
    func targets(_ text: String) -> [Target] {
        var md = Metadata()
        md.docType = .regulation
        return DocParseTests.targets(text, metadata: md)
    }

    @Test("A fine in a penalty clause is no target")
    func fines() {
        #expect(targets("逾期不改正的,处2万元以上20万元以下的罚款。").isEmpty)
    }

    @Test("The figure a change starts from is no target; the one it goes to is")
    func startingValue() throws {
        let ts = targets("药品注册费由500元降低至300元。")
        #expect(ts.count == 1)
        #expect(ts.first?.unit == "元")
        if case .number(let v)? = ts.first?.value { #expect(v == 300) } else { Issue.record("no single value") }
    }

    @Test("A unit per another unit is one unit")
    func perUnits() throws {
        let ts = targets("购房补贴提高到3000元/套,处理能力不低于5万吨/年。")
        #expect(ts.map { $0.unit ?? "" } == ["元/套", "万吨/年"])
    }

    @Test("A frequency: 每+period+一次 is a target of one time; a lone 一次 is not")
    func frequencies() {
        #expect(targets("督导组每季度到工地巡查一次。").map(\.unit) == ["次"])
        #expect(targets("专家组每三年复核一次。").map(\.unit) == ["次"])
        #expect(targets("召开一次现场推进会。").isEmpty)
    }

    @Test("A time limit with 内 is a target")
    func withinDays() throws {
        let t = try #require(targets("审批部门应在3个月内完成复核。").first)
        #expect(t.comparator == .lte)
    }
}
