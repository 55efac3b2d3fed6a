/// A year written as four Arabic digits (`2025`), read where a rule expects one.
///
/// Shared by the task-table rows (a 完成时限 cell's years), the target rules (deadlines,
/// heading years, baselines) and anything else that dates a figure, so the one definition
/// of a plausible year lives here rather than in one of its users.
enum YearReader {
    /// The year whose four digits start at `i` (the digits stand alone: no digit before or
    /// after them), when it lies in 1990–2100; nil otherwise.
    static func year(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        guard i + 4 <= end else { return nil }
        var v = 0
        for k in i..<(i + 4) {
            guard CharClass.isDigit(t[k].value) else { return nil }
            v = v * 10 + Int(t[k].value - 0x30)
        }
        if i + 4 < end, CharClass.isDigit(t[i + 4].value) { return nil }
        if i > 0, CharClass.isDigit(t[i - 1].value) { return nil }
        return (1990...2100).contains(v) ? v : nil
    }
}
