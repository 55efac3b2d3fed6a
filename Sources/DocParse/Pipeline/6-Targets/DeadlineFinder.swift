/// Finds the deadlines a sentence states (`到2025年底`, `2025年前`, `十四五末`, `十四五期间`,
/// `2023—2025年,`) and yearly-rate words (`每年`, `逐年`, `年均`).
///
/// A deadline applies to every figure after it in the same sentence: in
/// `到2025年,覆盖率达到95%,新增学位2万个` both figures are due in 2025.
struct Deadline: Equatable {
    /// Where the phrase is (normalized offsets).
    var range: Range<Int>
    var year: Int
    var yearEnd: Int?
    /// A year that only opens its clause (`2025年全省…`): it dates the figures after it but does
    /// not by itself make them targets.
    var weak = false
    /// The phrase form that states it (`--trace`).
    var form: DeadlineForm
}

enum DeadlineFinder {
    static let before = WordMatch.scalars(DeadlinePhrases.beforeYear)
    static let after = WordMatch.scalars(DeadlinePhrases.afterYear)
    static let planEnd = WordMatch.scalars(DeadlinePhrases.planEnd)
    static let planSpan = WordMatch.scalars(DeadlinePhrases.planSpan)
    static let rateWords = WordMatch.scalars(DeadlinePhrases.rateWords)
    static let starts = WordMatch.scalars(DeadlinePhrases.startWords)
    static let notAfterYear = WordMatch.scalars(DeadlinePhrases.notAfterOpeningYear)
    static let since = Array(DeadlinePhrases.since.unicodeScalars)
    static let baselineAfter = WordMatch.scalars(ChangeWords.baselineAfter)
    static let coordinators = DeadlinePhrases.yearCoordinators
    static let planPrefix = DeadlinePhrases.planPrefix.unicodeScalars.first!
    static let planSuffix = DeadlinePhrases.planSuffix.unicodeScalars.first!

    @inline(__always) static func isArabic(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// The first year of the Nth five-year plan (the 3rd began in 1966 after a three-year gap;
    /// the 14th is 2021–2025).
    static func planStart(_ n: Int) -> Int? { n >= 3 ? 1966 + 5 * (n - 3) : (n >= 1 ? 1953 + 5 * (n - 1) : nil) }

    /// The scalars a deadline phrase opens with: the digits and the plan prefix (one bit test,
    /// true only at the rare openers, so the branch is predicted).
    static let phraseOpeners: ScalarBits = {
        var b = ScalarBits("0123456789".unicodeScalars)
        b.insert(planPrefix)
        return b
    }()

    /// Deadlines in `sentence`, in order.
    static func deadlines(_ t: [Unicode.Scalar], sentence: Range<Int>) -> [Deadline] {
        var out: [Deadline] = []
        var i = sentence.lowerBound
        let end = sentence.upperBound
        // Every sentence up to the last figure is read (the carry), so this loop visits almost
        // every scalar of a document: a phrase starts only at a digit or the plan prefix, and
        // the tables are read once here, not through `swift_once` at every scalar (`deadlines`
        // was 1.1 % of all samples of `parsecli batch` over the corpus, `perf record`, 2026-12-05).
        let planPrefix = Self.planPrefix
        let opens = Self.phraseOpeners
        while i < end {
            let c = t[i]
            guard opens.contains(c) else { i += 1; continue }
            if let y = YearReader.year(t, i, end) {
                var yEnd: Int? = nil
                var j = i + 4
                // 2023—2025年, 2023-2025年, 2023至2025年
                if j < end, NumberMarks.deadlineSpanDashes.contains(t[j]), let y2 = YearReader.year(t, j + 1, end), y2 > y {
                    yEnd = y2
                    j += 5
                }
                guard j < end, t[j] == ScaleWords.yearMark else { i = j; continue }
                // Rule `coordinated years`: `2024年和2025年每年…` is due at the last year named.
                if yEnd == nil, j + 6 < end, coordinators.contains(t[j + 1]), let y2 = YearReader.year(t, j + 2, end), y2 > y,
                   t[j + 6] == ScaleWords.yearMark {
                    yEnd = y2
                    j += 6
                }
                var phraseEnd = j + 1
                var isDeadline = false
                var form = DeadlineForm.openingYear
                for w in after where w.count > 1 && WordMatch.at(t, j, end, w) {
                    isDeadline = true
                    form = .afterYear
                    phraseEnd = j + w.count
                    break
                }
                var phraseStart = i
                for w in before where WordMatch.endsAt(t, i, sentence.lowerBound, w) {
                    if !isDeadline { form = .beforeYear }
                    isDeadline = true
                    phraseStart = i - w.count
                    break
                }
                // A year that opens its clause and is followed by a comma: `2025年,全市…`.
                let clauseOpen = phraseStart == sentence.lowerBound || [",", ":", "。", "(", " "].contains(t[phraseStart - 1])
                    || afterLineMarker(t, phraseStart, floor: sentence.lowerBound)
                if !isDeadline, clauseOpen, phraseEnd < end, t[phraseEnd] == "," { isDeadline = true; form = .yearComma }
                // A year right before a figure labels it: `2024年85%的校区…达标`.
                if !isDeadline, clauseOpen, phraseEnd < end, isArabic(t[phraseEnd]) { isDeadline = true; form = .yearFigure }
                // A year opening its clause before words (`2025年全省80%以上的学校…`) dates them.
                var weak = false
                // Rule `place and year`: `武汉市2025年细颗粒物浓度下降15%`, `全省2026年新增…`: a
                // place opening the clause, then the year, dates the clause as an opening year does.
                let placeOpen = !clauseOpen && phraseStart == i && opensWithPlace(t, i, sentence.lowerBound)
                if !isDeadline, clauseOpen || placeOpen, phraseStart == i, phraseEnd < end, CharClass.isHan(t[phraseEnd].value),
                   !notAfterYear.contains(where: { WordMatch.at(t, phraseEnd, end, $0) }),
                   !starts.contains(where: { WordMatch.at(t, phraseEnd, end, $0) }) {
                    isDeadline = true
                    weak = true
                }
                // `2022年以来` is a past period, not a deadline; `与2023年相比`, `在2023年基础上`
                // name the baseline a change is measured from.
                if WordMatch.at(t, phraseEnd, end, since) { isDeadline = false }
                if baselineAfter.contains(where: { WordMatch.at(t, j + 1, end, $0) }) { isDeadline = false }
                // Rule `title year`: a year inside a cited title (`《…规范(2015年版)》`,
                // `《2023年工作要点》`) names the document, not a deadline.
                if isDeadline, insideTitle(t, phraseStart, floor: sentence.lowerBound) { isDeadline = false }
                if isDeadline {
                    let last = yEnd ?? y
                    // 到2025年 is a single deadline; 2023—2025年 at a clause start is a period.
                    out.append(Deadline(range: phraseStart..<phraseEnd, year: yEnd == nil || phraseStart == i ? y : last,
                                        yearEnd: phraseStart == i ? yEnd : nil, weak: weak, form: form))
                }
                i = phraseEnd
                continue
            }
            // 十四五末, “十四五”期间
            if c == planPrefix, i + 2 < end, let d = ChineseNumeral.digit(t[i + 1]), d > 0, t[i + 2] == planSuffix {
                let n = 10 + d
                var j = i + 3
                if j < end, t[j] == "\"" { j += 1 }
                var open = i
                if open > sentence.lowerBound, t[open - 1] == "\"" { open -= 1 }
                if let start = planStart(n) {
                    if let w = planEnd.first(where: { WordMatch.at(t, j, end, $0) }) {
                        out.append(Deadline(range: open..<(j + w.count), year: start + 4, yearEnd: nil, form: .planEnd))
                        i = j + w.count
                        continue
                    }
                    if let w = planSpan.first(where: { WordMatch.at(t, j, end, $0) }) {
                        out.append(Deadline(range: open..<(j + w.count), year: start, yearEnd: start + 4, form: .planSpan))
                        i = j + w.count
                        continue
                    }
                }
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    /// How far back `insideTitle` looks for the `《` of a title (titles are short).
    static let titleReach = 40

    /// Whether `i` is inside `《…》`: a `《` before it, no `》` between (a bounded look back).
    static func insideTitle(_ t: [Unicode.Scalar], _ i: Int, floor: Int) -> Bool {
        var k = i
        let stop = max(floor, i - titleReach)
        while k > stop {
            k -= 1
            if t[k] == TargetWords.titleClose { return false }
            if t[k] == TargetWords.titleOpen { return true }
        }
        return false
    }

    static let markerClosers = DeadlinePhrases.itemMarkerClosers

    /// Rule `year after a marker`: `(一)2025年,全县…`, `1.2025年全县…`, `①2026年底前…`: an item
    /// marker opening the line is no part of the clause, so the year after it opens the clause.
    /// The marker is read lexically (digits or Chinese numerals, brackets, a closing `.`/`、`/`)`,
    /// or one circled number) back to the line start, at most `markerReach` scalars.
    static func afterLineMarker(_ t: [Unicode.Scalar], _ i: Int, floor: Int) -> Bool {
        guard i > floor else { return false }
        var k = i - 1
        if !(t[k].value >= 0x2460 && t[k].value <= 0x2473) {
            guard markerClosers.contains(t[k]) else { return false }
            var digits = 0
            while k > floor, i - k <= DeadlinePhrases.markerReach {
                let c = t[k - 1]
                if isArabic(c) || ChineseNumeral.isNumeralScalar(c) { digits += 1 } else if c != "(" && c != " " { break }
                k -= 1
            }
            guard digits > 0 else { return false }
        }
        while k > floor, t[k - 1] == " " { k -= 1 }
        return k == 0 || t[k - 1] == "\n"
    }

    static let meanWords = WordMatch.scalars(DeadlinePhrases.meanWords)
    static let rateVerbs = WordTable<Void>(words: TargetWords.verbs + ChangeWords.increase + ChangeWords.decrease)

    static let placeEndings = DeadlinePhrases.placeEndings
    static let clauseMarks = DeadlinePhrases.clauseOpeningMarks

    /// Whether a short place name (`武汉市`, `全省`) and nothing else stands between the clause
    /// start and the year at `i`.
    static func opensWithPlace(_ t: [Unicode.Scalar], _ i: Int, _ floor: Int) -> Bool {
        guard i > floor, placeEndings.contains(t[i - 1]) else { return false }
        var k = i - 1
        while k > floor, i - k <= DeadlinePhrases.placeNameLength, CharClass.isHan(t[k - 1].value) { k -= 1 }
        return i - k >= 2 && (k == floor || clauseMarks.contains(t[k - 1]))
    }

    /// The scalars a rate word starts with, as bits: `hasRate` asks at every scalar before a
    /// target figure, and the `Set` lookup hashed each (0.6 % of all samples of `parsecli
    /// batch` over the corpus, `perf record`, 2026-12-05).
    static let rateOpeners = ScalarBits(NumberMarks.rateOpeners)

    /// True when a yearly-rate word occurs in `range`. Rule `annual mean`: `年均浓度下降15%`
    /// measures a level averaged over the year (a deadline still dates it); `年均` is a rate
    /// only before a verb or a figure (`年均增长7%`, `年均6%`).
    static func hasRate(_ t: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let openers = rateOpeners
        while i < range.upperBound {
            if openers.contains(t[i]) {
                for w in rateWords where WordMatch.at(t, i, range.upperBound, w) {
                    if meanWords.contains(where: { $0 == w }), !ratesAfterMean(t, i + w.count, range.upperBound) { continue }
                    return true
                }
            }
            i += 1
        }
        return false
    }

    /// After a mean word: a figure, or a verb starting right there.
    static func ratesAfterMean(_ t: [Unicode.Scalar], _ a: Int, _ end: Int) -> Bool {
        guard a < end else { return true }
        if CharClass.isDigit(t[a].value) || ChineseNumeral.isNumeralScalar(t[a]) { return true }
        return rateVerbs.prefix(t, at: a, end: end) != nil
    }
}
