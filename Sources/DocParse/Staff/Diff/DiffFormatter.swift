/// Renders a `DraftDiff` for a person: metadata, then task changes grouped by section with
/// their outline paths, then targets and units.
///
/// Lines start with a change mark (`+` added, `-` removed, `→` moved, `#` renumbered, `~`
/// renamed or changed) so a reader can scan a long diff, and a target change shows the
/// comparator and unit as a person would write them:
///
/// ```
/// Targets
///   ~ 普惠性幼儿园占比: ≥90% → ≥93%, 2025 [二/(一)/1] (value)
/// ```
public enum DiffFormatter {
    /// Renders a diff as plain text.
    ///
    /// - Parameters:
    ///   - d: The diff from ``DiffEngine/diff(old:new:)``.
    ///   - old: The name shown for the old draft (the `---` line), usually its path.
    ///   - new: The name shown for the new draft (the `+++` line).
    ///   - lang: The language of the labels (the documents' own text is shown as written).
    /// - Returns: Text ending with a newline; a one-line note under the header when `d` is empty.
    public static func text(_ d: DraftDiff, old: String, new: String, lang: Language = .zh) -> String {
        func L(_ key: String) -> String { MessageCatalogue.label(key, lang) }
        func M(_ key: String, _ args: [String: String]) -> String { Message(key, args).text(lang) }
        let sep = lang == .zh ? "，" : ", "
        // Brackets around a note: full-width after Chinese, ` (…)` after English.
        func paren(_ s: String) -> String { lang == .zh ? "（\(s)）" : " (\(s))" }
        var out = "--- \(old)\n+++ \(new)\n"
        if d.isEmpty { return out + L("diff.none") + "\n" }
        if !d.metadata.isEmpty {
            out += "\n\(L("diff.metadata"))\n"
            for m in d.metadata {
                out += "  \(lang == .en ? m.field : MessageCatalogue.label("field.", value: m.field, lang)): "
                out += "\(m.old ?? L("value.none")) → \(m.new ?? L("value.none"))\n"
            }
        }
        if !d.tasks.isEmpty {
            let counts = ["added", "removed", "moved", "renamed", "renumbered"].compactMap { kind -> String? in
                let k = d.tasks.filter { $0.change == kind }.count
                return k == 0 ? nil : M("diff.count", ["count": String(k), "change": kind])
            }
            out += "\n\(L("diff.tasks"))\(paren(counts.joined(separator: sep)))\n"
            var sections: [String] = []
            for t in d.tasks where !sections.contains(t.section) { sections.append(t.section) }
            for s in sections {
                out += "  \(s)\n"
                for t in d.tasks where t.section == s {
                    switch t.change {
                    case "added": out += "    + \(t.newPath ?? "") \(t.newTitle ?? "")\n"
                    case "removed": out += "    - \(t.oldPath ?? "") \(t.oldTitle ?? "")\n"
                    case "moved":
                        out += "    → " + M("diff.task.moved", ["title": t.newTitle ?? "", "from": t.oldPath ?? "", "to": t.newPath ?? ""]) + "\n"
                    case "renumbered":
                        out += "    # " + M("diff.task.renumbered", ["title": t.newTitle ?? "", "from": t.oldPath ?? "", "to": t.newPath ?? ""]) + "\n"
                    case "renamed":
                        out += "    ~ " + M("diff.task.renamed", ["path": t.newPath ?? "", "old": t.oldTitle ?? "", "new": t.newTitle ?? ""]) + "\n"
                    default: break
                    }
                }
            }
        }
        if !d.targets.isEmpty {
            out += "\n\(L("diff.targets"))\n"
            for t in d.targets {
                let name = t.indicator ?? t.new?.text ?? t.old?.text ?? ""
                let at = t.path.map { " [\($0)]" } ?? ""
                switch t.change {
                case "added": out += "  + \(name): \(describe(t.new!, lang: lang))\(at)\n"
                case "removed": out += "  - \(name): \(describe(t.old!, lang: lang))\(at)\n"
                default:
                    // `普惠性幼儿园占比: 90% → 93%, 2025`: an unchanged year is said once.
                    let o = t.old!, n = t.new!
                    let same = o.year == n.year
                    let year = n.year.map { sep + M("diff.year", ["year": String($0)]) } ?? ""
                    let change = same ? "\(describe(o, year: false, lang: lang)) → \(describe(n, year: false, lang: lang))\(year)"
                        : "\(describe(o, lang: lang)) → \(describe(n, lang: lang))"
                    let fields = t.fields.map { lang == .en ? $0 : MessageCatalogue.label("targetField.", value: $0, lang) }
                    out += "  ~ \(name): \(change)\(at)\(paren(M("diff.fields", ["fields": fields.joined(separator: sep)])))\n"
                }
            }
        }
        if !d.units.isEmpty {
            out += "\n\(L("diff.units"))\n"
            for u in d.units {
                var parts: [String] = []
                if !u.added.isEmpty { parts.append("+ " + u.added.joined(separator: "、")) }
                if !u.removed.isEmpty { parts.append("- " + u.removed.joined(separator: "、")) }
                let role = lang == .en ? u.role : MessageCatalogue.label("role.", value: u.role, lang)
                out += "  \(u.path) \(u.title) — \(role): \(parts.joined(separator: "; "))\n"
            }
        }
        return out
    }

    static func describe(_ s: DraftDiff.TargetState, year: Bool = true, lang: Language = .en) -> String {
        let cmp: [String: String] = ["gte": "≥", "gt": ">", "lte": "≤", "lt": "<", "approx": "≈", "eq": "", "range": ""]
        let v: String
        switch s.value {
        case .number(let x): v = num(x)
        case .range(let a, let b): v = num(a) + "–" + num(b)
        }
        return (cmp[s.comparator] ?? s.comparator + " ") + v + (s.unit ?? "") + (year ? (s.year.map { (lang == .zh ? "，" : ", ") + Message("diff.year", ["year": String($0)]).text(lang) } ?? "") : "")
    }

    static func num(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
}
