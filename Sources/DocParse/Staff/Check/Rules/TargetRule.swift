/// Targets: a deadline outside the plan's period, a percentage above 100, one indicator with
/// two values or contradicting comparators, a target without a deadline in a plan that has a
/// period, and a range that looks damaged (reported by the quantity recognizer).
struct TargetRule: CheckRule {
    var codes: [String] {
        ["target.deadline-outside-period", "target.percent-over-100", "target.conflicting-values",
         "target.contradicting-comparators", "target.no-deadline", "target.damaged-range"]
    }

    func check(_ ctx: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let doc = ctx.document
        let targets = doc.targets.filter { $0.kind == .target }
        let period = doc.metadata.period
        let isReport = doc.metadata.docType == .report
        for t in targets {
            if let p = period, let y = t.yearEnd ?? t.year, y > p.end {
                findings.append(Finding(severity: .error, code: "target.deadline-outside-period",
                    message: Message("target.deadline-outside-period", ["year": String(y), "start": String(p.start),
                                                                         "end": String(p.end), "text": t.text]), span: t.span))
            } else if let p = period, let y = t.year, y < p.start {
                findings.append(Finding(severity: .warning, code: "target.deadline-outside-period",
                    message: Message("target.deadline-outside-period.before", ["year": String(y), "start": String(p.start),
                                                                                "end": String(p.end)]), span: t.span))
            }
            if let unit = t.unit, CheckWords.percentUnits.contains(unit) {
                let high: Double
                switch t.value { case .number(let v): high = v; case .range(_, let b): high = b }
                if high > 100 {
                    findings.append(Finding(severity: .error, code: "target.percent-over-100",
                        message: Message("target.percent-over-100", ["value": format(high) + (t.unit ?? "")]), span: t.span))
                }
            }
            if period != nil, !isReport, t.year == nil, t.yearEnd == nil, !t.rate {
                findings.append(Finding(severity: .note, code: "target.no-deadline",
                    message: Message("target.no-deadline", ["indicator": t.indicator ?? t.text, "start": String(period!.start),
                                                             "end": String(period!.end)]), span: t.span))
            }
        }
        // The same indicator stated twice.
        var byIndicator: [String: [Target]] = [:]
        for t in targets {
            guard let ind = t.indicator, !ind.isEmpty else { continue }
            byIndicator["\(ind)|\(t.unit ?? "")|\(t.year.map(String.init) ?? "-")", default: []].append(t)
        }
        for key in byIndicator.keys.sorted() {
            let group = byIndicator[key]!
            guard group.count > 1, let first = group.first else { continue }
            for other in group.dropFirst() {
                if other.value != first.value {
                    findings.append(Finding(severity: .warning, code: "target.conflicting-values",
                        message: Message("target.conflicting-values", ["indicator": first.indicator!, "first": describe(first),
                                                                        "line": String(first.span.line), "other": describe(other)]),
                        span: other.span))
                } else if contradict(first.comparator, other.comparator) {
                    findings.append(Finding(severity: .error, code: "target.contradicting-comparators",
                        message: Message("target.contradicting-comparators", [
                            "indicator": first.indicator!, "firstComparator": first.comparator.rawValue, "first": describe(first),
                            "line": String(first.span.line), "otherComparator": other.comparator.rawValue]),
                        span: other.span))
                }
            }
        }
        // The quantity recognizer flags `每位学生掌握12项` where `1—2项` was meant.
        for d in doc.diagnostics where d.code == "quantity.possible-lost-range-dash" {
            findings.append(Finding(severity: .warning, code: "target.damaged-range",
                                    message: Message("target.damaged-range", ctx.detail(d)), span: d.span))
        }
        return findings
    }

    func contradict(_ a: Comparator, _ b: Comparator) -> Bool {
        let up: Set<Comparator> = [.gte, .gt], down: Set<Comparator> = [.lte, .lt]
        return (up.contains(a) && down.contains(b)) || (down.contains(a) && up.contains(b))
    }

    func describe(_ t: Target) -> String {
        switch t.value {
        case .number(let v): return format(v) + (t.unit ?? "")
        case .range(let a, let b): return format(a) + "–" + format(b) + (t.unit ?? "")
        }
    }

    func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
