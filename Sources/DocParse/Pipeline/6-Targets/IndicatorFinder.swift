/// Finds the phrase a figure measures: the words before it in its clause (`全市普惠性幼儿园
/// 占比` in `到2025年底全市普惠性幼儿园占比达到93%以上`), or, when only a verb comes before
/// it, the noun after its unit (`红园长工作室` in `建设3个红园长工作室`).
///
/// Word segmentation (ICU) runs only on these short pieces, so cuts fall between words.
final class IndicatorFinder {
    /// The link words (trailing links and comparators) as a table: the phrase scans ask at every
    /// position for the longest link word there, one table probe instead of a try per word.
    static let linkTable = WordTable<Void>(words: TargetWords.trailingLinks + Comparators.before.map(\.word))
    /// The word lists as tables. The rules ask per position (or per word boundary) for
    /// the longest word there or whether a piece is exactly one word; trying each of the 111
    /// verbs with `first(where:)`/`contains(where:)` made `apply` and `afterPhrase` 1.5 % of
    /// all samples of `parsecli batch` over the corpus (`perf record`, 2026-12-05). The lists
    /// are ordered longest first, so `first(where:)` found the longest word at a position, as
    /// `prefix`/`suffix` do.
    static let verbTable = WordTable<Void>(words: TargetWords.verbs)
    static let pastTable = WordTable<Void>(words: TargetWords.pastMarkers)
    static let fillerTable = WordTable<Void>(words: TargetWords.leadingFillers)
    static let afterTable = WordTable<Void>(words: Comparators.after.map(\.word) + DeadlinePhrases.rateWords)
    static let comparatorAfterTable = WordTable<Void>(words: Comparators.after.map(\.word))
    static let comparatorTable = WordTable<Void>(words: Comparators.before.map(\.word))
    /// Longest indicator kept, in scalars; a longer phrase keeps its last whole words.
    static let maxLength = 18

    private let breaker = WordBreaker()
    /// The line markers of the text (an outline marker opening a line is not part of an indicator).
    private let markers: LineMarkers

    init(markers: LineMarkers) { self.markers = markers }

    /// The rules of `indicator`, in the order they are tried: each reads or narrows the phrase
    /// before the figure; the first that decides gives the indicator (or none).
    enum Rule: String, CaseIterable, Sendable {
        /// `按不低于公用经费5%列支教师培训经费`: a verb right after the figure names what it pays
        /// for or builds; that object is the indicator.
        case objectAfterFigure = "indicator.object-after-figure"
        /// The last comparator word before the figure: what follows it is what is compared
        /// (`不低于公用经费5%` → 公用经费); when only a verb follows it, what precedes it
        /// (`远视率每年起码增加1个百分点` → 远视率每年), or the verb's object (`起码构建一支…`).
        case comparedPhrase = "indicator.compared-phrase"
        /// `…的新建曜华小学、投资3000余万元的…`: the last 、-piece alone governs the figure; it
        /// then tells whether only verbs are left before the figure (`新建、回收20所幼儿园`).
        case lastListPiece = "indicator.last-list-piece"
        /// `选聘培养2000名骨干班主任`: a lead ending in a verb governs the noun after the figure.
        case nounAfterLeadVerb = "indicator.noun-after-lead-verb"
        /// The words before the figure, cut to `maxLength` at a word boundary.
        case phraseBefore = "indicator.phrase-before"
        /// Only a verb before the figure (`建设3个红园长工作室`): the noun after its unit, else
        /// the verb itself.
        case nounAfterUnit = "indicator.noun-after-unit"
    }

    /// What the rules share while they read one figure.
    struct Reading {
        let clause: Range<Int>
        let quantity: Range<Int>
        /// The phrase before the figure, narrowed by the rules.
        var s: Int
        var e: Int
        /// The figure opens a list item (`60位名师、50位名教师`): it counts the noun after it.
        var opensItem = false
        var onlyVerb = false
        var leadVerb: Range<Int>? = nil
        /// `afterPhrase` of this figure once read (`.some(nil)`: read, none): two rules may
        /// ask for it, and each answer may cost an ICU word-break call.
        var after: Range<Int>?? = nil
    }

    /// `afterPhrase` of the figure `r` reads, read at most once per figure.
    private func phraseAfter(_ t: [Unicode.Scalar], _ r: inout Reading) -> Range<Int>? {
        if let known = r.after { return known }
        let found = afterPhrase(t, clause: r.clause, quantity: r.quantity)
        r.after = .some(found)
        return found
    }

    /// A rule's verdict: the indicator (nil: none), or `nil` to ask the next rule.
    typealias Verdict = Range<Int>??

    func indicator(_ t: [Unicode.Scalar], clause: Range<Int>, quantity: Range<Int>, after deadline: Int?) -> Range<Int>? {
        var r = Reading(clause: clause, quantity: quantity, s: max(clause.lowerBound, deadline ?? clause.lowerBound), e: quantity.lowerBound)
        for rule in Rule.allCases {
            if let verdict = apply(rule, t, &r) { return verdict }
        }
        return nil
    }

    func apply(_ rule: Rule, _ t: [Unicode.Scalar], _ r: inout Reading) -> Verdict {
        let clause = r.clause
        let quantity = r.quantity
        switch rule {
        case .objectAfterFigure:
            var v = quantity.upperBound
            let comparatorAfter = Self.comparatorAfterTable
            while v < clause.upperBound, let w = comparatorAfter.prefix(t, at: v, end: clause.upperBound) { v += w.length }
            if let w = Self.verbTable.prefix(t, at: v, end: clause.upperBound), w.length >= 2 {
                let a = v + w.length
                var z = a
                while z < clause.upperBound, t[z] != "、", !CharClass.isPunctuation(t[z].value) { z += 1 }
                if z > a {
                    if z - a > Self.maxLength {
                        let b = breaker.boundaries(in: t, range: a..<z)
                        z = b.last(where: { $0 - a <= Self.maxLength && $0 > a }) ?? (a + Self.maxLength)
                    }
                    return .some(a..<z)
                }
            }
            return nil
        case .comparedPhrase:
            var k = r.e - 1
            while k >= r.s, t[k] == " " { k -= 1 }
            if k >= r.s, t[k] == "、" { r.opensItem = true }
            // After an earlier figure of the clause: skip its 以上 and the list comma.
            let comparatorAfter = Self.comparatorAfterTable
            let comparators = Self.comparatorTable
            let links = Self.linkTable
            while let w = comparatorAfter.prefix(t, at: r.s, end: r.e) { r.s += w.length }
            trim(t, &r.s, &r.e)
            k = r.e - 1
            while k >= r.s {
                if let link = links.prefix(t, at: k, end: r.e), k + link.length < r.e,
                   link.length > 1 || k + link.length == r.e,
                   comparators.isEntry(t, k..<(k + link.length)) {
                    // The longest comparator ending here: 不低于, not 低于.
                    let wend = k + link.length
                    if let longer = comparators.suffix(t, endingAt: wend, start: r.s) {
                        k = wend - longer.length
                    }
                    var a = wend
                    var z = r.e
                    trim(t, &a, &z)
                    // `不低于符合条件教师总数的10%`: a share of something; the subject is before.
                    let verbAfterComparator = a < z && Self.verbTable.isEntry(t, a..<z)
                    if a < z && t[z - 1] != TargetWords.modifierMark && !verbAfterComparator {
                        r.s = wend
                    } else if verbAfterComparator, let after = phraseAfter(t, &r) {
                        // `起码构建一支专项运动队`: the verb's object is the indicator.
                        return .some(after)
                    } else {
                        r.e = k
                    }
                    break
                }
                k -= 1
            }
            trim(t, &r.s, &r.e)
            return nil
        case .lastListPiece:
            let verbs = Self.verbTable
            if let lastComma = (r.s..<r.e).last(where: { t[$0] == "、" }), lastComma + 1 < r.e,
               verbs.isEntry(t, (lastComma + 1)..<r.e) {
                r.s = lastComma + 1
            }
            // Only verbs, maybe joined by 、 (`新建、回收20所幼儿园`).
            var verbOnly = r.s < r.e
            var p = r.s
            while verbOnly && p < r.e {
                var q = p
                while q < r.e, t[q] != "、" { q += 1 }
                if !verbs.isEntry(t, p..<q) { verbOnly = false }
                p = q + 1
            }
            // A lone character (`讲1次思政课`) is a verb, never the indicator.
            r.onlyVerb = r.s >= r.e || verbOnly || r.opensItem || r.e - r.s == 1
            r.leadVerb = verbOnly || r.e - r.s == 1 ? r.s..<r.e : nil
            return nil
        case .nounAfterLeadVerb:
            if !r.onlyVerb, let w = Self.verbTable.suffix(t, endingAt: r.e, start: r.s), w.length >= 2,
               let after = phraseAfter(t, &r) {
                return .some(after)
            }
            return nil
        case .phraseBefore:
            guard !r.onlyVerb else { return nil }
            if r.e - r.s > Self.maxLength {
                let b = breaker.boundaries(in: t, range: r.s..<r.e)
                r.s = b.first(where: { r.e - $0 <= Self.maxLength }) ?? (r.e - Self.maxLength)
                trim(t, &r.s, &r.e)
            }
            return .some(r.s < r.e ? r.s..<r.e : nil)
        case .nounAfterUnit:
            return .some(phraseAfter(t, &r) ?? r.leadVerb)
        }
    }

    /// The noun after the unit, up to the clause end, a list comma or a verb.
    func afterPhrase(_ t: [Unicode.Scalar], clause: Range<Int>, quantity: Range<Int>) -> Range<Int>? {
        var a = quantity.upperBound
        let afterWords = Self.afterTable
        while a < clause.upperBound, let w = afterWords.prefix(t, at: a, end: clause.upperBound) { a += w.length }
        while a < clause.upperBound, t[a] == TargetWords.modifierMark || t[a] == "\"" || t[a] == " " { a += 1 }
        var z = a
        while z < clause.upperBound, t[z] != "、", t[z] != "(", t[z] == "\"" || t[z] == "+" || !CharClass.isPunctuation(t[z].value), z - a < 24 { z += 1 }
        while z > a, t[z - 1] == "\"" { z -= 1 }
        guard z > a else { return nil }
        let verbs = Self.verbTable
        let past = Self.pastTable
        // The cut falls only at a word boundary where a verb or past marker starts, or past
        // `maxLength`. A phrase within `maxLength` where no such word starts after its first
        // scalar is kept whole, whatever the boundaries: ICU is not asked (its word breaks here
        // were most of the ICU time of a run, `perf record --call-graph dwarf`, 2026-12-05).
        if z - a <= Self.maxLength {
            var x = a + 1
            while x < z, verbs.prefix(t, at: x, end: z) == nil, past.prefix(t, at: x, end: z) == nil { x += 1 }
            if x == z { return a..<z }
        }
        let b = breaker.boundaries(in: t, range: a..<z)
        var cut = z
        for (n, x) in b.enumerated() where n + 1 < b.count {
            let y = b[n + 1]
            if x > a, (verbs.prefix(t, at: x, end: z)?.length ?? 0) >= 2
                || verbs.isEntry(t, x..<y)
                || past.isEntry(t, x..<y) { cut = x; break }
            if y - a > Self.maxLength { cut = x; break }
        }
        return cut > a ? a..<cut : nil
    }

    /// True when only blanks (at most a few) stand between `i` and the start of its line.
    static func atLineStart(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 8, t[k] == " " || t[k] == "\t" || t[k] == "\u{3000}" { k -= 1 }
        return k < 0 || t[k] == "\n"
    }

    /// Rule `baseline only`: an indicator made only of comparison-base words (`较上年`,
    /// `同比`, `比2020年`) names no measure; the caller looks for the real one elsewhere.
    static let baselines = WordMatch.scalars(TargetWords.baselineWords)
    static func isBaselineOnly(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        guard i < r.upperBound else { return false }
        while i < r.upperBound {
            if t[i] == " " || t[i] == "," { i += 1; continue }
            if let w = baselines.first(where: { WordMatch.at(t, i, r.upperBound, $0) }) { i += w.count; continue }
            // 较2020年, 比2022年底
            if NumberMarks.comparisonMarks.contains(t[i]), i + 5 < r.upperBound, YearReader.year(t, i + 1, r.upperBound) != nil, t[i + 5] == ScaleWords.yearMark {
                i += 6
                while i < r.upperBound, NumberMarks.yearEndMarks.contains(t[i]) { i += 1 }
                continue
            }
            return false
        }
        return true
    }

    private func trim(_ t: [Unicode.Scalar], _ s: inout Int, _ e: inout Int) {
        var changed = true
        while changed && s < e {
            changed = false
            while s < e, t[s] == " " || t[s] == "," || t[s] == "\"" || CharClass.isPunctuation(t[s].value) && t[s] != "(" { s += 1; changed = true }
            while e > s, t[e - 1] == " " || t[e - 1] == "\"" { e -= 1; changed = true }
            // An outline marker opening a line (`3.`, `(二)`, `②`, `第六条`) is not part of it.
            if Self.atLineStart(t, s), let m = markers.intact(at: s, bodyBefore: e), m.bodyStart > s {
                s = m.bodyStart
                changed = true
                continue
            }
            if let w = Self.fillerTable.prefix(t, at: s, end: e), s + w.length < e { s += w.length; changed = true }
            // An enumerator opening the clause: 一是, 二是.
            if s + 2 < e, ChineseNumeral.digit(t[s]) != nil, t[s + 1] == NumberMarks.enumeratorMark { s += 2; changed = true }
            if let w = Self.linkTable.suffix(t, endingAt: e, start: s), e - w.length > s {
                e -= w.length
                changed = true
            }
        }
    }
}
