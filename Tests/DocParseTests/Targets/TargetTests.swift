import Testing
@testable import DocParse

func targets(_ text: String, report: Bool = false, outline: [OutlineNode] = []) -> [Target] {
    var md = Metadata()
    md.docType = report ? .report : .actionPlan
    return targets(text, metadata: md, outline: outline)
}

/// The target stage alone over `text`, read as a document with metadata `md`.
func targets(_ text: String, metadata md: Metadata, outline: [OutlineNode] = []) -> [Target] {
    let norm = Normalizer.normalize(SourceText(text))
    var doc = Document(source: SourceInfo(path: nil, sha256: "", encoding: "utf-8", encodingDetected: false, bytes: 0, scalars: 0), metadata: md)
    doc.outline = outline
    var d: [Diagnostic] = []
    TargetStage.run(norm, &doc, &d)
    return doc.targets
}

@Suite("Targets: which quantities, comparator, deadline, indicator, kind")
struct TargetTests {
    @Test("Comparator words: gte, gt, lte, lt, approx, range, eq")
    func comparators() {
        let cases: [(String, String)] = [
            ("到2025年,高速公路通车里程达到1200公里以上。", "gte"),
            ("确保二级以上医院占比不低于80%。", "gte"),
            ("每千人口床位数至少6张。", "gte"),
            ("起码建成4个示范区。", "gte"),
            ("新能源车占比超过40%。", "gt"),
            ("单位能耗下降到0.5吨以下。", "lte"),
            ("班额控制在45人以内。", "lte"),
            ("PM2.5浓度不高于35微克,作业时间不超过90分钟。", "lte"),
            ("投资约14亿元。", "approx"),
            ("新增床位500张左右。", "approx"),
            ("每名学生掌握1—2项运动技能。", "range"),
            ("新建污水处理厂3座。", "eq"),
        ]
        for (text, cmp) in cases {
            let ts = targets(text)
            #expect(ts.first?.comparator.rawValue == cmp, "\(text) → \(ts.map(\.comparator))")
        }
    }

    @Test("Deadlines: 到2025年底, 2025年前, 十四五末, 十四五期间, a period at the clause start")
    func deadlines() {
        #expect(targets("到2025年底全市普惠性幼儿园占比达到93%以上。").first?.year == 2025)
        #expect(targets("2027年前建成充电桩2000个。").first?.year == 2027)
        #expect(targets("“十四五”末,森林覆盖率达到45%。").first?.year == 2025)
        let span = targets("十四五期间,新增养老床位3000张。").first
        #expect(span?.year == 2021 && span?.yearEnd == 2025)
        let period = targets("2023—2025年,全市规划投资22.5亿元。").first
        #expect(period?.year == 2023 && period?.yearEnd == 2025)
        #expect(targets("新建公交站台30个。").first?.year == nil)
    }

    @Test("A deadline opening a paragraph applies to its later sentences, not to the next paragraph")
    func deadlineCarries() {
        let ts = targets("到2030年,城市绿地率达到40%,新增公园20个。新建绿道50公里。\n新建口袋公园8个。")
        #expect(ts.map(\.year) == [2030, 2030, 2030, nil])
    }

    @Test("Yearly rates: 每年, 逐年, 年均 set rate; only a deadline of their own sentence dates them")
    func rates() {
        // The rate holds until the deadline its sentence writes (GUIDE, second reading).
        let ts = targets("到2025年,研发投入年均增长10%。")
        #expect(ts.first?.rate == true && ts.first?.year == 2025)
        let carried = targets("到2025年,研发体系更加完善。研发投入年均增长10%。")
        #expect(carried.first?.rate == true && carried.first?.year == nil)
        #expect(targets("每年培训基层医生200名。").first?.rate == true)
        #expect(targets("毛入学率逐年提高至95%以上。").first?.rate == true)
        #expect(targets("到2025年,毛入学率达到95%。").first?.rate == false)
    }

    @Test("Indicator: the subject phrase before the figure, or the noun after a verb-only lead")
    func indicators() {
        #expect(targets("到2025年底全市普惠性幼儿园占比达到93%以上。").first?.indicator == "全市普惠性幼儿园占比")
        #expect(targets("新增学位23805个。").first?.indicator == "新增学位")
        #expect(targets("建设3个区域医疗中心。").first?.indicator == "区域医疗中心")
        #expect(targets("教师担任班主任每月津贴不低于500元。").first?.indicator == "教师担任班主任每月津贴")
    }

    @Test("Kind: a plan's figures are targets; past markers and reports give achievements")
    func kinds() {
        #expect(targets("新建公交站台30个。").first?.kind == .target)
        #expect(targets("目前已建成公交站台30个。").first?.kind == .achievement)
        #expect(targets("累计投入资金1.2亿元。").first?.kind == .achievement)
        #expect(targets("投资1.2亿元的新建医院已投入使用。", report: true).first?.kind == .achievement)
    }

    @Test("Verbs of pushing work on set a target before Arabic digits, not before a Chinese numeral")
    func progressVerbs() {
        #expect(targets("加快16个冷链物流基地建设。").map(\.value) == [.number(16)])
        #expect(targets("年内新开工保障房项目240个。").map(\.value) == [.number(240)])
        #expect(targets("统筹推进五个专项行动落地。").isEmpty)
    }

    @Test("A count whose clause says the work on it is done is an achievement")
    func completion() {
        let ts = targets("全年27项民生实事全部完成。")
        #expect(ts.map(\.value) == [.number(27)])
        #expect(ts.first?.kind == .achievement)
        #expect(targets("全年27项民生实事稳步推进。").isEmpty)
    }

    @Test("A count of ten or more in Arabic digits is an amount, not an enumeration of aspects")
    func largeCountsAreNotEnumerations() {
        #expect(targets("新建12个重点实验室。").map(\.value) == [.number(12)])
        #expect(targets("从环境、设施、服务3个方面推进。").isEmpty)
    }

    @Test("Not targets: years, names, enumerations, ages, durations, bare numbers, lone 一")
    func negatives() {
        #expect(targets("2023年是关键之年。").isEmpty)
        #expect(targets("深化三个课堂建设,做到两个只增不减。").isEmpty)
        #expect(targets("从环境、设施、服务三个方面推进。").isEmpty)
        #expect(targets("紧扣“城市、乡村、园区”三个层面。").isEmpty)
        #expect(targets("面向35周岁以下青年医生。").isEmpty)
        #expect(targets("参加工作满3年的职工。").isEmpty)
        #expect(targets("编号为2626。").isEmpty)
        #expect(targets("全省共有三甲医院35家,其中11家在省会。").isEmpty)
        #expect(targets("争创一所示范医院。").isEmpty)
        #expect(targets("联系电话:0916-2626687。").isEmpty)
    }

    @Test("Thresholds and conditions in a modifier are not targets; the ratio they define may be")
    func thresholds() {
        #expect(targets("提高拥有3个以上特色专科的医院比例。").isEmpty)
        #expect(targets("对接收5名以上残疾儿童的学校设立资源教室。").isEmpty)
        #expect(targets("三级医院占比达到30%。").count == 1)
    }

    @Test("A counted subject with its verb after it is a target when the sentence has a deadline")
    func subjectCounts() {
        #expect(targets("到2027年,6个县通过国家卫生县城复审。").first?.year == 2027)
        #expect(targets("6个县通过国家卫生县城复审。").isEmpty)
    }

    @Test("A deadline earlier in the sentence makes a count a target; a bare figure clause continues a list")
    func deadlineCountsAndLists() {
        #expect(targets("到2026年,全市布设50处充电站。").first?.year == 2026)
        #expect(targets("全市布设50处充电站。").isEmpty)
        let ts = targets("建设3个换乘枢纽,10个公交首末站。")
        #expect(ts.map(\.indicator) == ["换乘枢纽", "公交首末站"])
        #expect(targets("其中,城区1所、郊区3所。").isEmpty)
    }

    @Test("A bare number closing a clause with a ratio or a target verb is a target with no unit")
    func bareNumbers() {
        let t = targets("农村危房占比降为0。")
        #expect(t.count == 1 && t.first?.unit == nil && t.first?.value == .number(0))
        #expect(targets("累计建成示范村35。").first?.value == .number(35))
        #expect(targets("全县11乡镇全部通电。").isEmpty)
    }

    @Test("余 and 多 after the figure mean more than it")
    func oddMore() {
        #expect(targets("新增学位7500余个。").first?.comparator == .gt)
        #expect(targets("新增学位约7500个。").first?.comparator == .approx)
    }

    @Test("A transport and environment plan: every figure with its comparator, year and indicator")
    func otherFields() {
        let ts = targets("""
            到2025年,全市公交分担率达到45%以上,新能源公交车占比不低于90%;建成充电桩1.2万个,新增绿道300公里。            PM2.5年均浓度控制在35微克/立方米以内。每年新增停车泊位5000个左右。
            """)
        #expect(ts.map(\.comparator) == [.gte, .gte, .eq, .eq, .lte, .approx])
        // `年均浓度` is an annual mean, not a yearly rate: the paragraph's deadline dates it;
        // `每年新增` is a rate and has none.
        #expect(ts.map(\.year) == [2025, 2025, 2025, 2025, 2025, nil])
        #expect(ts.map(\.indicator) == ["全市公交分担率", "新能源公交车占比", "建成充电桩", "新增绿道", "PM2.5年均浓度", "每年新增停车泊位"])
        #expect(ts.last?.rate == true)
        #expect(ts[2].unit == "万个" && ts[2].scale == 1e4)
    }

    @Test("A deadline carries across ; inside a sentence but not across a line break")
    func semicolon() {
        #expect(targets("到2026年,新建公厕40座;改造农贸市场12个。\n新增停车位500个。").map(\.year) == [2026, 2026, nil])
    }

    @Test("List figures share an indicator; a figure opening a list item counts the noun after it")
    func lists() {
        #expect(targets("三级医院比例分别达到10%、15%、20%。").map(\.indicator) == ["三级医院比例", "三级医院比例", "三级医院比例"])
        #expect(targets("培养200名全科医生、60位专科医师。").map(\.indicator).last == "专科医师")
    }

    @Test("nodeId is the deepest outline node whose span holds the target")
    func nodeIds() {
        let text = "一、交通\n(一)道路\n新建公路120公里。\n二、环境\n绿地率达到40%。"
        let sc = Array(text.unicodeScalars)
        func offset(_ w: String) -> Int {
            let ws = Array(w.unicodeScalars)
            return (0...(sc.count - ws.count)).first { Array(sc[$0..<($0 + ws.count)]) == ws } ?? -1
        }
        func span(_ from: String, _ to: String?) -> Span {
            Span(start: offset(from), end: to.map(offset) ?? sc.count, line: 1, column: 1)
        }
        var n1 = OutlineNode(id: "n1", depth: 1, marker: "一、", ordinal: 1, style: .cnComma, title: "交通", text: "", span: span("一、", "二、"))
        n1.children = [OutlineNode(id: "n2", depth: 2, marker: "(一)", ordinal: 1, style: .cnParen, title: "道路", text: "", span: span("(一)", "二、"))]
        let n3 = OutlineNode(id: "n3", depth: 1, marker: "二、", ordinal: 2, style: .cnComma, title: "环境", text: "", span: span("二、", nil))
        let ts = targets(text, outline: [n1, n3])
        #expect(ts.map(\.nodeId) == ["n2", "n3"])
        #expect(targets("新建公路120公里。").first?.nodeId == nil)
    }
}
