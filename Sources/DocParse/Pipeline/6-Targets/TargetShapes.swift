/// Shapes of targets that the first rules missed, each read locally around one figure (a
/// bounded look at its clause, so `find` stays linear). Words come from `TargetWords`.
extension TargetExtractor {
    static let ageLevelVerbs = WordMatch.scalars(TargetWords.ageLevelVerbs)
    static let ageWhoFollowers = WordMatch.scalars(TargetWords.ageWhoFollowers)
    static let ageBounds = WordMatch.scalars(TargetWords.ageBounds)
    static let termNouns = WordMatch.scalars(TargetWords.termNouns)
    static let termLinks = WordMatch.scalars(TargetWords.termLinks)
    static let goalWordTable = WordTable<Void>(words: TargetWords.goalWords)
    static let coverbs = WordMatch.scalars(TargetWords.beneficiaryCoverbs)

    /// Skips blanks and any of `words` backwards from `e` (at most a few steps): where the
    /// words before the figure start.
    func skipBack(_ e: Int, floor: Int, over words: [[Unicode.Scalar]]) -> Int {
        var i = e
        for _ in 0..<3 {
            while i > floor, t[i - 1] == " " { i -= 1 }
            guard let w = words.first(where: { WordMatch.endsAt(t, i, floor, $0) }) else { break }
            i -= w.count
        }
        return i
    }

    /// Rule `age level`: an age reached by a level verb right before it is a target
    /// (`人均预期寿命达到80岁`); any other age says who (`65岁以上老年人`).
    /// An age that, with its bound, modifies a noun after `的` still says who, after a level
    /// verb too (`年龄达到60岁的职工`, `达到60岁以上的人员`).
    func isAgeLevel(_ q: Quantity, clause: Range<Int>) -> Bool {
        var i = q.range.lowerBound
        while i > clause.lowerBound, t[i - 1] == " " { i -= 1 }
        guard Self.ageLevelVerbs.contains(where: { WordMatch.endsAt(t, i, clause.lowerBound, $0) }) else { return false }
        var j = q.range.upperBound
        while j < clause.upperBound, t[j] == " " { j += 1 }
        if let bound = Self.ageBounds.first(where: { WordMatch.at(t, j, clause.upperBound, $0) }) { j += bound.count }
        return !Self.ageWhoFollowers.contains { WordMatch.at(t, j, clause.upperBound, $0) }
    }

    /// Rule `term`: a duration that a term noun names (`有效期3年`, `持有期为5年`,
    /// `执行期限原则上为20年`) is a time limit the document sets.
    func isTerm(_ q: Quantity, clause: Range<Int>) -> Bool {
        let i = skipBack(q.range.lowerBound, floor: clause.lowerBound, over: Self.termLinks)
        return Self.termNouns.contains { WordMatch.endsAt(t, i, clause.lowerBound, $0) }
    }

    /// Rule `per period`: a count after `每年`, `每周`, `每学期` in its clause is a quota for each
    /// period (`每周开设2节体育课`, `每年撰写一篇调研报告`).
    func isPerPeriod(_ q: Quantity, clause: Range<Int>) -> Bool {
        guard q.unitClass == .count else { return false }
        var b = max(clause.lowerBound, q.range.lowerBound - Self.window)
        while b < q.range.lowerBound {
            if Self.frequencyOpeners.contains(where: { WordMatch.at(t, b, q.range.lowerBound, $0) }) {
                var k = b + 1
                while k < q.range.lowerBound, k - b <= 3, CharClass.isDigit(t[k].value) || ChineseNumeral.isNumeralScalar(t[k]) { k += 1 }
                if Self.periods.contains(where: { WordMatch.at(t, k, q.range.lowerBound, $0) }) { return true }
            }
            b += 1
        }
        return false
    }

    /// Rule `goal word`: 力争, 确保, 争取 before the figure in its clause set what to reach
    /// (`力争2条街区列入省级示范`).
    func hasGoalWord(_ q: Quantity, clause: Range<Int>) -> Bool {
        contains(Self.goalWordTable, in: clause.lowerBound..<q.range.lowerBound)
    }

    /// Rule `beneficiary`: `为全区8000名老人提供上门服务`, `对500户困难家庭实施改造`: a coverb
    /// opens the counted group (a place word at most between) and a target verb after it in
    /// the clause says what is done for them.
    func isBeneficiary(_ q: Quantity, clause: Range<Int>) -> Bool {
        var b = q.range.lowerBound
        let floor = max(clause.lowerBound, q.range.lowerBound - Self.beneficiaryReach)
        var found = false
        while b > floor {
            if Self.coverbs.contains(where: { WordMatch.endsAt(t, b, floor, $0) }) {
                found = b - 1 == clause.lowerBound || !CharClass.isHan(t[b - 2].value)
                break
            }
            b -= 1
        }
        guard found else { return false }
        return contains(Self.verbTable, in: q.range.upperBound..<clause.upperBound)
    }

    static let handingOutOpeners = WordMatch.scalars(TargetWords.handingOutOpeners)

    /// Rule `title`: a figure between `《` and `》` is part of a title. Looked for at most
    /// `window` scalars either side.
    func isInTitle(_ q: Quantity) -> Bool {
        var b = q.range.lowerBound
        let floor = max(0, q.range.lowerBound - Self.window)
        var open = false
        while b > floor {
            b -= 1
            if t[b] == TargetWords.titleClose { return false }
            if t[b] == TargetWords.titleOpen { open = true; break }
        }
        guard open else { return false }
        var a = q.range.upperBound
        let ceiling = min(t.count, q.range.upperBound + Self.window)
        while a < ceiling {
            if t[a] == TargetWords.titleClose { return true }
            if t[a] == TargetWords.titleOpen || t[a] == "\n" { return false }
            a += 1
        }
        return false
    }

    /// Rule `handing out`: the clause opens with `现将`/`特将`.
    func handsOut(_ clause: Range<Int>) -> Bool {
        var s = clause.lowerBound
        while s < clause.upperBound, t[s] == " " { s += 1 }
        return Self.handingOutOpeners.contains { WordMatch.at(t, s, clause.upperBound, $0) }
    }

    /// How far before the figure the coverb of `beneficiary` may stand (`为全区` + figure).
    static let beneficiaryReach = 6
}
