/// The role of a header cell that the exact column and role tables do not name: tables name
/// their columns freely (`主要工作目标`, `目标任务主要内容`, `2023年10-12月份进展情况`), and the
/// role still shows in the words the name holds (`RoleWords.headerReportWords` and the
/// others). Report columns are never the task. Short cells only (a header cell is a name).
enum HeaderRoles {
    static func words(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.unicodeScalars) } }
    static let report = words(RoleWords.headerReportWords)
    static let task = words(RoleWords.headerTaskWords)
    static let time = words(RoleWords.headerTimeWords)

    static func contains(_ t: [Unicode.Scalar], _ r: Range<Int>, _ ws: [[Unicode.Scalar]]) -> Bool {
        for w in ws where r.count >= w.count {
            for i in r.lowerBound...(r.upperBound - w.count) where t[i] == w[0] && Array(t[i..<(i + w.count)]) == w { return true }
        }
        return false
    }

    static func role(_ t: [Unicode.Scalar], _ r: Range<Int>) -> TaskTableReader.Column? {
        guard !r.isEmpty, r.count <= RoleWords.headerCellMax else { return nil }
        for i in r where !CharClass.isHan(t[i].value) && !CharClass.isDigit(t[i].value) && t[i] != "-" { return nil }
        if contains(t, r, report) { return .other }
        if contains(t, r, time) { return .deadline }
        if contains(t, r, task) { return .task }
        return nil
    }
}
