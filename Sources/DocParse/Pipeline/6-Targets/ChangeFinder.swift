/// Tells a figure that is an amount of change (`下降15%`, `提高5个百分点`) from a level
/// (`达到90%`, `下降到5%`), and finds the year a change is measured from (`比2020年`).
///
/// Plans state many goals as changes; read as levels they would say that a death rate shall
/// be 15%. The rule is local on purpose: a change verb must end right before the figure, with
/// only the words of `ChangeWords.between` allowed in between, so `增长率达到10%` (a level
/// named by 增长率) and `提高到80%` stay levels. Words come from `ChangeWords`.
enum ChangeFinder {
    private static let increase = ChangeWords.increase.map { Array($0.unicodeScalars) }
    private static let decrease = ChangeWords.decrease.map { Array($0.unicodeScalars) }
    private static let between = ChangeWords.between.map { Array($0.unicodeScalars) }
    private static let baseline = ChangeWords.baseline.map { Array($0.unicodeScalars) }

    /// `increase`, `decrease` or nil for the figure at `figure` inside `clause`.
    static func change(_ t: [Unicode.Scalar], clause: Range<Int>, figure: Range<Int>) -> TargetChange? {
        var i = figure.lowerBound
        // At most a few in-between words (`分别` then `超过`): the loop is bounded.
        for _ in 0..<3 {
            while i > clause.lowerBound, t[i - 1] == " " { i -= 1 }
            if increase.contains(where: { WordMatch.endsAt(t, i, clause.lowerBound, $0) }) {
                return .increase
            }
            if decrease.contains(where: { WordMatch.endsAt(t, i, clause.lowerBound, $0) }) {
                return .decrease
            }
            guard let w = between.first(where: { WordMatch.endsAt(t, i, clause.lowerBound, $0) }) else { return nil }
            i -= w.count
        }
        return nil
    }

    /// How far before the figure a baseline is looked for: `比2020年` sits next to its verb
    /// (`单位地区生产总值能耗比2020年下降13.5%`), and the bound keeps a clause of thousands of
    /// figures linear.
    static let baselineReach = 40

    /// The year after the last `比`/`较`/`相比` written before the figure in its clause, when
    /// four digits and 年 follow it (`比2020年`, `较2020年底`); nil otherwise (`较上年`).
    static func baselineYear(_ t: [Unicode.Scalar], clause: Range<Int>, figure: Range<Int>) -> Int? {
        var i = figure.lowerBound - 1
        let stop = max(clause.lowerBound, figure.lowerBound - baselineReach)
        while i >= stop {
            if let w = baseline.first(where: { WordMatch.at(t, i, figure.lowerBound, $0) }) {
                let d = i + w.count
                if d + 4 < figure.lowerBound, t[d + 4] == ScaleWords.yearMark, (d..<d + 4).allSatisfy({ CharClass.isDigit(t[$0].value) }) {
                    var year = 0
                    for k in d..<d + 4 { year = year * 10 + Int(t[k].value - 0x30) }
                    if (1900...2100).contains(year) { return year }
                }
            }
            i -= 1
        }
        return nil
    }
}
