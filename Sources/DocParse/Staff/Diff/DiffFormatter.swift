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
    /// - Returns: Text ending with a newline; a one-line note under the header when `d` is empty.
    public static func text(_ d: DraftDiff, old: String, new: String) -> String {
        var out = "--- \(old)\n+++ \(new)\n"
        if d.isEmpty { return out + "no differences in metadata, tasks, targets or units\n" }
        if !d.metadata.isEmpty {
            out += "\nMetadata\n"
            for m in d.metadata { out += "  \(m.field): \(m.old ?? "(none)") → \(m.new ?? "(none)")\n" }
        }
        if !d.tasks.isEmpty {
            let counts = ["added", "removed", "moved", "renamed", "renumbered"].compactMap { kind -> String? in
                let k = d.tasks.filter { $0.change == kind }.count
                return k == 0 ? nil : "\(k) \(kind)"
            }
            out += "\nTasks (\(counts.joined(separator: ", ")))\n"
            var sections: [String] = []
            for t in d.tasks where !sections.contains(t.section) { sections.append(t.section) }
            for s in sections {
                out += "  \(s)\n"
                for t in d.tasks where t.section == s {
                    switch t.change {
                    case "added": out += "    + \(t.newPath ?? "") \(t.newTitle ?? "")\n"
                    case "removed": out += "    - \(t.oldPath ?? "") \(t.oldTitle ?? "")\n"
                    case "moved": out += "    → \(t.newTitle ?? "") moved from \(t.oldPath ?? "") to \(t.newPath ?? "")\n"
                    case "renumbered": out += "    # \(t.newTitle ?? "") renumbered \(t.oldPath ?? "") → \(t.newPath ?? "")\n"
                    case "renamed": out += "    ~ \(t.newPath ?? "") renamed: 「\(t.oldTitle ?? "")」 → 「\(t.newTitle ?? "")」\n"
                    default: break
                    }
                }
            }
        }
        if !d.targets.isEmpty {
            out += "\nTargets\n"
            for t in d.targets {
                let name = t.indicator ?? t.new?.text ?? t.old?.text ?? ""
                let at = t.path.map { " [\($0)]" } ?? ""
                switch t.change {
                case "added": out += "  + \(name): \(describe(t.new!))\(at)\n"
                case "removed": out += "  - \(name): \(describe(t.old!))\(at)\n"
                default:
                    // `普惠性幼儿园占比: 90% → 93%, 2025`: an unchanged year is said once.
                    let o = t.old!, n = t.new!
                    let same = o.year == n.year
                    let change = same ? "\(describe(o, year: false)) → \(describe(n, year: false))\(n.year.map { ", \($0)" } ?? "")"
                        : "\(describe(o)) → \(describe(n))"
                    out += "  ~ \(name): \(change)\(at) (\(t.fields.joined(separator: ", ")))\n"
                }
            }
        }
        if !d.units.isEmpty {
            out += "\nUnits\n"
            for u in d.units {
                var parts: [String] = []
                if !u.added.isEmpty { parts.append("+ " + u.added.joined(separator: "、")) }
                if !u.removed.isEmpty { parts.append("- " + u.removed.joined(separator: "、")) }
                out += "  \(u.path) \(u.title) — \(u.role): \(parts.joined(separator: "; "))\n"
            }
        }
        return out
    }

    static func describe(_ s: DraftDiff.TargetState, year: Bool = true) -> String {
        let cmp: [String: String] = ["gte": "≥", "gt": ">", "lte": "≤", "lt": "<", "approx": "≈", "eq": "", "range": ""]
        let v: String
        switch s.value {
        case .number(let x): v = num(x)
        case .range(let a, let b): v = num(a) + "–" + num(b)
        }
        return (cmp[s.comparator] ?? s.comparator + " ") + v + (s.unit ?? "") + (year ? (s.year.map { ", \($0)" } ?? "") : "")
    }

    static func num(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
}
