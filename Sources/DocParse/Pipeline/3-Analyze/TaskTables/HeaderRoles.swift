/// The role of a header cell that the exact column and role tables do not name: tables name
/// their columns freely (`主要工作目标`, `目标任务主要内容`, `2023年10-12月份进展情况`), and the
/// role still shows in the words the name holds (`RoleWords.headerReportWords` and the
/// others). Report columns are never the task. Short cells only (a header cell is a name;
/// a period written before it, `2023年10-12月份`, is not counted). A cell ending with a
/// leaders label (`区政府分管领导`) is a column of persons.
enum HeaderRoles {
    static func words(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.unicodeScalars) } }
    static let report = words(RoleWords.headerReportWords)
    static let task = words(RoleWords.headerTaskWords)
    static let time = words(RoleWords.headerTimeWords)
    static let periodScalars = Set(RoleWords.headerPeriodScalars.flatMap { $0.unicodeScalars })
    static let others = WordTable<Void>(words: RoleWords.otherColumns)

    static func contains(_ t: [Unicode.Scalar], _ r: Range<Int>, _ ws: [[Unicode.Scalar]]) -> Bool {
        for w in ws where r.count >= w.count {
            for i in r.lowerBound...(r.upperBound - w.count) where t[i] == w[0] && Array(t[i..<(i + w.count)]) == w { return true }
        }
        return false
    }

    /// The cell without a period written before its name (`2023年10-12月份进展情况` → `进展情况`);
    /// the whole cell when it does not open with a digit.
    static func name(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        guard let f = r.first, CharClass.isDigit(t[f].value) else { return r }
        var lo = r.lowerBound
        while lo < r.upperBound, CharClass.isDigit(t[lo].value) || t[lo] == "-" || periodScalars.contains(t[lo]) { lo += 1 }
        return lo..<r.upperBound
    }

    static func role(_ t: [Unicode.Scalar], _ r: Range<Int>) -> TaskTableReader.Column? {
        guard !r.isEmpty else { return nil }
        let n = name(t, r)
        guard !n.isEmpty, n.count <= RoleWords.headerCellMax else { return nil }
        for i in r where !CharClass.isHan(t[i].value) && !CharClass.isDigit(t[i].value) && t[i] != "-" { return nil }
        if others.contains(t, n) { return .other }
        if let m = RoleWordTables.labels.suffix(t, endingAt: n.upperBound, start: n.lowerBound), m.value == .leaders { return .units(.leaders) }
        if contains(t, n, report) { return .other }
        if contains(t, n, time) { return .deadline }
        if contains(t, n, task) { return .task }
        return nil
    }
}
