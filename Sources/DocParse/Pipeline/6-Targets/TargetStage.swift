/// Fills `targets`: every quantity that states what shall be reached, kept, built, spent or
/// limited (in a report, what was achieved), with comparator, deadline, indicator and the
/// outline node that holds it. Quantities in site furniture (boilerplate lines) are ignored.
enum TargetStage {
    /// - Parameter analysis: the shared text layer (quantities, bounds, line markers, task-table
    ///   rows), read once by the pipeline (read here when nil, for callers that run this stage
    ///   alone).
    static func run(_ text: NormalizedText, _ doc: inout Document, _ diagnostics: inout [Diagnostic], analysis: TextAnalysis? = nil) {
        let analysis = analysis ?? TextAnalysis.analyze(text)
        diagnostics += analysis.quantityDiagnostics
        let isReport = doc.metadata.docType == .report
        let years = DocumentYears(doc.metadata)
        let planLike: Set<DocType> = [.actionPlan, .implementationPlan, .workPoints, .plan, .opinion, .regulation]
        let dropsBackground = doc.metadata.docType.map(planLike.contains) ?? false
        // A plan's first year (`(2024—2027年)`): a deadline before it states where the plan starts.
        let firstYear = dropsBackground ? doc.metadata.period.flatMap { $0.start < $0.end ? $0.start : nil } : nil
        let extractor = TargetExtractor(text: text.text, analysis: analysis, isReport: isReport,
                                        dropsBackground: dropsBackground, firstYear: firstYear,
                                        sections: DatedSections(outline: doc.outline, text: text),
                                        repeatedCells: RepeatedCells(text), yearColumns: YearColumns(text, firstYear: doc.metadata.period?.start))
        var n = 0
        // One reading per heading, however many targets sit under it.
        var headingYears: [String: Int?] = [:]
        var goalYears: [String: Deadline?] = [:]
        // Task-table rows, in document order like the targets: a figure in a row's task cell
        // takes the year of the row's 完成时限 cell when its own sentence gives none.
        let rows = analysis.tables.rows
        var rowIndex = 0
        // Each target is made as soon as it is found; no list of all of them is kept.
        extractor.find(analysis.quantities) { f in
            n += 1
            let q = f.quantity
            let clause = trimmed(text.text, f.clause)
            // The nodes whose sections hold the figure, top level first.
            let path = OutlineLookup.steps(containing: q.span, in: doc.outline)
            // A heading naming one year (`二、2024年工作要点`) dates the targets of its section
            // that have no deadline and no year of their own; the nearest such heading wins.
            var year = f.deadline?.year
            var yearEnd = f.deadline?.yearEnd
            var yearForm: DeadlineForm? = f.deadlineCarried ? .carried : f.deadline?.form
            // The task-table row whose task cell holds the figure, if any.
            while rowIndex < rows.count, rows[rowIndex].taskRange.upperBound <= q.range.lowerBound { rowIndex += 1 }
            let row = rowIndex < rows.count && rows[rowIndex].taskRange.lowerBound <= q.range.lowerBound
                && q.range.upperBound <= rows[rowIndex].taskRange.upperBound ? rows[rowIndex] : nil
            // The row's own year is in its deadline cell, so the row (one sentence) always
            // names a year: only a deadline stated before the figure in its cell wins.
            if year == nil, !f.rate, let y = row?.deadlineYears(in: text.text) {
                year = y.year
                yearEnd = y.yearEnd
                yearForm = .tableRow
            }
            // In a row, what the figure measures is in its task cell, never in the number cell
            // before it or the unit cells after it.
            var indicator = f.indicator
            if let row, let r = indicator {
                let lower = max(r.lowerBound, row.taskRange.lowerBound)
                let upper = min(r.upperBound, row.taskRange.upperBound)
                indicator = lower < upper ? lower..<upper : nil
            }
            // An achievement reports the year it was reached, a yearly average included
            // (`2023年工作回顾` / `年均浓度32微克/立方米` is 2023's figure).
            if year == nil, !f.rate || f.achievement, !f.sentenceYear {
                for node in path.reversed() {
                    let y: Int?
                    if let cached = headingYears[node.id] {
                        y = cached
                    } else {
                        y = OutlineLookup.headingYear(node.title)
                        headingYears[node.id] = y
                    }
                    if let y { year = y; yearEnd = nil; yearForm = .headingYear; break }
                }
            }
            if year == nil, !f.rate {
                for node in path.reversed() {
                    let d: Deadline?
                    if let cached = goalYears[node.id] {
                        d = cached
                    } else {
                        d = OutlineLookup.goalYear(titleSpan: node.titleSpan, in: text)
                        goalYears[node.id] = d
                    }
                    // `(二)目标任务。截至2023年底,全市共有…` in a plan for 2024—2027 opens with where
                    // the plan starts, not with its deadline.
                    if let d, !(firstYear.map { (d.yearEnd ?? d.year) < $0 } ?? false) {
                        year = d.year; yearEnd = d.yearEnd; yearForm = .goalHeading; break
                    }
                }
            }
            // Rule `current year`: `今年`, `年底前`, `四季度` before the figure in its sentence,
            // after the heading years (`2024年工作回顾` / `全年新建…` means 2024); rule `next
            // year`: `明年` is the year after.
            if year == nil, let y = years.current, let o = DocumentYears.namedYear(text.text, f.clause.lowerBound..<q.range.lowerBound,
                                                                                    sentenceStart: f.sentenceStart) {
                year = y + o
                yearEnd = nil
                yearForm = o == 0 ? .currentYear : .nextYear
            }
            // Rule `one-year document`: a title naming one year (`2023年工作要点`) dates every
            // figure that nothing closer dates.
            if year == nil, let y = years.oneYear {
                year = y
                yearEnd = nil
                yearForm = .oneYearDocument
            }
            // Rule `achievement year`: what was done is dated by the document that reports it
            // (`46项任务全部完成` in a report dated 2023-12-20 was done in 2023).
            if year == nil, f.achievement, let y = years.current {
                year = y
                yearEnd = nil
                yearForm = .documentDate
            }
            let target = Target(
                id: "g\(n)",
                nodeId: path.last?.id,
                kind: f.achievement ? .achievement : .target,
                value: q.value, unit: q.unit, scale: q.scale, comparator: f.comparator,
                year: year, yearEnd: yearEnd, rate: f.rate,
                indicator: indicator.map { text.original($0) },
                text: text.original(clause), span: q.span, textSpan: text.span(clause),
                change: ChangeFinder.change(text.text, clause: f.clause, figure: q.range),
                baselineYear: ChangeFinder.baselineYear(text.text, clause: f.clause, figure: q.range))
            var traced = target
            traced.rule = f.rule.rawValue
            traced.quantityRule = q.form.rawValue
            traced.yearRule = year == nil ? nil : yearForm?.rawValue
            doc.targets.append(traced)
        }
    }

    static func trimmed(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var s = r.lowerBound
        var e = r.upperBound
        while s < e, t[s] == " " || t[s] == "\n" { s += 1 }
        while e > s, t[e - 1] == " " || t[e - 1] == "\n" { e -= 1 }
        return s..<e
    }
}
