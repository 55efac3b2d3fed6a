/// The years a document gives its figures without writing them next to the figure.
///
/// - `oneYear`: a document whose title names one year (`2023年工作要点`, `2024年度重点工作计划…执行
///   情况`; the metadata's period starts and ends in it) dates every figure that nothing closer
///   dates.
/// - `current`: the year `今年`, `年底前`, `四季度` mean (and `明年` the year after it): the one-year title's year, else the year
///   of the document's date (a report dated 2022-10-01 that says `年底前` means 2022).
struct DocumentYears {
    var oneYear: Int?
    var current: Int?

    init(_ metadata: Metadata) {
        if let p = metadata.period, p.start == p.end { oneYear = p.start }
        current = oneYear ?? metadata.date.flatMap { Self.leadingYear($0) }
    }

    /// `2022-10-01` → 2022.
    static func leadingYear(_ date: String) -> Int? {
        let s = Array(date.unicodeScalars)
        guard s.count >= 4 else { return nil }
        return YearReader.year(s, 0, 4)
    }

    static let words = WordMatch.scalars(DeadlinePhrases.currentYear)
    static let nextWords = WordMatch.scalars(DeadlinePhrases.nextYear)
    static let monthEnds = WordMatch.scalars(DeadlinePhrases.monthEnd)

    /// Rule `month end`: `9月底`, `十一月底前` — a month-end word right after a month number
    /// (1–12, digits or a Chinese numeral) that no written year precedes (`2026年9月底` is
    /// that year's, read by `DeadlineFinder`).
    static func monthEnd(_ t: [Unicode.Scalar], at i: Int, floor: Int) -> Bool {
        var k = i
        while k > floor, CharClass.isDigit(t[k - 1].value) || ChineseNumeral.isNumeralScalar(t[k - 1]) { k -= 1 }
        guard k < i, let month = ChineseNumeral.value(t[k..<i]), (1...12).contains(month) else { return false }
        return !(k > 0 && t[k - 1] == ScaleWords.yearMark)
    }

    /// The words' first scalars (month ends included): `namesCurrentYear` tries the words only
    /// where one opens (trying every word at every position of the clause was 0.6 % of all
    /// samples of `parsecli batch` over the corpus, `perf record`, 2026-12-05).
    static let firstScalars = ScalarBits((words + nextWords + monthEnds).compactMap(\.first))

    /// True when a current-year word stands in `r` (the figure's clause before it), or opens
    /// the figure's sentence. A word right after a written year (`2025年底`) is that year's.
    static func namesCurrentYear(_ t: [Unicode.Scalar], _ r: Range<Int>, sentenceStart: Int) -> Bool {
        namedYear(t, r, sentenceStart: sentenceStart) == 0
    }

    /// Rule `current year` and rule `next year`: the first word in `r` (else in the head of the
    /// sentence) that names the document's year (0: `今年`, `年底前`, `9月底`) or the year after
    /// it (1: `明年`, `明年底`), as an offset from the document's year; nil when none does.
    static func namedYear(_ t: [Unicode.Scalar], _ r: Range<Int>, sentenceStart: Int) -> Int? {
        let words = Self.words
        let nextWords = Self.nextWords
        let firsts = Self.firstScalars
        func scan(_ a: Int, _ b: Int) -> Int? {
            var i = a
            while i < b {
                guard firsts.contains(t[i]) else { i += 1; continue }
                if nextWords.contains(where: { WordMatch.at(t, i, b, $0) }) { return 1 }
                for w in words where WordMatch.at(t, i, b, w) {
                    if i > 0, CharClass.isDigit(t[i - 1].value) { continue }
                    return 0
                }
                if monthEnds.contains(where: { WordMatch.at(t, i, b, $0) }), monthEnd(t, at: i, floor: max(0, i - 3)) { return 0 }
                i += 1
            }
            return nil
        }
        if let o = scan(r.lowerBound, r.upperBound) { return o }
        let head = sentenceStart..<min(sentenceStart + 8, r.lowerBound)
        return head.isEmpty ? nil : scan(head.lowerBound, head.upperBound)
    }
}
