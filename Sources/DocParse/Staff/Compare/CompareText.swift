/// Wording shared by the page and the Word file of the 修改对照表: labels from the catalogue,
/// and targets written as a person writes them (不低于 90%, 2025年).
enum CompareText {
    /// `zh` label, or `zh (en)` where both languages are wanted in one plain string.
    static func label(_ key: String, _ lang: Language) -> String { MessageCatalogue.label(key, lang) }

    static func changeLabel(_ change: String, _ lang: Language) -> String { MessageCatalogue.label("change.", value: change, lang) }

    /// `不低于 90%` / `at least 90%`; a plain equality or a range shows just the value.
    static func value(_ s: DraftDiff.TargetState, _ lang: Language) -> String {
        let v: String
        switch s.value {
        case .number(let x): v = DiffFormatter.num(x)
        case .range(let a, let b): v = DiffFormatter.num(a) + "–" + DiffFormatter.num(b)
        }
        let cmp = s.comparator == "eq" || s.comparator == "range" ? "" : MessageCatalogue.label("comparator.", value: s.comparator, lang) + " "
        return cmp + v + (s.unit ?? "")
    }

    static func year(_ s: DraftDiff.TargetState?, _ lang: Language) -> String {
        guard let y = s?.year else { return "" }
        return Message("diff.year", ["year": String(y)]).text(lang)
    }

    static func fields(_ t: DraftDiff.TargetChange, _ lang: Language) -> String {
        if t.change != "changed" { return changeLabel(t.change, lang) }
        return t.fields.map { MessageCatalogue.label("targetField.", value: $0, lang) }.joined(separator: lang == .zh ? "、" : ", ")
    }

    static func path(_ row: DraftComparison.Row) -> String {
        switch (row.oldPath, row.newPath) {
        case let (o?, n?) where o != n: return "\(o) → \(n)"
        case let (_, n?): return n
        case let (o?, nil): return o
        default: return ""
        }
    }

    static func metadataValue(_ field: String, _ value: String?, _ lang: Language) -> String {
        guard let value else { return label("value.none", lang) }
        switch field {
        case "docType": return MessageCatalogue.label("docType.", value: value, lang)
        case "isDraft": return label(value == "true" ? "value.yes" : "value.no", lang)
        default: return value
        }
    }
}
