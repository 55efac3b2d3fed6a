/// Attribution: tasks without a lead unit where most tasks have one; one unit spelled
/// several ways; a person's post where a unit belongs.
struct AttributionRule: CheckRule {
    var codes: [String] { ["attribution.missing-lead", "attribution.unit-spellings", "attribution.person-as-unit"] }

    func check(_ ctx: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let tasks = ctx.document.tasks
        let taskNodes = tasks.compactMap { ctx.node($0.nodeId) }
        let withLead = taskNodes.filter { !$0.lead.isEmpty }.count
        // Only where leads are the document's habit: at least 3 tasks and half of them.
        if taskNodes.count >= 3, withLead * 2 >= taskNodes.count, withLead < taskNodes.count {
            for (task, node) in zip(tasks, taskNodes) where node.lead.isEmpty {
                findings.append(Finding(severity: .warning, code: "attribution.missing-lead",
                    message: Message("attribution.missing-lead", ["path": task.path, "title": short(task.title),
                                                                  "withLead": String(withLead), "total": String(taskNodes.count)]),
                    span: node.titleSpan ?? node.span))
            }
        }
        // Spellings: group by a key that ignores a doubled last character and a level prefix.
        var groups: [String: [(String, Span?)]] = [:]
        for unit in ctx.document.units {
            for name in [unit.name] + unit.aliases {
                let sp = unit.occurrences.first { $0.text == name }?.span ?? unit.occurrences.first?.span
                groups[spellingKey(name), default: []].append((name, sp))
            }
        }
        for key in groups.keys.sorted() {
            let names = groups[key]!
            let distinct = Array(Set(names.map(\.0))).sorted()
            guard distinct.count > 1 else { continue }
            let odd = names.first { hasDoubledEnd($0.0) } ?? names.last!
            findings.append(Finding(severity: hasDoubledEnd(odd.0) ? .warning : .note, code: "attribution.unit-spellings",
                message: Message("attribution.unit-spellings", ["names": distinct.joined(separator: " / ")]),
                span: odd.1))
        }
        for unit in ctx.document.units {
            for title in CheckWords.personTitles where unit.name.hasSuffix(title) {
                findings.append(Finding(severity: .warning, code: "attribution.person-as-unit",
                    message: Message("attribution.person-as-unit", ["unit": unit.name]),
                    span: unit.occurrences.first?.span))
                break
            }
        }
        return findings
    }

    func short(_ s: String) -> String { s.count > 24 ? String(s.prefix(24)) + "…" : s }

    func hasDoubledEnd(_ s: String) -> Bool {
        let c = Array(s)
        return c.count >= 2 && c[c.count - 1] == c[c.count - 2]
    }

    /// `市教育局局` → `教育局`, `教育局` → `教育局`, `县教育局` → `教育局`.
    func spellingKey(_ name: String) -> String {
        var c = Array(name)
        while c.count >= 2, c[c.count - 1] == c[c.count - 2] { c.removeLast() }
        for p in CheckWords.spellingLevelPrefixes where c.count > p.count + 1 && String(c.prefix(p.count)) == p {
            c.removeFirst(p.count)
            break
        }
        return String(c)
    }
}
