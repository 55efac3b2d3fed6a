/// Decides which quantity mentions are targets (or, in a report, achievements) and fills
/// their comparator, deadline, indicator and kind.
///
/// A mention is a target when all of these hold:
/// - it has a unit or is a percentage, percentage-point, fraction or multiple (a bare number
///   states nothing to reach);
/// - it is not an age (`35周岁以下` says who), and a duration (`满3年`, `5年内`) only with a
///   comparator (`每天锻炼不少于1小时`);
/// - it is not a lone `一` with a measure word (`一所`, `一次`) unless a comparator bounds it;
/// - it is not an enumeration (`三个方面`, `“课程、教学、课堂”三个层面`);
/// - its clause states something to reach, keep, build, spend or limit: a comparator
///   (`不低于`, `以上`), a target verb before it (`达到`, `新增`, `投资`), a deadline earlier
///   in the sentence (`到2025年,全市推行30处…`), or it is a bare figure-and-noun clause right
///   after a target's clause (`建设3个工作室,10个责任区`). In a report every figure left
///   after the exclusions is an achievement.
///
/// A class, not a struct: a figure's lazily read facts (`Figure.comparator`…) call the
/// extractor through the figure's context, and reading a struct out of a class property
/// copied it, a retain and a release for each of its arrays per call (`TargetExtractorVwcp`
/// and `Vwxx`, 1.0 % of all samples of `parsecli batch` over the bench files, `perf record`,
/// 2026-12-05). Its fields are all `let`, so sharing it changes nothing.
final class TargetExtractor {
    let t: [Unicode.Scalar]
    let bounds: TextBounds
    let markers: LineMarkers
    let isReport: Bool
    /// A plan, rules or an opinion: figures under a background heading are its past and are
    /// dropped (`exclude.background`); a report or a document of unknown kind keeps them as
    /// achievements.
    let dropsBackground: Bool
    /// The first year of a plan's period (`(2024—2027年)`), when `dropsBackground` and known.
    let firstYear: Int?
    let finder: IndicatorFinder
    /// Headings that name one year and look back on it or list its work.
    let sections: DatedSections
    /// Cells a spreadsheet repeats on the sub-rows of an item.
    let repeatedCells: RepeatedCells
    /// The year columns of indicator tables.
    let yearColumns: YearColumns

    /// The comparator words before a figure (`不低于`), by their last scalars for the backward
    /// scan in `comparator`.
    static let beforeEnds = WordTable(Comparators.before.map { ($0.word, $0.comparator) })
    /// The comparator words after a figure (`以上`).
    static let afterTable = WordTable(Comparators.after.map { ($0.word, $0.comparator) })
    static let verbs = WordMatch.scalars(TargetWords.verbs)
    static let falseFriends = WordMatch.scalars(Comparators.falseFriends)
    static let gluedBefore = Set(Comparators.gluedBefore.compactMap(\.unicodeScalars.first))
    static let past = WordMatch.scalars(TargetWords.pastMarkers)
    static let enumerations = WordMatch.scalars(TargetWords.enumerationNouns)
    static let modifyingEnumerations = Set(WordMatch.scalars(TargetWords.modifyingEnumerationNouns))
    static let enumerationNounEnds = WordMatch.scalars(TargetWords.enumerationNounEnds)
    static let ratioNouns = WordMatch.scalars(TargetWords.ratioNouns)
    static let openers = WordMatch.scalars(TargetWords.conditionOpeners)
    /// Bounding words after a figure (以上, 及以下, 以内), not the approximation words.
    /// The word lists that `contains(_:in:)` looks for anywhere in a stretch, as tables: a
    /// stretch is scanned once with one table probe per position.
    static let verbTable = WordTable<Void>(words: TargetWords.verbs)
    static let progressVerbTable = WordTable<Void>(words: TargetWords.progressVerbs)
    static let completionAfterTable = WordTable<Void>(words: TargetWords.completionAfter)
    static let pastTable = WordTable<Void>(words: TargetWords.pastMarkers)
    static let ratioNounTable = WordTable<Void>(words: TargetWords.ratioNouns)
    static let sanctionNounTable = WordTable<Void>(words: TargetWords.sanctionNouns)
    static let boundAfter = WordMatch.scalars(Comparators.after.filter { $0.comparator != .approx }.map(\.word))

    /// Rule `threshold`: the figure sits in a modifier (`…的`) that defines the indicator
    /// (`拥有3个以上特色项目的学校比例`) or a condition (`对接受5名以上残疾儿童的学校…`).
    func isThreshold(_ q: Quantity, clause: Range<Int>) -> Bool {
        // `淘汰10蒸吨及以下燃煤锅炉120台`, `100人以上企业培训覆盖率达到80%`: a figure whose
        // 以上/以下 runs straight into a noun that a later figure of the clause counts or
        // measures is a size class of that noun, not a target.
        var a = q.range.upperBound
        if let w = Self.boundAfter.first(where: { WordMatch.at(t, a, clause.upperBound, $0) }) {
            a += w.count
            if a < clause.upperBound, CharClass.isHan(t[a].value) {
                var k = a
                while k < clause.upperBound, !CharClass.isPunctuation(t[k].value), t[k] != " " {
                    if CharClass.isDigit(t[k].value) { return true }
                    k += 1
                }
            }
        }
        var de = -1
        var k = q.range.upperBound
        while k < clause.upperBound, k - q.range.upperBound <= 16 {
            if t[k] == TargetWords.modifierMark { de = k; break }
            k += 1
        }
        guard de >= 0 else { return false }
        if Self.ratioNouns.contains(where: { WordMatch.endsAt(t, clause.upperBound, de, $0) }) { return true }
        var s = clause.lowerBound
        while s < clause.upperBound, t[s] == " " { s += 1 }
        // `1.对年销售额500万元以下的企业…`: the item marker opening the line is not the clause's opener.
        if IndicatorFinder.atLineStart(t, s), let m = markers.intact(at: s, bodyBefore: q.range.lowerBound) { s = m.bodyStart }
        guard Self.openers.contains(where: { WordMatch.at(t, s, q.range.lowerBound, $0) }) else { return false }
        // Rule `closed condition`: in `对…的新增贷款给予不超过利率35%的贴息` the condition ends at
        // the 的 before the figure; the figure is in what is given, not in the condition.
        var m = max(s, q.range.lowerBound - Self.window)
        while m < q.range.lowerBound {
            if t[m] == TargetWords.modifierMark { return false }
            m += 1
        }
        return true
    }

    static let conditionEnd = TargetWords.conditionClauseEnd
    static let whenMark = TargetWords.conditionWhenMark
    static let conditionFollowers = TargetWords.conditionClauseFollowers

    /// Rule `condition clause`: a clause closed by 的 before a comma (`违法所得在10万元以上的,`,
    /// `有三分之一以上委员提议的,`, `企业年营业收入首次突破1亿元的,奖励…`) names whoever or whatever
    /// the rule then applies to: its figure says who qualifies, it sets nothing. So does a clause
    /// closed by 时 right after the figure and its bound (`去化周期超过36个月时,`).
    func isCondition(_ q: Quantity, fullClause: Range<Int>) -> Bool {
        let end = fullClause.upperBound
        guard end < t.count, Self.conditionFollowers.contains(t[end]) else { return false }
        var e = end
        while e > q.range.upperBound, t[e - 1] == " " { e -= 1 }
        guard e > q.range.upperBound else { return false }
        if t[e - 1] == Self.conditionEnd { return true }
        guard t[e - 1] == Self.whenMark else { return false }
        var a = q.range.upperBound
        if let w = Self.boundAfter.first(where: { WordMatch.at(t, a, e, $0) }) { a += w.count }
        return a == e - 1
    }

    static let requestTable = WordTable<Void>(words: TargetWords.requestWords)

    /// Rule `request`: `恳请省级财政给予补助资金2亿元,并安排专项债券额度10亿元`: what a letter asks
    /// another body for is its ask, not a target it sets. A request word earlier in the figure's
    /// sentence, at most two windows back (so a sentence without 。 costs linear time), marks it.
    func isRequest(_ q: Quantity, sentenceStart: Int) -> Bool {
        contains(Self.requestTable, in: max(sentenceStart, q.range.lowerBound - 2 * Self.window)..<q.range.lowerBound)
    }

    static let frequencyOpeners = WordMatch.scalars(TargetWords.frequencyOpeners)
    static let periods = WordMatch.scalars(TargetWords.periodWords)
    static let occurrenceUnits = Set(TargetWords.occurrenceUnits)
    static let vagueCounts = Set(TargetWords.vagueCounts)

    /// Rule `frequency`: `每两周调研一次`, `每3年考核一次`, `每半年召开一次会议`: a count of times
    /// after `每` + (a number) + a period in its clause sets how often something is done.
    func isFrequency(_ q: Quantity, clause: Range<Int>) -> Bool {
        guard let u = q.unit, Self.occurrenceUnits.contains(u) else { return false }
        var b = q.range.lowerBound
        let floor = max(clause.lowerBound, q.range.lowerBound - 16)
        while b > floor {
            b -= 1
            guard Self.frequencyOpeners.contains(where: { WordMatch.at(t, b, q.range.lowerBound, $0) }) else { continue }
            var k = b + 1
            while k < q.range.lowerBound, k - b <= 4, CharClass.isDigit(t[k].value) || ChineseNumeral.isNumeralScalar(t[k]) { k += 1 }
            return Self.periods.contains { WordMatch.at(t, k, q.range.lowerBound, $0) }
        }
        return false
    }

    static let sanctionOpeners = WordMatch.scalars(TargetWords.sanctionOpeners)
    static let fromWords = WordMatch.scalars(TargetWords.fromWords)

    /// Rule `sanction`: a fine that a rule imposes on whoever breaks it (`处10万元以上100万元以下的
    /// 罚款`) sets no target; the clause opens with a sanction verb and names the penalty.
    func isSanction(_ clause: Range<Int>) -> Bool {
        var s = clause.lowerBound
        while s < clause.upperBound, t[s] == " " { s += 1 }
        guard Self.sanctionOpeners.contains(where: { WordMatch.at(t, s, clause.upperBound, $0) }) else { return false }
        return contains(Self.sanctionNounTable, in: clause)
    }

    /// Rule `starting value`: in `由0.54万元下降至0.378万元` or `从70万/户调整至80万/户` the figure after
    /// `由`/`从` is where a change starts, not what is to be reached; the figure after it in the
    /// same clause is the target.
    func isStartingValue(_ q: Quantity, clause: Range<Int>, next: Quantity) -> Bool {
        guard next.range.lowerBound < clause.upperBound || next.range.lowerBound < q.range.upperBound + 40 else { return false }
        var b = q.range.lowerBound
        let floor = max(clause.lowerBound, q.range.lowerBound - 12)
        while b > floor {
            if Self.fromWords.contains(where: { WordMatch.endsAt(t, b, floor, $0) }) { return true }
            if CharClass.isDigit(t[b - 1].value) { return false }
            b -= 1
        }
        return false
    }

    /// Kind: `achievement` in a report, or where a past marker (`已`, `累计`, `目前`) precedes the
    /// figure in its clause and no deadline governs it (`到2025年底…累计创建35所` is a target).
    init(text: [Unicode.Scalar], analysis: TextAnalysis, isReport: Bool, dropsBackground: Bool = false, firstYear: Int? = nil,
         sections: DatedSections = DatedSections(), repeatedCells: RepeatedCells = RepeatedCells(), yearColumns: YearColumns = YearColumns()) {
        self.dropsBackground = dropsBackground
        self.firstYear = dropsBackground ? firstYear : nil
        self.yearColumns = yearColumns
        t = text
        self.sections = sections
        self.repeatedCells = repeatedCells
        bounds = analysis.bounds
        markers = analysis.markers
        finder = IndicatorFinder(markers: analysis.markers)
        self.isReport = isReport
    }

    /// What one accepted mention becomes (normalized ranges; the stage maps them to spans).
    struct Found {
        var quantity: Quantity
        var comparator: Comparator
        var deadline: Deadline?
        var rate: Bool
        var indicator: Range<Int>?
        var achievement: Bool
        /// The clause around the figure, at most `window` scalars on each side.
        var clause: Range<Int>
        /// The whole clause (identity for lists).
        var fullClause: Range<Int>
        /// The figure's sentence writes a year (a deadline or not): no year is carried into it.
        var sentenceYear: Bool = false
        /// Where the figure's sentence starts (normalized).
        var sentenceStart: Int = 0
        /// The rule that made the figure a target (`--trace`).
        var rule: TargetSignal = .comparator
        /// The deadline is the paragraph's, carried into the figure's sentence.
        var deadlineCarried = false
    }

    static let percentSign = TargetWords.percentSign
    static let cellBounds = Comparators.signs

    static let bulletOpeners: Set<Unicode.Scalar> = Set(DeadlinePhrases.bulletOpeners.compactMap { $0.unicodeScalars.first })
    static let fillers = WordMatch.scalars(TargetWords.leadingFillers)

    /// Rule `deadline carry`: a deadline that opens a sentence (after blanks, an outline
    /// marker, a lead-in like `主要目标:` ending its own sentence is separate, or 力争/确保)
    /// heads its paragraph: later sentences of the same line that write no year of their
    /// own are due then (`到2025年,…。新增…10家。`). When the line ends with `:` after it
    /// (`…具体目标如下:`), the bullet lines right after it (`——…`, `①…`) are covered too,
    /// up to the first line that is not a bullet. Nothing is carried across a line that is
    /// not a bullet of such a list, so never across a heading.
    struct Carry {
        var deadline: Deadline?
        var bullets = false
        var next = 0
        /// The marker style of the numbered list under the `:` line, once its first item
        /// (numbered 1) is met; later items of that style stay in the list.
        var listStyle: MarkerStyle? = nil
    }

    /// The longest label before `:` that `opensSentence` skips (`主要预期目标` is six).
    static let labelLength = 8

    func opensSentence(_ d: Deadline, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < d.range.lowerBound, t[i] == " " || t[i] == "\t" { i += 1 }
        if IndicatorFinder.atLineStart(t, i), let m = markers.intact(at: i, bodyBefore: r.upperBound), m.bodyStart <= d.range.lowerBound {
            i = m.bodyStart
        }
        // Rule `label lead-in`: a short label closed by `:` (`具体指标:到2017年,…`, `总体目标:`)
        // names what follows; the deadline after it still opens the sentence.
        var k = i
        while k < d.range.lowerBound, k - i < Self.labelLength, CharClass.isHan(t[k].value) { k += 1 }
        if k > i, k < d.range.lowerBound, t[k] == ":" { i = k + 1 }
        var moved = true
        while moved {
            moved = false
            while i < d.range.lowerBound, t[i] == " " || t[i] == "," { i += 1; moved = true }
            if let w = Self.fillers.first(where: { WordMatch.at(t, i, d.range.lowerBound, $0) }) { i += w.count; moved = true }
        }
        return i == d.range.lowerBound
    }

    static let baselineBefore = WordMatch.scalars(ChangeWords.baseline)
    static let baselineAfter = WordMatch.scalars(ChangeWords.baselineAfter)

    /// Whether the sentence writes a year of its own (then no deadline is carried into it).
    /// Rule `baseline year`: a year a change is measured from (`较2012年下降18%`, `与2020年相比`)
    /// dates nothing, so the paragraph's deadline still reaches the sentence.
    func hasYear(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i + 4 < r.upperBound {
            if DeadlineFinder.isArabic(t[i]), t[i + 4] == ScaleWords.yearMark, YearReader.year(t, i, r.upperBound) != nil,
               !Self.baselineBefore.contains(where: { WordMatch.endsAt(t, i, r.lowerBound, $0) }),
               !Self.baselineAfter.contains(where: { WordMatch.at(t, i + 5, r.upperBound, $0) }) { return true }
            i += 1
        }
        return false
    }

    func isBulletLine(_ i: Int, _ end: Int) -> Bool {
        var k = i
        while k < end, t[k] == " " || t[k] == "\t" { k += 1 }
        guard k < end else { return false }
        return Self.bulletOpeners.contains(t[k]) || (t[k].value >= 0x2460 && t[k].value <= 0x2473)
    }

    /// Advances the carry over every sentence that starts before `upTo` (each once).
    func advance(_ c: inout Carry, upTo: Int) {
        let starts = bounds.sentenceStarts
        while c.next < starts.count, starts[c.next] < upTo {
            let r = bounds.sentence(at: c.next)
            c.next += 1
            enter(&c, r)
            update(&c, r, DeadlineFinder.deadlines(t, sentence: r))
        }
    }

    /// A sentence that starts a line ends the carry unless it is a bullet of a `:` list or an
    /// item of a numbered list under the `:` line (rule `numbered goal list`: `到2025年,实现以下
    ///目标:` / `1.建成…` / `2.培育…`: the list opens with an item numbered 1 and goes on in
    /// that marker style; a line of another style or no marker ends it, so a heading does).
    func enter(_ c: inout Carry, _ r: Range<Int>) {
        let a = r.lowerBound
        guard a == 0 || t[a - 1] == "\n", !r.isEmpty else { return }
        if c.bullets && isBulletLine(a, r.upperBound) { return }
        if c.bullets, let style = listItemStyle(a, r.upperBound) {
            if c.listStyle == nil, style.ordinal == 1 { c.listStyle = style.style; return }
            if c.listStyle == style.style { return }
        }
        c.deadline = nil
        c.bullets = false
        c.listStyle = nil
    }

    /// The style and number of an intact item marker opening the line at `a`.
    func listItemStyle(_ a: Int, _ end: Int) -> (style: MarkerStyle, ordinal: Int?)? {
        var k = a
        while k < end, t[k] == " " || t[k] == "\t" { k += 1 }
        guard let m = markers.intact(at: k, bodyBefore: end), m.styles.count == 1 else { return nil }
        return (m.styles[0], m.ordinal)
    }

    /// A deadline opening the sentence becomes the carry.
    /// A `:` closing the line of a carried deadline (`到2025年,…。具体目标如下:`) opens a
    /// bullet list that the deadline covers.
    func update(_ c: inout Carry, _ r: Range<Int>, _ own: [Deadline]) {
        // A bare year opening a later sentence (`2024年已完成…`) dates that sentence only; it heads
        // the paragraph only when it opens the line.
        if let d = own.first, opensSentence(d, r), !d.weak || r.lowerBound == 0 || t[r.lowerBound - 1] == "\n" {
            c.deadline = d
            c.bullets = false
            c.listStyle = nil
        }
        guard c.deadline != nil else { return }
        var e = r.upperBound
        while e > r.lowerBound, t[e - 1] == " " { e -= 1 }
        if e > r.lowerBound && t[e - 1] == ":" && (r.upperBound >= t.count || t[r.upperBound] == "\n") { c.bullets = true }
    }

    /// The figure, or the upper end of a range.
    static func top(_ v: TargetValue) -> Double {
        switch v {
        case .number(let x): return x
        case .range(_, let h): return h
        }
    }

    /// Per-figure work looks at most this far either side, so a document without punctuation
    /// (one clause per line) still costs time linear in its length.
    static let window = 80

    /// True when a word of `words` lies wholly inside `r`.
    func contains(_ words: WordTable<Void>, in r: Range<Int>) -> Bool {
        words.occurs(t, in: r)
    }

    /// The comparator of a quantity, from words right after it or before it in its clause.
    func comparator(_ q: Quantity, clause: Range<Int>, previousEnd: Int) -> Comparator? {
        var a = q.range.upperBound
        while a < clause.upperBound, t[a] == " " { a += 1 }
        if let w = Self.afterTable.prefix(t, at: a, end: clause.upperBound) { return w.value }
        // Before: the nearest comparator word between the previous quantity and this one.
        // Scanning end positions, longest word first, so 不低于 wins over 低于: the table gives
        // the longest word ending at a position, the one the longest-first list tried first
        // (the list, with its arrays copied per word, made `comparator` 0.7 % of all samples
        // of `parsecli batch` over the corpus, `perf record`, 2026-12-05).
        var e = q.range.lowerBound
        let floor = max(clause.lowerBound, previousEnd)
        let ends = Self.beforeEnds
        while e > floor {
            // Most positions end no comparator word: one bit test, not a try per word.
            guard ends.mayEnd(t[e - 1].value) else { e -= 1; continue }
            // One-character words (约, 近) count only right before the figure: 近视 is not 近.
            if let w = ends.suffix(t, endingAt: e, start: floor), w.length > 1 || q.range.lowerBound - e <= 1,
               !Self.falseFriends.contains(where: { WordMatch.endsAt(t, e, floor, $0) }),
               !(w.length == 1 && Self.gluedBefore.contains(t[e - 1]) && !(e..<q.range.lowerBound).allSatisfy({ t[$0] == " " })) { return w.value }
            e -= 1
        }
        return nil
    }

    /// One figure as the exclusion and signal rules see it. What only some rules need (the
    /// comparator, the frequency reading, the bare-figure reading) is read the first time a
    /// rule asks.
    final class Figure {
        let quantity: Quantity
        /// The figure after this one, if any (`由0.54万元下降至0.378万元`).
        let next: Quantity?
        let clause: Range<Int>
        let fullClause: Range<Int>
        let previousEnd: Int
        private let context: Context
        /// The tense of the dated or background section holding the figure, if any.
        var tense: DatedSections.Tense? = nil
        /// The year-column cell of an indicator table holding the figure, if any.
        var yearCell: YearColumns.Cell? = nil
        /// Where the figure's sentence starts (normalized), when the caller knows it.
        var sentenceStart: Int? = nil
        /// The deadlines of the figure's sentence, in the order of `DeadlineIndex`.
        var deadlines: [Deadline] = []

        /// The extractor, shared by the figures of one `find` call: a figure holding its own
        /// copy of the extractor retained and released each of its arrays per figure.
        final class Context {
            let extractor: TargetExtractor
            init(_ extractor: TargetExtractor) { self.extractor = extractor }
        }

        init(quantity: Quantity, next: Quantity?, clause: Range<Int>, fullClause: Range<Int>, previousEnd: Int, context: Context) {
            self.quantity = quantity
            self.next = next
            self.clause = clause
            self.fullClause = fullClause
            self.previousEnd = previousEnd
            self.context = context
        }

        /// One figure with its own context (for callers that look at a single figure).
        convenience init(quantity: Quantity, next: Quantity?, clause: Range<Int>, fullClause: Range<Int>, previousEnd: Int, extractor: TargetExtractor) {
            self.init(quantity: quantity, next: next, clause: clause, fullClause: fullClause, previousEnd: previousEnd, context: Context(extractor))
        }

        lazy var comparator: Comparator? = context.extractor.comparator(quantity, clause: clause, previousEnd: previousEnd)
        lazy var frequency: Bool = context.extractor.isFrequency(quantity, clause: clause)
        lazy var perPeriod: Bool = context.extractor.isPerPeriod(quantity, clause: clause)
        lazy var bareTarget: Bool = quantity.kind == .number && quantity.unit == nil && context.extractor.isBareTarget(quantity, clause: clause)
    }

    /// What the signal rules read beside the figure itself.
    struct Evidence {
        var verb: Bool
        var verbAfter: Bool
        var strongDeadline: Deadline?
        var continuesList: Bool
        /// A completion phrase follows the figure in its clause (`…全部完成`).
        var completed: Bool
        var tense: DatedSections.Tense?
    }

    /// Rule `bare figure`: a bare number states nothing to reach, except where it closes a clause
    /// that names a ratio or a target verb and the unit was left out or lost: `学生占比为0。`,
    /// `累计创建省级示范园35。`; or where a bounding word of two or more characters ends right
    /// before it (`每10万人口火灾死亡率低于0.15`, `人均住房面积不低于30`): the rate's unit is
    /// stated before it or left out, the bound still sets it.
    func isBareTarget(_ q: Quantity, clause: Range<Int>) -> Bool {
        let closes = q.range.upperBound >= clause.upperBound || TextBounds.isClauseEnd(t[q.range.upperBound]) || t[q.range.upperBound] == "("
        let glued = q.range.lowerBound > clause.lowerBound && CharClass.isHan(t[q.range.lowerBound - 1].value)
        let head = clause.lowerBound..<q.range.lowerBound
        guard !q.chinese && closes && glued else { return false }
        if let b = Self.beforeEnds.suffix(t, endingAt: q.range.lowerBound, start: clause.lowerBound), b.length > 1, b.value != .approx,
           !Self.falseFriends.contains(where: { WordMatch.endsAt(t, q.range.lowerBound, clause.lowerBound, $0) }) { return true }
        return contains(Self.ratioNounTable, in: head) || contains(Self.verbTable, in: head)
    }

    static let holderWords = WordMatch.scalars(QuantityExclusions.distributiveWords.filter { $0.count >= 2 })
    /// How far before a lone 一 the holder of `isPerHolder` may stand (`每个设区市培育一家`).
    static let holderReach = 12

    /// Rule `per holder` (an exception to `lone one`): `每个街道建成一所食堂`, `每个县培育一家龙头企业`:
    /// one for each holder a distributive word names is a quota, as one per period is.
    func isPerHolder(_ q: Quantity, clause: Range<Int>) -> Bool {
        var b = max(clause.lowerBound, q.range.lowerBound - Self.holderReach)
        while b < q.range.lowerBound {
            if Self.holderWords.contains(where: { WordMatch.at(t, b, q.range.lowerBound, $0) }) { return true }
            b += 1
        }
        return false
    }

    /// Rule `scaled count` (an exception to `bare number`): Arabic digits ending in a group scale
    /// word with a noun right after it count that noun, whose counter is left out:
    /// `带动12万农户增收`, `促进 3 万人员就业` (the GUIDE folds the scale into the value, unit
    /// empty). A scale with nothing after it, or before a non-Han scalar, is no count.
    func isScaledCount(_ q: Quantity, clause: Range<Int>) -> Bool {
        let e = q.range.upperBound
        guard !q.chinese, q.range.count >= 2, e < clause.upperBound, ChineseNumeral.groupUnit(t[e - 1]) != nil,
              QuantityRecognizer.isArabic(t[q.range.lowerBound]) || t[q.range.lowerBound] == "-" else { return false }
        return CharClass.isHan(t[e].value)
    }

    /// Rule `enumeration`: `三个方面`; `“…”三个层面`; 、-lists summed up by a count. Nobody lists
    /// ten aspects or more: an Arabic count from 10 up counts things (`完成15个重点商圈改造`).
    func isEnumeration(_ q: Quantity, clause: Range<Int>) -> Bool {
        guard q.unitClass == .count, q.chinese || Self.top(q.value) < 10 else { return false }
        var a = q.range.upperBound
        if a < clause.upperBound, t[a] == "\"" { a += 1 }
        if let w = Self.enumerations.first(where: { WordMatch.at(t, a, clause.upperBound, $0) }) {
            // `三项重点监督`: a modifying noun with its noun after it counts things, unless that
            // noun names an enumeration too (`十个重点任务`).
            guard Self.modifyingEnumerations.contains(w) else { return true }
            let e = a + w.count
            return e >= clause.upperBound || !CharClass.isHan(t[e].value)
                || Self.enumerationNounEnds.contains(where: { WordMatch.at(t, e, clause.upperBound, $0) })
                || Self.enumerations.contains(where: { WordMatch.at(t, e, clause.upperBound, $0) })
        }
        let b = q.range.lowerBound - 1
        return b >= clause.lowerBound && (t[b] == "\"" || t[b] == "、") && q.chinese
    }

    /// Rule `list continuation`: a clause that is only a figure and its noun continues the list
    /// of the target clause right before it: `建设3个红园长工作室,10个教研指导责任区`.
    func continuesList(_ f: Figure, previous: Found?) -> Bool {
        guard let prev = previous else { return false }
        let q = f.quantity
        guard prev.fullClause.upperBound + 1 >= f.fullClause.lowerBound && prev.fullClause.upperBound < f.fullClause.lowerBound,
              !contains(Self.verbTable, in: q.range.upperBound..<f.clause.upperBound) else { return false }
        if (f.clause.lowerBound..<q.range.lowerBound).allSatisfy({ t[$0] == " " }) { return true }
        return continuesNounList(f, previous: prev)
    }

    static let listNounLength = TargetWords.listNounLength

    /// Rule `noun list continuation`: `新建幼儿园3所,中小学校舍2万平方米`, `改造乡镇卫生院5个,村卫生室
    /// 40个`, `培训1万人次,其中农民工6000人次`: after a target clause that closes with its figure,
    /// a clause of only a short noun and a figure closing it continues the list; the verb
    /// before the first noun governs them all. Both figures must close their clauses, so a
    /// clause that goes on after its figure (`…3所,总投资…`) or describes (`其中…为主`) is not read.
    func continuesNounList(_ f: Figure, previous prev: Found) -> Bool {
        let q = f.quantity
        guard closesClause(prev.quantity.range.upperBound, prev.fullClause.upperBound),
              closesClause(q.range.upperBound, f.fullClause.upperBound) else { return false }
        var a = f.clause.lowerBound
        while a < q.range.lowerBound, t[a] == " " { a += 1 }
        if let w = Self.listLeads.first(where: { WordMatch.at(t, a, q.range.lowerBound, $0) }) { a += w.count }
        let head = a..<q.range.lowerBound
        return !head.isEmpty && head.count <= Self.listNounLength && head.allSatisfy({ CharClass.isHan(t[$0].value) })
            && !contains(Self.verbTable, in: head) && !contains(Self.pastTable, in: head)
    }

    static let listLeads = WordMatch.scalars(TargetWords.listContinuationLeads)

    /// Whether only blanks and a bounding word stand between `e` (a figure's end) and `end`.
    func closesClause(_ e: Int, _ end: Int) -> Bool {
        var a = e
        while a < end, t[a] == " " { a += 1 }
        if let w = Self.afterTable.prefix(t, at: a, end: end) { a += w.length }
        while a < end, t[a] == " " { a += 1 }
        return a >= end
    }

    /// Whether exclusion `rule` holds for the figure (the rules are documented in `TargetExclusion`).
    func excludes(_ rule: TargetExclusion, _ f: Figure, deadlines: DeadlineIndex, repeats: inout RepeatedCells) -> Bool {
        let q = f.quantity
        switch rule {
        case .bareNumber: return q.kind == .number && q.unit == nil && f.yearCell == nil && !f.bareTarget && !isScaledCount(q, clause: f.clause)
        case .ratio: return q.kind == .ratio
        case .repeatedCell: return repeats.repeated(q.range.lowerBound)
        case .age: return q.unitClass == .age && !isAgeLevel(q, clause: f.clause)
        case .title: return isInTitle(q)
        case .handingOut: return handsOut(f.fullClause)
        case .deadline: return deadlines.anyOverlaps(q.range)
        case .threshold: return isThreshold(q, clause: f.clause)
        case .condition: return isCondition(q, fullClause: f.fullClause)
        case .background: return dropsBackground && f.tense == .background
        case .request: return isRequest(q, sentenceStart: f.sentenceStart ?? f.fullClause.lowerBound)
        case .pastDeadline:
            // Rule `past deadline`: in a plan for 2024—2027, `截至2023年底,全市共有养老机构120家`
            // and `2022年,全市老年人口达到85万人` state where it starts from.
            // A section that looks back on a year (`一、2023年工作回顾`) keeps its achievements.
            guard let first = firstYear, f.tense == nil, let k = deadlines.last(endingBy: q.range.lowerBound) else { return false }
            let d = f.deadlines[k]
            return (d.yearEnd ?? d.year) < first
        case .sanction: return isSanction(f.clause)
        case .startingValue: return f.next.map { isStartingValue(q, clause: f.clause, next: $0) } ?? false
        case .durationAlone: return q.unitClass == .duration && f.comparator == nil && !isTerm(q, clause: f.clause)
        case .loneOne:
            // `每年评选一批` is a vague batch even per period.
            if q.chinese, case .number(1) = q.value, f.comparator == nil, !f.frequency,
               !(f.perPeriod || isPerHolder(q, clause: f.clause)) || q.unit.map({ Self.vagueCounts.contains($0) }) == true { return true }
            return false
        case .figureCount:
            // `三个100%`, `3个95%`: a count of the figures after it. A count followed by a figure
            // of another kind counts things that figure describes (`为3000名80岁以上老人…`).
            guard q.unitClass == .count, q.range.upperBound < f.clause.upperBound, CharClass.isDigit(t[q.range.upperBound].value) else { return false }
            return q.chinese || f.next.map { $0.range.lowerBound == q.range.upperBound && $0.kind == .percent } ?? true
        case .enumeration: return isEnumeration(q, clause: f.clause)
        case .quotedName:
            // A frequency stays: `每半年召开一次“大监督”会议`.
            return q.chinese && q.unitClass == .count && q.range.upperBound < t.count
                && TargetWords.quoteMarks.contains(t[q.range.upperBound]) && !f.frequency
        }
    }

    /// Whether signal `rule` holds for the figure (the rules are documented in `TargetSignal`).
    func signals(_ rule: TargetSignal, _ f: Figure, _ e: Evidence) -> Bool {
        let q = f.quantity
        switch rule {
        case .yearColumn: return f.yearCell != nil
        case .comparator: return f.comparator != nil
        case .verb: return e.verb
        case .multiplier: return q.kind == .multiplier
        case .percentagePoint: return q.kind == .percentagePoint
        case .frequency: return f.frequency
        case .verbAfterDeadline: return e.verbAfter && e.strongDeadline != nil
        case .deadline: return e.strongDeadline != nil
        case .yearWord:
            return closesClause(q.range.upperBound, f.fullClause.upperBound)
                && DocumentYears.namedYear(t, f.clause.lowerBound..<q.range.lowerBound, sentenceStart: f.clause.lowerBound) != nil
        case .perPeriod: return f.perPeriod
        case .term: return q.unitClass == .duration && isTerm(q, clause: f.clause)
        case .goalWord: return hasGoalWord(q, clause: f.clause)
        case .beneficiary: return isBeneficiary(q, clause: f.clause)
        case .bareFigure: return f.bareTarget
        case .listContinuation: return e.continuesList
        case .completion: return e.completed
        // A progress report's figures are what was done: its tense covers every figure that
        // survived the exclusions (`为全区学校安装精品录播教室30间,智慧黑板330套`).
        case .report: return isReport
        case .reviewSection: return e.tense == .review
        case .taskSection: return e.tense == .task
        }
    }

    /// Hands each target found to `emit`, in document order, as soon as it is decided: the
    /// list of them was held whole next to the targets made from it (264 bytes a figure: 40 MB
    /// at the peak of an 8 MB one-line document of targets).
    func find(_ quantities: [Quantity], _ emit: (Found) -> Void) {
        // The target found last, for lists that share its indicator.
        var last: Found? = nil
        var sentence: Range<Int> = 0..<0
        var deadlines: [Deadline] = []
        var deadlineIndex = DeadlineIndex([])
        var previousEnd = 0
        var previousTargetEnd = 0
        var carry = Carry()
        var carried: Deadline? = nil
        var sentenceYear = false
        var sectionCursor = 0
        var cellCursor = 0
        var repeats = repeatedCells
        let context = Figure.Context(self)
        for (qi, q) in quantities.enumerated() {
            let s = bounds.sentence(of: q.range.lowerBound)
            if s != sentence {
                sentence = s
                deadlines = DeadlineFinder.deadlines(t, sentence: s)
                deadlineIndex = DeadlineIndex(deadlines)
                // The carry as it stands before this sentence; then this sentence updates it.
                advance(&carry, upTo: s.lowerBound)
                if carry.next < bounds.sentenceStarts.count, bounds.sentenceStarts[carry.next] == s.lowerBound {
                    carry.next += 1
                    enter(&carry, s)
                    sentenceYear = hasYear(s)
                    carried = sentenceYear ? nil : carry.deadline
                    update(&carry, s, deadlines)
                } else {
                    sentenceYear = hasYear(s)
                    carried = nil
                }
            }
            // A figure may run past its clause's end (`百分之1,669`: the clause is cut at the
            // thousands comma); the clause always covers the whole figure.
            let cut = bounds.clause(of: q.range.lowerBound)
            let fullClause = min(cut.lowerBound, q.range.lowerBound)..<max(cut.upperBound, q.range.upperBound)
            let clause = max(fullClause.lowerBound, q.range.lowerBound - Self.window)..<min(fullClause.upperBound, q.range.upperBound + Self.window)
            defer { previousEnd = q.range.upperBound }
            let figure = Figure(quantity: q, next: qi + 1 < quantities.count ? quantities[qi + 1] : nil,
                                clause: clause, fullClause: fullClause, previousEnd: previousEnd, context: context)
            let tense = sections.tense(at: q.range.lowerBound, cursor: &sectionCursor)
            figure.tense = tense
            figure.sentenceStart = s.lowerBound
            figure.deadlines = deadlines
            // A bare figure of a row that states no unit is not read: its unit is unknown.
            let yearCell = yearColumns.cell(at: q.range.lowerBound, cursor: &cellCursor).flatMap { $0.unit != nil || q.unit != nil ? $0 : nil }
            figure.yearCell = yearCell
            // The exclusions in `TargetExclusion` order: the first that holds drops the figure.
            if TargetExclusion.allCases.contains(where: { excludes($0, figure, deadlines: deadlineIndex, repeats: &repeats) }) { continue }
            let cmp = figure.comparator
            let before = min(max(clause.lowerBound, previousEnd), q.range.lowerBound)..<q.range.lowerBound
            let pastInClause = contains(Self.pastTable, in: clause.lowerBound..<q.range.lowerBound)
            let deadline = deadlineIndex.last(endingBy: q.range.lowerBound).map { deadlines[$0] }
            let evidence = Evidence(
                verb: contains(Self.verbTable, in: before) || contains(Self.verbTable, in: clause.lowerBound..<q.range.lowerBound)
                    || (!q.chinese && contains(Self.progressVerbTable, in: clause.lowerBound..<q.range.lowerBound)),
                // A counted subject with its verb after it: `到2025年底,4个县通过…认定`.
                verbAfter: contains(Self.verbTable, in: q.range.upperBound..<min(clause.upperBound, q.range.upperBound + 10)),
                strongDeadline: deadline.flatMap { $0.weak ? nil : $0 },
                continuesList: continuesList(figure, previous: last),
                completed: q.unitClass == .count && contains(Self.completionAfterTable, in: q.range.upperBound..<clause.upperBound),
                tense: tense)
            // The signals in `TargetSignal` order; the first that holds names the rule (`--trace`).
            guard let signal = TargetSignal.allCases.first(where: { signals($0, figure, evidence) }) else { continue }
            // `7500余个`, `60多种`: more than the figure; `约`, `近`, `左右`: about it.
            let oddMore = q.approximate && Comparators.approximateInside.contains(where: { q.text.contains($0) })
            var comparator = cmp ?? (oddMore ? Comparator.gt : q.approximate ? .approx : .eq)
            if case .range = q.value { comparator = .range }
            let rate = DeadlineFinder.hasRate(t, clause.lowerBound..<q.range.lowerBound)
            let deadlineInClause = deadline.flatMap { $0.range.lowerBound >= clause.lowerBound ? $0.range.upperBound : nil }
            // After an earlier target of the same clause (`优良率达到52%、合格率达到95%`).
            let lead = max(deadlineInClause ?? clause.lowerBound, previousTargetEnd > clause.lowerBound ? previousTargetEnd : clause.lowerBound)
            previousTargetEnd = q.range.upperBound
            var ind = finder.indicator(t, clause: clause, quantity: q.range, after: lead)
            // `比例分别达到10%、15%、20%`: later figures of a list share the first one's indicator.
            if ind == nil, let prev = last, prev.fullClause == fullClause { ind = prev.indicator }
            // `…比重达到18.6%,较上年提高1.5个百分点`: a base alone is no indicator; the change is
            // of the measure named earlier in the sentence, else there is none.
            if let r = ind, IndicatorFinder.isBaselineOnly(t, r) {
                if let prev = last, prev.quantity.range.lowerBound >= s.lowerBound { ind = prev.indicator } else { ind = nil }
            }
            // A figure of a year column is due in the column's year, with the row's unit and
            // indicator, unless its own cell writes a deadline.
            var figureQuantity = q
            var cellDeadline: Deadline? = nil
            if let cell = yearCell {
                if q.unit == nil, let u = cell.unit {
                    figureQuantity.unit = u
                    if u == Self.percentSign { figureQuantity.kind = .percent }
                }
                // A bare figure measures what its row names; a cell of words names it itself.
                if q.unit == nil, let r = cell.indicator { ind = r }
                if let b = Self.cellBounds.first(where: { $0.mark == t[cell.range.lowerBound] }), comparator == .eq { comparator = b.comparator }
                cellDeadline = Deadline(range: cell.range.lowerBound..<cell.range.lowerBound, year: cell.year, form: .yearColumn)
            }
            let ownDeadline = deadline ?? cellDeadline
            let due = ownDeadline ?? carried
            // A yearly rate has no single deadline, unless its own sentence writes one before it
            // (`到2025年每年建设100所`: the rate holds until 2025); a carried deadline does not reach it.
            let found = Found(quantity: figureQuantity, comparator: comparator, deadline: rate ? ownDeadline : due, rate: rate,
                              indicator: ind, achievement: isReport || tense == .review || tense == .background || ((pastInClause || signal == .completion) && due == nil), clause: clause, fullClause: fullClause,
                              sentenceYear: sentenceYear, sentenceStart: s.lowerBound, rule: signal,
                              deadlineCarried: !rate && ownDeadline == nil && carried != nil)
            last = found
            emit(found)
        }
    }
}

/// The two questions `find` asks of a sentence's deadlines for every figure, answered by binary
/// search instead of a scan: a sentence without `。` (a line of `;`- or `,`-joined targets, common
/// in text copied from PDFs) holds one deadline per figure, and scanning them all for each figure
/// was quadratic — 1 MB of `到2025年…达到93%以上;` took 0.52 CPU-s, 2 MB 1.64 CPU-s, with 74 % of
/// samples in `find`. The answers are exactly those of `contains(where:)` / `last(where:)` in
/// array order, whatever that order is.
struct DeadlineIndex {
    /// `suffixMinEnd[i]` = least `upperBound` among deadlines `i...`: non-decreasing in `i`.
    private let suffixMinEnd: [Int]
    /// The deadlines' `lowerBound`s when they are non-decreasing (as `DeadlineFinder` writes
    /// them), with `prefixMaxEnd[i]` = greatest `upperBound` among non-empty deadlines `...i`;
    /// nil otherwise, and `anyOverlaps` then scans.
    private let starts: [Int]?
    private let prefixMaxEnd: [Int]
    private let ranges: [Range<Int>]

    init(_ deadlines: [Deadline]) {
        ranges = deadlines.map(\.range)
        var suffix = [Int](repeating: 0, count: ranges.count)
        var m = Int.max
        for i in ranges.indices.reversed() { m = min(m, ranges[i].upperBound); suffix[i] = m }
        suffixMinEnd = suffix
        var sorted = true
        var prefix: [Int] = []
        prefix.reserveCapacity(ranges.count)
        var p = Int.min
        for (i, r) in ranges.enumerated() {
            if i > 0, ranges[i - 1].lowerBound > r.lowerBound { sorted = false }
            if !r.isEmpty { p = max(p, r.upperBound) }
            prefix.append(p)
        }
        starts = sorted ? ranges.map(\.lowerBound) : nil
        prefixMaxEnd = prefix
    }

    /// Same as `deadlines.contains(where: { $0.range.overlaps(r) })`.
    func anyOverlaps(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        guard let starts else { return ranges.contains(where: { $0.overlaps(r) }) }
        // Deadlines starting before r ends: a prefix; one of them overlaps iff the furthest
        // reaching non-empty one ends after r starts.
        var lo = 0, hi = starts.count
        while lo < hi { let mid = (lo + hi) / 2; if starts[mid] < r.upperBound { lo = mid + 1 } else { hi = mid } }
        return lo > 0 && prefixMaxEnd[lo - 1] > r.lowerBound
    }

    /// Same as `deadlines.lastIndex(where: { $0.range.upperBound <= x })`.
    func last(endingBy x: Int) -> Int? {
        // The largest i with suffixMinEnd[i] <= x: there, ranges[i].upperBound is that minimum.
        var lo = 0, hi = suffixMinEnd.count
        while lo < hi { let mid = (lo + hi) / 2; if suffixMinEnd[mid] <= x { lo = mid + 1 } else { hi = mid } }
        return lo > 0 ? lo - 1 : nil
    }
}
