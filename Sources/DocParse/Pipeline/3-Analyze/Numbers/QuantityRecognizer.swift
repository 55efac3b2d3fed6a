/// Finds quantity mentions in normalized text in one left-to-right scan.
///
/// At each digit or numeral character the recognizer reads one number (Arabic, Chinese or
/// mixed), then what may follow it (a second number of a range, `分之`, `/`, `:`, an
/// approximation word, a unit), then asks `QuantityExclusionRules` whether the number is a
/// year, a date, a code, an ordinal or part of a name. Every scalar is looked at a bounded
/// number of times, so the scan is linear in the text.
///
/// In `.document` mode a Chinese numeral becomes a quantity only with a unit, `%`, `分之`, `倍`
/// or `番` after it: most numeral characters in running text are parts of words (`统一`,
/// `一体化`, `千万`). `.lenient` mode (`parsecli quantities`) also takes bare numerals, and
/// `.numerals` mode (`parsecli quantities --scope numerals`) adds the numbers the exclusion rules
/// set apart, each with its ``Quantity/Role`` (years, dates, ordinals, labels, names, codes).
///
/// ```swift
/// for q in QuantityRecognizer.quantities(in: "新建幼儿园12所，投资1.5亿元，覆盖率达到95%") {
///     print(q.text, q.unit ?? "", q.scale, q.span.start)
/// }
/// // 12所 所 1.0 5
/// // 1.5亿元 亿元 100000000.0 11
/// // 95% % 1.0 22
/// ```
public enum QuantityRecognizer {
    /// How readily a bare Chinese numeral counts as a quantity.
    public enum Mode: Sendable {
        /// For documents: a Chinese numeral needs a unit, `%`, `分之`, `倍` or `番` after it.
        case document
        /// For short standalone phrases: bare numerals (`三千五百`) are quantities too.
        case lenient
        /// Every numeral: `lenient`, plus the numbers that are not quantities (years, dates,
        /// ordinals, labels, names, codes), each marked with its role instead of dropped.
        case numerals
    }

    /// A mention found in normalized text, before it is mapped back to the original.
    struct Match {
        var range: Range<Int>
        var value: TargetValue
        var unit: String?
        var scale: Double
        var kind: Quantity.Kind
        var approximate: Bool
        var unitClass: UnitClass?
        var chinese: Bool
        /// A two-digit count that may be a range whose dash was lost (`掌握12项` for 1—2项).
        var possibleLostDash: Bool = false
        /// The form that read it (`--trace`).
        var form: QuantityForm = .measured
        /// What the number does (`.numerals` mode only shows roles other than `quantity`).
        var role: Quantity.Role = .quantity

        /// Whether the value, and the value times its scale, are finite numbers.
        var isFinite: Bool {
            switch value {
            case .number(let v): return v.isFinite && (v * scale).isFinite
            case .range(let a, let b): return a.isFinite && b.isFinite && (a * scale).isFinite && (b * scale).isFinite
            }
        }
    }

    /// The quantity mentions of a normalized text (or a range of it), with spans in the
    /// original; diagnostics for ranges that look damaged are appended to `diagnostics`.
    ///
    /// - Parameters:
    ///   - text: The normalized document.
    ///   - range: Normalized offsets to scan; nil scans the whole text.
    ///   - mode: How readily bare Chinese numerals count.
    ///   - diagnostics: Receives a `quantity.possible-lost-range-dash` warning for a two-digit
    ///     count that may be a range whose dash was lost (`12项` for 1—2项).
    /// - Returns: The quantities in text order; each has its original text and span and its
    ///   normalized range.
    public static func quantities(in text: NormalizedText, range: Range<Int>? = nil, mode: Mode = .document,
                                  diagnostics: inout [Diagnostic]) -> [Quantity] {
        let r = range ?? 0..<text.count
        return scan(text.text, range: r, mode: mode).compactMap { m in
            // Rule `figure out of range`: digits or scale words past what a Double holds
            // (`9…9` of 400 digits, `10万亿亿…亿`) read as infinity, and a ratio of two such as
            // NaN; such a figure is no quantity anyone set, and JSON has no number for it.
            guard m.isFinite else {
                diagnostics.append(Diagnostic(
                    severity: .warning, code: "quantity.out-of-range",
                    message: "「\(text.original(m.range))」 is too large a figure to represent; not read",
                    span: text.span(m.range)))
                return nil
            }
            var q = Quantity(text: text.original(m.range), value: m.value, unit: m.unit, scale: m.scale, kind: m.kind,
                             approximate: m.approximate, span: text.span(m.range), range: m.range)
            q.unitClass = m.unitClass
            q.chinese = m.chinese
            q.form = m.form
            q.role = m.role
            if m.possibleLostDash {
                diagnostics.append(Diagnostic(
                    severity: .warning, code: "quantity.possible-lost-range-dash",
                    message: "「\(q.text)」 may be a range whose dash was lost (e.g. 1—2); kept as the number written",
                    span: q.span))
            }
            return q
        }
    }

    /// The quantity mentions of a plain string (for tools and tests).
    ///
    /// The string is normalized first, so full-width and traditional forms are read too.
    ///
    /// - Parameters:
    ///   - string: Any text.
    ///   - mode: How readily bare Chinese numerals count.
    /// - Returns: The quantities in text order, with spans into `string`'s scalars.
    public static func quantities(in string: String, mode: Mode = .document) -> [Quantity] {
        var d: [Diagnostic] = []
        return quantities(in: Normalizer.normalize(SourceText(string)), mode: mode, diagnostics: &d)
    }

    static let percentWord: [Unicode.Scalar] = Array(ScaleWords.percentWord.unicodeScalars)
    static let fractionWord: [Unicode.Scalar] = Array(NumberMarks.fractionWord.unicodeScalars)
    static let approxBefore = WordMatch.scalars(Comparators.approximateBefore)
    static let falseFriends = WordMatch.scalars(Comparators.falseFriends)
    static let approxInside = ScalarBits(Comparators.approximateInside.compactMap { $0.unicodeScalars.first })
    static let approxAfter = WordMatch.scalars(Comparators.approximateAfter)
    static let rangeSeparators = ScalarBits(NumberMarks.rangeSeparators)
    static let doublingPrefix = ScaleWords.doublingPrefix.unicodeScalars.first!
    static let doublingSuffix = ScaleWords.doublingSuffix.unicodeScalars.first!
    static let unitPrefixes: [(scalars: [Unicode.Scalar], scale: Double, arabicOnly: Bool)] =
        ScaleWords.unitPrefixes.map { (Array($0.word.unicodeScalars), $0.scale, $0.arabicOnly) }

    @inline(__always) static func isArabic(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// The value of one digit character, Chinese (`三`, `叁`) or Arabic (`3`).
    @inline(__always) static func digitValue(_ c: Unicode.Scalar) -> Int? {
        isArabic(c) ? Int(c.value - 0x30) : ChineseNumeral.digit(c)
    }

    static let inclusiveMark = WordMatch.scalars([NumberMarks.inclusiveMark])[0]

    /// The end of an inclusion mark `(含)` (either bracket width) starting at `i`, or nil.
    static func inclusiveMarkEnd(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        guard i < end, t[i] == "(" || t[i] == "（", WordMatch.at(t, i + 1, end, inclusiveMark) else { return nil }
        let close = i + 1 + inclusiveMark.count
        guard close < end, t[close] == ")" || t[close] == "）" else { return nil }
        return close + 1
    }

    /// The low end of `两到三百`-style ranges (rule `shared place`), or nil when the first end is
    /// not one digit or the second is not one smaller-than-ten digit, a place unit of 百 or above
    /// and only group units after it. Either end may be a Chinese or an Arabic digit
    /// (`两~3百日元`, `2到三百`, `2~3百`: 200—300). Ends like `三十`, `三百五` keep their value
    /// (`一到三十天` is 1—30 days).
    static func sharedPlace(_ t: [Unicode.Scalar], _ first: Number, _ second: Number) -> Double? {
        guard first.range.count == 1, let a = digitValue(t[first.range.lowerBound]), a >= 1,
              second.range.count >= 2, let b = digitValue(t[second.range.lowerBound]), b > a,
              let place = ChineseNumeral.placeUnit(t[second.range.lowerBound + 1]), place >= 100 else { return nil }
        for k in (second.range.lowerBound + 2)..<second.range.upperBound where ChineseNumeral.groupUnit(t[k]) == nil { return nil }
        return Double(a) * second.value / Double(b)
    }

    /// Rule `unit-initial scale character`: a place or group unit character (`千`, `百`, `兆`)
    /// that begins a unit of the table (`千瓦`, `千米`, `百分点`, `兆瓦`) belongs to the unit, not
    /// to the number: `45万千瓦` is 45 万千瓦, `1000千瓦` is 1000 千瓦, `5千克` is 5 千克.
    @inline(__always) static func startsUnit(_ t: [Unicode.Scalar], _ k: Int, _ end: Int) -> Bool {
        (ChineseNumeral.placeUnit(t[k]) != nil || ChineseNumeral.groupUnit(t[k]) != nil) && UnitTable.match(t, at: k, end: end) != nil
    }

    /// Rule `minus sign`: `负` before a number is a sign only when no Han character is glued
    /// before it (`负3%`, `(负2)`), or the one before it introduces a value (`为负2%`,
    /// `ScaleWords.minusAfter`); `减负30亿元` and `肩负3项` are words, not signs.
    @inline(__always) static func minusIsSign(_ t: [Unicode.Scalar], _ i: Int, _ start: Int) -> Bool {
        guard i > start else { return true }
        let b = t[i - 1]
        return !CharClass.isHan(b.value) || ScaleWords.minusAfter.contains(b)
    }

    /// One number read from the text.
    struct Number {
        var range: Range<Int>
        var value: Double
        var chinese: Bool
        var approximate: Bool
        /// Trailing scale word moved into the unit (`22.5万` before `元`), if the unit allows.
        var trailingScale: (length: Int, scale: Double)?
    }

    /// Reads a number starting at `i` (Arabic, Chinese or mixed). Nil when no number starts here.
    static func readNumber(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Number? {
        guard i < end else { return nil }
        var j = i
        var chinese = false
        var approximate = false
        if t[j] == ScaleWords.minus || t[j] == "-", j + 1 < end, isArabic(t[j + 1]) || (t[j] == ScaleWords.minus && ChineseNumeral.isNumeralScalar(t[j + 1])),
           t[j] == "-" || minusIsSign(t, j, 0) { j += 1 }
        let numStart = j
        if isArabic(t[j]) {
            while j < end {
                let c = t[j]
                if isArabic(c) { j += 1; continue }
                if (c == "." || c == ","), j + 1 < end, isArabic(t[j + 1]) {
                    // A thousands separator is followed by exactly three digits.
                    if c == "," {
                        var k = j + 1
                        while k < end, isArabic(t[k]) { k += 1 }
                        if k - j - 1 != 3 { break }
                    }
                    j += 1
                    continue
                }
                break
            }
            // Mixed forms: 1.2万, 3千, 5万4千6百, 200亿零四千230.
            var k = j
            var sawUnit = false
            // Rule `blank before scale`: text layers of PDFs set Arabic digits apart from the Han
            // text around them (`学位 2 万个`, `1.6 万场`); one blank between the digits and a
            // group scale word (万, 亿) does not end the number.
            if k + 1 < end, t[k] == " ", ChineseNumeral.groupUnit(t[k + 1]) != nil, !startsUnit(t, k + 1, end) { k += 1 }
            while k < end {
                let c = t[k]
                if startsUnit(t, k, end) { break }
                if ChineseNumeral.placeUnit(c) != nil || ChineseNumeral.groupUnit(c) != nil {
                    sawUnit = true
                    k += 1
                } else if sawUnit, isArabic(c) || ChineseNumeral.digit(c) != nil {
                    k += 1
                } else {
                    break
                }
            }
            if sawUnit {
                // Trim a trailing digit run that is not followed by a unit only when it is Chinese
                // (keeps `5万4千6百`, `1万600`); never take a lone place unit that starts a word
                // (`3千` is fine; `2百姓` cannot happen since 姓 is not a numeral).
                j = k
            }
        } else if ChineseNumeral.isNumeralScalar(t[j]) {
            chinese = true
            while j < end {
                let c = t[j]
                if j > numStart, startsUnit(t, j, end) { break }
                if ChineseNumeral.isNumeralScalar(c) { j += 1; continue }
                if c == ScaleWords.decimalPoint, j + 1 < end, ChineseNumeral.digit(t[j + 1]) != nil, j > numStart { j += 1; continue }
                if c == ScaleWords.someDigit, j > numStart { approximate = true; j += 1; continue }
                break
            }
        } else {
            return nil
        }
        let v: Double
        if let plain = plainValue(t, i, j) {
            v = plain
        } else {
            var runForValue = Array(t[i..<j])
            runForValue.removeAll { $0 == " " }
            if approximate { runForValue.removeAll { $0 == ScaleWords.someDigit } }
            // 十几 → 10, 几 after a unit adds nothing; 几十 is left unread.
            guard let value = ChineseNumeral.value(runForValue) else { return nil }
            v = value
        }
        var n = Number(range: i..<j, value: v, chinese: chinese, approximate: approximate)
        for p in unitPrefixes where (!p.arabicOnly || !chinese) && j - i > p.scalars.count
            && WordMatch.endsAt(t, j, i, p.scalars) {
            n.trailingScale = (p.scalars.count, p.scale)
            break
        }
        return n
    }

    /// Every scalar a quantity may start with: a digit or numeral scalar (`isNumeralScalar`),
    /// `负`, `-`, the first scalar of `百分之` and of `翻N番`. `scan` skips any other position
    /// with one bit test; before, it computed the four start tests (and read five static
    /// tables through `swift_once`) at every scalar of every content line: `scan` itself and
    /// its `swift_once` calls were 2.7 % of all samples of `parsecli batch` over the corpus
    /// (`perf record`, 2026-12-05). Same answers: each start test needs one of these scalars.
    static let startScalars: ScalarBits = {
        var b = ScalarBits(ChineseNumeral.Tables.digit.keys)
        for k in ChineseNumeral.Tables.place.keys { b.insert(k) }
        for k in ChineseNumeral.Tables.group.keys { b.insert(k) }
        for k in ChineseNumeral.Tables.tens.keys { b.insert(k) }
        for v in UInt8(ascii: "0")...UInt8(ascii: "9") { b.insert(Unicode.Scalar(v)) }
        b.insert(ScaleWords.minus)
        b.insert("-")
        b.insert(percentWord[0])
        b.insert(doublingPrefix)
        return b
    }()

    /// The value of the two commonest runs without building arrays: Arabic digits only (up to
    /// 15, exact in a `Double`) and one Chinese digit (the `一` of `统一`). Nil for any other run,
    /// which `ChineseNumeral.value` reads. Same values as `ChineseNumeral.value` gives for these
    /// runs; its three arrays per number were most of `readNumber`'s 2.4 % of all samples of
    /// `parsecli batch` over the corpus (`perf record`, 2026-12-05).
    @inline(__always) static func plainValue(_ t: [Unicode.Scalar], _ i: Int, _ j: Int) -> Double? {
        guard j > i else { return nil }
        if isArabic(t[i]) {
            guard j - i <= 15 else { return nil }
            var v = 0
            for k in i..<j {
                let d = t[k].value &- 0x30
                guard d <= 9 else { return nil }
                v = v * 10 + Int(d)
            }
            return Double(v)
        }
        if j - i == 1, let d = ChineseNumeral.digit(t[i]) { return Double(d) }
        return nil
    }

    static func scan(_ t: [Unicode.Scalar], range: Range<Int>, mode: Mode) -> [Match] {
        var out: [Match] = []
        var i = range.lowerBound
        let end = range.upperBound
        let starts = startScalars
        // Read once here, not through `swift_once` at every candidate start.
        let percentWord = Self.percentWord
        let doublingPrefix = Self.doublingPrefix
        let doublingSuffix = Self.doublingSuffix
        while i < end {
            let c = t[i]
            guard starts.contains(c) else { i += 1; continue }
            let isDigitStart = isArabic(c)
            // A minus sign only where no digit, letter or closing bracket comes before it (1-2 is a range).
            let minusOK = i == range.lowerBound || !(isArabic(t[i - 1]) || CharClass.isLatin(t[i - 1].value) || t[i - 1] == ")" || t[i - 1] == NumberMarks.numberSign)
            let isNumeralStart = !isDigitStart && (ChineseNumeral.isNumeralScalar(c)
                || (c == ScaleWords.minus && minusIsSign(t, i, range.lowerBound))
                || (c == "-" && minusOK && i + 1 < end && isArabic(t[i + 1])))
            let isPercentStart = c == percentWord[0] && WordMatch.at(t, i, end, percentWord) && i + 3 < end
                && (ChineseNumeral.isNumeralScalar(t[i + 3]) || isArabic(t[i + 3]))
            let isDoubling = c == doublingPrefix && i + 2 < end && ChineseNumeral.digit(t[i + 1]) != nil && t[i + 2] == doublingSuffix
            guard isDigitStart || isNumeralStart || isPercentStart || isDoubling else { i += 1; continue }
            // A digit glued to Latin letters or another digit run belongs to a code or word (IPv6).
            if isDigitStart, i > range.lowerBound, CharClass.isLatin(t[i - 1].value) || isArabic(t[i - 1]) || t[i - 1] == "."
                || ((t[i - 1] == "-" || t[i - 1] == "/") && i - 2 >= range.lowerBound
                    && (isArabic(t[i - 2]) || CharClass.isLatin(t[i - 2].value) || t[i - 2] == NumberMarks.numberSign)) {
                let codeEnd = QuantityExclusionRules.codeEnd(t, i, end)
                if mode == .numerals { out += digitRuns(t, i..<codeEnd, role: continuedRole(t, i, after: out.last)) }
                i = codeEnd
                continue
            }
            if let skip = QuantityExclusionRules.fixedNameLength(t, i, end) { i += skip; continue }
            if isDoubling {
                let n = ChineseNumeral.digit(t[i + 1]) ?? 1
                var p = 1.0
                for _ in 0..<n { p *= 2 }
                out.append(Match(range: i..<(i + 3), value: .number(p), unit: NumberMarks.multiplierUnit, scale: 1, kind: .multiplier,
                                 approximate: false, unitClass: .multiplier, chinese: true, form: .doubling))
                i += 3
                continue
            }
            if isPercentStart {
                if let m = readPercentWord(t, i, end) {
                    out.append(m)
                    i = m.range.upperBound
                } else {
                    i += 3
                }
                continue
            }
            if isDigitStart, let clock = QuantityExclusionRules.clockEnd(t, i, end) {
                if mode == .numerals { out += digitRuns(t, i..<clock, role: .date) }
                i = clock
                continue
            }
            if isDigitStart, let codeEnd = QuantityExclusionRules.codeTokenEnd(t, i, end, range.lowerBound) {
                if mode == .numerals { out += datedRuns(t, i..<codeEnd) ?? digitRuns(t, i..<codeEnd, role: .code) }
                i = codeEnd
                continue
            }
            if let planEnd = QuantityExclusionRules.planNameEnd(t, i, end) {
                i = planEnd
                continue
            }
            guard let first = readNumber(t, i, end) ?? bareScale(t, i, range) else {
                // `2023.06.02`, `192.168.1.1`: digits with several dots read as no number; in
                // `.numerals` the parts are shown as a date or a code and the run is passed over.
                if mode == .numerals, isDigitStart {
                    let e = QuantityExclusionRules.codeEnd(t, i, end)
                    out += datedRuns(t, i..<e) ?? digitRuns(t, i..<e, role: .code)
                    i = e
                } else {
                    i += 1
                }
                continue
            }
            if let m = complete(t, first, range: range, mode: mode) {
                if let role = QuantityExclusionRules.excluded(t, m, first: first, range: range) {
                    if mode == .numerals { var n = m; n.role = role; out.append(n) }
                } else {
                    out.append(m)
                }
                i = max(m.range.upperBound, first.range.upperBound)
            } else {
                i = first.range.upperBound
                // `.numerals` shows the parts of a rejected series (`4:3:3`) as a date or a code;
                // outside documents the series is passed over whole (its tail is no ratio).
                if mode != .document, let seriesEnd = rejectedSeriesEnd(t, first, end) {
                    let r = first.range.lowerBound..<seriesEnd
                    if mode == .numerals { out += datedRuns(t, r) ?? digitRuns(t, r, role: .code) }
                    i = seriesEnd
                }
            }
        }
        shareUnits(t, &out)
        return out
    }

    static let sharedUnitJoiners = ScalarBits(MeasureWords.sharedUnitJoiners)

    /// Rule `shared unit`: in `53和32微克/立方米` or `10、12万元` the unit is written once, after
    /// the last figure; a bare figure (a quantity with no unit, one number, not a range) joined
    /// to the next quantity by one joiner (`MeasureWords.sharedUnitJoiners`, blanks allowed
    /// around it) takes that quantity's unit, scale and kind. Walked from the end, so a chain
    /// (`8、10和12天`) passes the unit back figure by figure; one pass over the matches.
    static func shareUnits(_ t: [Unicode.Scalar], _ out: inout [Match]) {
        guard out.count >= 2 else { return }
        for a in stride(from: out.count - 2, through: 0, by: -1) {
            let b = a + 1
            guard out[a].role == .quantity, out[b].role == .quantity, out[a].unit == nil, out[b].unit != nil,
                  out[a].form == .bare, out[a].kind == .number, case .number = out[a].value,
                  out[a].chinese == out[b].chinese else { continue }
            var joiners = 0
            var ok = true
            for q in out[a].range.upperBound..<out[b].range.lowerBound {
                if sharedUnitJoiners.contains(t[q]) { joiners += 1 } else if t[q] != " " { ok = false; break }
            }
            guard ok, joiners == 1 else { continue }
            out[a].unit = out[b].unit
            out[a].scale = out[b].scale
            out[a].kind = out[b].kind
            out[a].unitClass = out[b].unitClass
            out[a].form = .sharedUnit
        }
    }

    /// `.numerals` mode: every Arabic digit run of an identifier (`6107000033/2024-000016`,
    /// `IPv6`, a telephone number) as a number with the given role; the digits' value is read
    /// as written (`0916` → 916), the text keeps the leading zeros.
    static func digitRuns(_ t: [Unicode.Scalar], _ r: Range<Int>, role: Quantity.Role) -> [Match] {
        var out: [Match] = []
        var k = r.lowerBound
        while k < r.upperBound {
            guard isArabic(t[k]) else { k += 1; continue }
            var e = k
            var v = 0.0
            while e < r.upperBound, isArabic(t[e]) { v = v * 10 + Double(t[e].value - 0x30); e += 1 }
            out.append(Match(range: k..<e, value: .number(v), unit: nil, scale: 1, kind: .number, approximate: false,
                             unitClass: nil, chinese: false, form: .bare, role: role))
            k = e
        }
        return out
    }

    /// `.numerals` mode: the role of digits glued to a separator after another number
    /// (`2023-06-02`, `2023-2025`): after a year or date they are date parts, or a year when
    /// they are four digits from 1900 to 2100 after a year; anything else glued to letters or
    /// digits is a code.
    static func continuedRole(_ t: [Unicode.Scalar], _ i: Int, after last: Match?) -> Quantity.Role {
        guard let last, last.range.upperBound == i - 1, last.role == .year || last.role == .date else { return .code }
        // `2023-2025`: a second year after a year.
        if last.role == .year, i + 4 <= t.count, (i..<(i + 4)).allSatisfy({ isArabic(t[$0]) }),
           i + 4 == t.count || !isArabic(t[i + 4]), let y = Int(SourceText.utf8String(t[i..<(i + 4)])), y >= 1900, y <= 2100 {
            return .year
        }
        return .date
    }

    /// The end of a series of Arabic numbers the slash form rejects as no quantity (`4:3:3`,
    /// `3/0`, `2021/09/16`). Clock times were taken before (`clockEnd`); what the series is, a
    /// date or a code, `datedRuns` decides as for every other digit token.
    static func rejectedSeriesEnd(_ t: [Unicode.Scalar], _ first: Number, _ end: Int) -> Int? {
        let k = first.range.upperBound
        guard !first.chinese, k + 1 < end, t[k] == "/" || t[k] == ":" || t[k] == "-", isArabic(t[k + 1]) else { return nil }
        var a = k
        // Bounded by the digits and separators it passes, so the scan stays linear.
        while a + 1 < end, t[a] == t[k] || t[a] == "-", isArabic(t[a + 1]) {
            a += 1
            while a < end, isArabic(t[a]) { a += 1 }
        }
        return a
    }

    /// `.numerals` mode: the parts of a date written as one token (`2021/09/16`, `2023-06-02`,
    /// `2023.6.2`): a year of four digits, then one or two parts of one or two digits, all
    /// joined by the same separator. The year part has role `year`, the others `date`; nil when
    /// the token has another shape (then it is a code).
    static func datedRuns(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [Match]? {
        var runs: [Range<Int>] = []
        var sep: Unicode.Scalar? = nil
        var k = r.lowerBound
        while k < r.upperBound {
            var e = k
            while e < r.upperBound, isArabic(t[e]) { e += 1 }
            guard e > k else { return nil }
            runs.append(k..<e)
            guard e < r.upperBound else { break }
            let c = t[e]
            guard c == "/" || c == "-" || c == ".", sep == nil || sep == c else { return nil }
            sep = c
            k = e + 1
        }
        guard runs.count == 2 || runs.count == 3, runs[0].count == 4, runs.dropFirst().allSatisfy({ $0.count <= 2 }) else { return nil }
        let year = digitRuns(t, runs[0], role: .year)
        guard case .number(let y)? = year.first?.value, y >= 1900, y <= 2100 else { return nil }
        return year + runs.dropFirst().flatMap { digitRuns(t, $0, role: .date) }
    }

    static let distributive = WordMatch.scalars(QuantityExclusions.distributiveWords)

    /// Rule for damaged ranges: a two-digit Arabic count whose digits ascend (`12`, `36`) is
    /// flagged when it counts per person or per unit (`每名学生掌握12项`): there small ranges
    /// (`1—2项`) are the usual wording and a lost dash is likelier than the number. An age is
    /// flagged only when a blank sits where the dash was (`36 岁` for 3—6岁); `45岁以下` is an age.
    /// The number is kept as written; only a diagnostic is added.
    static func looksLikeLostDash(_ t: [Unicode.Scalar], _ n: Number, unitClass: UnitClass?, range: Range<Int>) -> Bool {
        guard !n.chinese, n.range.count == 2, n.trailingScale == nil, unitClass == .count || unitClass == .age,
              let a = ChineseNumeral.digit(t[n.range.lowerBound]), let b = ChineseNumeral.digit(t[n.range.lowerBound + 1]),
              a >= 1, a < b else { return false }
        if unitClass == .age { return n.range.upperBound < range.upperBound && t[n.range.upperBound] == " " }
        var k = n.range.lowerBound - 1
        while k >= range.lowerBound, n.range.lowerBound - k <= 24, !TextBounds.isClauseEnd(t[k]) {
            for w in distributive where WordMatch.at(t, k, n.range.lowerBound, w) { return true }
            k -= 1
        }
        return false
    }

    /// 百分之八十五, 百分之5, 百分之十到百分之二十 (a range).
    static func readPercentWord(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Match? {
        guard let n = readNumber(t, i + 3, end) else { return nil }
        var m = Match(range: i..<n.range.upperBound, value: .number(n.value), unit: "%", scale: 1, kind: .percent,
                      approximate: n.approximate, unitClass: .percent, chinese: n.chinese, form: .percentWord)
        var k = n.range.upperBound
        if k < end, approxAfter.contains(where: { WordMatch.at(t, k, end, $0) }) { m.approximate = true }
        if i > 0, approxBefore.contains(where: { WordMatch.endsAt(t, i, 0, $0) }),
           !falseFriends.contains(where: { WordMatch.endsAt(t, i, 0, $0) }) { m.approximate = true }
        if k < end, rangeSeparators.contains(t[k]) {
            var s = k + 1
            if WordMatch.at(t, s, end, percentWord) { s += 3 }
            if let n2 = readNumber(t, s, end), n2.value > n.value {
                m.value = .range(n.value, n2.value)
                m.range = i..<n2.range.upperBound
                k = n2.range.upperBound
            }
        }
        return m
    }

    static let perScalars = ScalarBits(MeasureWords.perWords.compactMap { $0.unicodeScalars.first })
    static let loosePerScalars = ScalarBits(MeasureWords.loosePerWords.compactMap { $0.unicodeScalars.first })

    /// The end of `/U` or `每U` at `k` when U is a unit of the table (`/套`, `/年`, `每立方米`).
    static func perUnit(_ t: [Unicode.Scalar], _ k: Int, _ end: Int) -> Int? {
        guard k + 1 < end, perScalars.contains(t[k]), let d = UnitTable.match(t, at: k + 1, end: end) else { return nil }
        // `每年`, `每人` after a figure often start the next phrase (`5次每年` is rare): only a `/`
        // or a `每` before a unit of measure (not a count or time word) joins.
        if loosePerScalars.contains(t[k]), d.unitClass == .count || d.unitClass == .duration { return nil }
        return k + 1 + d.scalars.count
    }

    static let notBeforeNumber = Set(MeasureWords.notBeforeNumber.map { Array($0.unicodeScalars) })
    static let arabicOnlyCounts = Set(MeasureWords.arabicOnlyCounts.map { Array($0.unicodeScalars) })

    /// Rule `rate per scale`: an Arabic figure over a denominator written with a scale word
    /// (`8/10万`, `3.5/万`, `12/100万`, `2/千`) is a rate, like `‰`: the value is kept as
    /// written, the unit is the denominator as written (`/10万`) and `scale` turns the value
    /// into a percentage (`8/10万` → 8 × 0.001 = 0.008%). A denominator without a scale word
    /// (`1/4`, `2021/09`) is left to the fraction and date rules.
    static func perScaleRate(_ t: [Unicode.Scalar], _ first: Number, _ k: Int, _ end: Int) -> Match? {
        guard k + 1 < end, t[k] == "/" else { return nil }
        var d = k + 1
        var digits = 0.0
        var sawDigit = false
        var count = 0
        while d < end, isArabic(t[d]) {
            // A denominator is short (`10万`, `100万`); a long run is something else, and
            // would make the scale 0.
            count += 1
            guard count <= 9 else { return nil }
            digits = digits * 10 + Double(t[d].value - 0x30)
            sawDigit = true
            d += 1
        }
        if sawDigit, digits == 0 { return nil }
        if !sawDigit { digits = 1 }
        guard let p = unitPrefixes.first(where: { WordMatch.at(t, d, end, $0.scalars) }) else { return nil }
        let e = d + p.scalars.count
        // `8/10万人` keeps reading as before; the figure's unit would follow the scale word.
        if e < end, UnitTable.match(t, at: e, end: end) != nil || isArabic(t[e]) || ChineseNumeral.isNumeralScalar(t[e]) { return nil }
        let denominator = digits * p.scale
        return Match(range: first.range.lowerBound..<e, value: .number(first.value),
                     unit: SourceText.utf8String(t[k..<e]), scale: 100 / denominator, kind: .percent,
                     approximate: first.approximate, unitClass: .percent, chinese: false, form: .ratePerScale)
    }

    /// What a form makes of the text after the first number.
    enum Reading {
        /// The form does not apply; the next one in `forms` is asked.
        case notThisForm
        /// The form applies and finds no quantity here (`2021/09/16` is a date): no later form is asked.
        case rejected
        case read(Match)
    }

    typealias FormReader = @Sendable (_ t: [Unicode.Scalar], _ first: Number, _ range: Range<Int>, _ mode: Mode) -> Reading

    /// The forms of what may follow the first number, in the order they are tried; the first
    /// that applies decides. `measured` (range, approximation, unit) applies always.
    static let forms: [(form: QuantityForm, read: FormReader)] = [
        (.fractionWord, readFractionWord),
        (.ratePerScale, readRatePerScale),
        (.slash, readSlash),
        (.discount, readDiscount),
        (.measured, readMeasured),
    ]

    /// Everything after the first number: the first form of `forms` that applies.
    static func complete(_ t: [Unicode.Scalar], _ first: Number, range: Range<Int>, mode: Mode) -> Match? {
        for f in forms {
            switch f.read(t, first, range, mode) {
            case .notThisForm: continue
            case .rejected: return nil
            case .read(let m): return m
            }
        }
        return nil
    }

    static func start(_ first: Number) -> Match {
        Match(range: first.range, value: .number(first.value), unit: nil, scale: 1, kind: .number,
              approximate: first.approximate, unitClass: nil, chinese: first.chinese)
    }

    /// Form `fraction word`: 三分之一, 四百三十二分之2345.
    static func readFractionWord(_ t: [Unicode.Scalar], _ first: Number, _ range: Range<Int>, _ mode: Mode) -> Reading {
        let end = range.upperBound
        let k = first.range.upperBound
        guard WordMatch.at(t, k, end, fractionWord), let den = Optional(first.value), den != 0,
              let num = readNumber(t, k + 2, end) else { return .notThisForm }
        var m = start(first)
        m.value = .number(num.value / den)
        m.kind = .fraction
        m.range = first.range.lowerBound..<num.range.upperBound
        m.form = .fractionWord
        return .read(m)
    }

    /// Form `rate per scale` (`8/10万`): see `perScaleRate`.
    static func readRatePerScale(_ t: [Unicode.Scalar], _ first: Number, _ range: Range<Int>, _ mode: Mode) -> Reading {
        guard !first.chinese, first.trailingScale == nil, let r = perScaleRate(t, first, first.range.upperBound, range.upperBound) else { return .notThisForm }
        return .read(r)
    }

    static let discountWords = WordMatch.scalars(NumberMarks.discountWords)

    /// Form `discount`: one digit, maybe with one decimal, before 折 (`八折`, `一折`, `8.5折`,
    /// `九点五折`) is the share of the price to pay: kind percent, unit 折, scale 10 (八折 → 8 ×
    /// 10 = 80 %). Read outside documents only (`quantities`): the target stage keeps its own
    /// reading, where 折 is no unit. Words that begin with 折 (`折旧`, `折合`) make no discount.
    static func readDiscount(_ t: [Unicode.Scalar], _ first: Number, _ range: Range<Int>, _ mode: Mode) -> Reading {
        let end = range.upperBound
        let k = first.range.upperBound
        guard mode != .document, k < end, t[k] == NumberMarks.discountMark, !first.approximate, first.trailingScale == nil,
              first.value > 0, first.value < 10, digitValue(t[first.range.lowerBound]) != nil,
              first.range.count == 1 || (first.range.count == 3 && digitValue(t[first.range.upperBound - 1]) != nil
                                         && (t[first.range.lowerBound + 1] == "." || t[first.range.lowerBound + 1] == ScaleWords.decimalPoint)),
              !discountWords.contains(where: { WordMatch.at(t, k, end, $0) }) else { return .notThisForm }
        var m = start(first)
        m.range = first.range.lowerBound..<(k + 1)
        m.unit = String(t[k])
        m.scale = 10
        m.kind = .percent
        m.unitClass = .percent
        m.form = .discount
        return .read(m)
    }

    /// Form `slash`: a fraction `1/4` or a ratio `1:10` of two Arabic numbers; a third part
    /// (`2021/09/16`, `17:38:05`) or a zero denominator makes it no quantity at all.
    static func readSlash(_ t: [Unicode.Scalar], _ first: Number, _ range: Range<Int>, _ mode: Mode) -> Reading {
        let end = range.upperBound
        let k = first.range.upperBound
        guard !first.chinese, k + 1 < end, t[k] == "/" || t[k] == ":", isArabic(t[k + 1]),
              let second = readNumber(t, k + 1, end), !second.chinese, second.trailingScale == nil else { return .notThisForm }
        let after = second.range.upperBound
        if after < end, t[after] == t[k] || t[after] == "-" { return .rejected }
        guard second.value != 0 else { return .rejected }
        var m = start(first)
        m.value = .number(first.value / second.value)
        m.kind = t[k] == "/" ? .fraction : .ratio
        m.range = first.range.lowerBound..<after
        m.form = .slash
        return .read(m)
    }

    /// Form `measured`: the number, maybe a second number of a range, approximation words and
    /// a unit (`1—3项`, `3000余万元`, `22.5万元`, `元/套`); then the acceptance rules.
    static func readMeasured(_ t: [Unicode.Scalar], _ first: Number, _ range: Range<Int>, _ mode: Mode) -> Reading {
        guard let m = measured(t, first, range: range, mode: mode) else { return .rejected }
        return .read(m)
    }

    static func measured(_ t: [Unicode.Scalar], _ first: Number, range: Range<Int>, mode: Mode) -> Match? {
        let end = range.upperBound
        var k = first.range.upperBound
        var m = start(first)
        // The first number may carry its own unit (`10%—20%`, `1万元—5万元`).
        var firstUnit: UnitTable.Unit? = nil
        var afterFirst = k
        if let u = UnitTable.match(t, at: k, end: end) {
            firstUnit = u
            afterFirst = k + u.scalars.count
        }
        // Range: 1—3项, 1-2项, 1至2项, 1~2, 一到两项, 1万元--5万元.
        var low: Number? = nil
        var lowFull = first.value
        var last = first
        var sepEnd = afterFirst
        // Rule `inclusive mark`: `1万元(含)至5万元` states that the low end is included, which
        // a range here always is; the mark is read over when a range separator follows it.
        if let after = inclusiveMarkEnd(t, sepEnd, end), after < end, rangeSeparators.contains(t[after]) { sepEnd = after }
        let markEnd = sepEnd
        if sepEnd < end, rangeSeparators.contains(t[sepEnd]) {
            sepEnd += 1
            if sepEnd < end, t[sepEnd] == t[sepEnd - 1], t[sepEnd] == "—" || t[sepEnd] == "-" { sepEnd += 1 }
        }
        // Rule `mixed-script range`: the ends may be written in different scripts (`两~3百日元`,
        // `2至三万元`): the script changes nothing in the reading.
        if sepEnd > markEnd, sepEnd < end, let second = readNumber(t, sepEnd, end) {
            // A scale word on the second end only covers both when the first is written in
            // that scale: 两到三万 = 2万—3万, 十八至三十万.
            var fv = first.value
            if first.trailingScale == nil, let ss = second.trailingScale, fv * ss.scale <= second.value { fv *= ss.scale }
            // Rule `shared place`: a lone digit before a second end that is one digit and a place
            // unit (百, 千, maybe followed by 万/亿) is in that place too: 两到三百 = 200—300,
            // 八到九百亿 = 800亿—900亿. The low end is the high end with its leading digit swapped.
            if let p = sharedPlace(t, first, second) { fv = p }
            var ok = second.value > fv
            // With its own unit, the first end must repeat the second's: 10%—20%, not 5%—2025.
            if let fu = firstUnit {
                let su = UnitTable.match(t, at: second.range.upperBound, end: end)
                if su?.text != fu.text { ok = false }
            }
            // A year-like pair (2023-2025) is a period, handled as a year, never a range.
            if !first.chinese, first.value >= 1900, first.value <= 2100, second.value >= 1900, second.value <= 2100,
               first.range.count == 4 { ok = false }
            if ok {
                low = first
                lowFull = fv
                last = second
                k = second.range.upperBound
            }
        }
        if low == nil { k = first.range.upperBound }
        // Approximation inside: 3000余万元, 60多种, 7万余元.
        var approximate = first.approximate
        // A PDF text layer's blank before 余/多 (`170 余项`) is the blank of `blank before scale`.
        if k + 2 < end, t[k] == " ", approxInside.contains(t[k + 1]),
           UnitTable.match(t, at: k + 2, end: end) != nil || ChineseNumeral.groupUnit(t[k + 2]) != nil { k += 1 }
        if k < end, approxInside.contains(t[k]), k + 1 < end,
           UnitTable.match(t, at: k + 1, end: end) != nil || ChineseNumeral.groupUnit(t[k + 1]) != nil {
            approximate = true
            k += 1
        }
        // Scale words after 余/多 go with the unit: 3000余万元.
        var scaleWord: (scalars: [Unicode.Scalar], scale: Double)? = nil
        var valueDivisor = 1.0
        if approximate, k > last.range.upperBound, k < end, ChineseNumeral.groupUnit(t[k]) != nil {
            for p in unitPrefixes where !p.arabicOnly && WordMatch.at(t, k, end, p.scalars) {
                scaleWord = (p.scalars, p.scale)
                break
            }
        }
        var unitStart = k
        if let sw = scaleWord { unitStart = k + sw.scalars.count }
        var probe = unitStart
        if probe < end, t[probe] == " ", probe + 1 < end, !isArabic(t[probe + 1]) { probe += 1 }
        var unit = UnitTable.match(t, at: probe, end: end)
        // `一对一帮扶`, `1对1`: a relation, not a count of pairs.
        // (The set of arrays is asked last: hashing the unit's scalars after every measured
        // figure cost more than the two scalar tests.)
        if let u = unit, probe + u.scalars.count < end,
           isArabic(t[probe + u.scalars.count]) || ChineseNumeral.isNumeralScalar(t[probe + u.scalars.count]),
           notBeforeNumber.contains(u.scalars) {
            unit = nil
        }
        // `统一部署`, `一部分`: some count words count only after Arabic digits (`推出3部`).
        if let u = unit, last.chinese, arabicOnlyCounts.contains(u.scalars) { unit = nil }
        if unit == nil, scaleWord == nil, last.trailingScale == nil, let d = dayCount(t, first, at: probe, range: range) { unit = d }
        if let u = unit {
            var text = u.text
            var scale = u.scale
            if let sw = scaleWord {
                text = SourceText.utf8String(sw.scalars) + text
                scale *= sw.scale
                k = probe + u.scalars.count
            } else if let ts = last.trailingScale, scaleWord == nil, u.unitClass != .percent, u.unitClass != .percentagePoint,
                      u.unitClass != .multiplier {
                // 22.5万元 → 22.5 万元 ×1e4: the scale word joins the unit as written.
                let sws = Array(t[(last.range.upperBound - ts.length)..<last.range.upperBound])
                text = SourceText.utf8String(sws) + text
                scale *= ts.scale
                valueDivisor = ts.scale
                k = probe + u.scalars.count
            } else {
                k = probe + u.scalars.count
            }
            // Rule `per unit`: `元/套`, `亿吨/年`, `千瓦时/千克`, `微克每立方米`: a unit per another
            // unit is one unit, written as it stands.
            if u.unitClass != .percent, u.unitClass != .percentagePoint, let per = perUnit(t, k, end) {
                text += SourceText.utf8String(t[k..<per])
                k = per
            }
            m.unit = text
            m.scale = scale
            m.unitClass = u.unitClass
            switch u.unitClass {
            case .percent: m.kind = .percent; m.scale = u.scale
            case .percentagePoint: m.kind = .percentagePoint
            case .multiplier: m.kind = .multiplier
            default: m.kind = .number
            }
        } else if scaleWord == nil, let ts = last.trailingScale, let per = perUnit(t, k, end) {
            // `80万/户`: a scale word, then a unit per item; the scale stays in the unit.
            m.unit = SourceText.utf8String(t[(last.range.upperBound - ts.length)..<per])
            m.scale = ts.scale
            m.kind = .number
            valueDivisor = ts.scale
            k = per
        } else if let sw = scaleWord {
            // 3000余万 with no unit after it: the value is the whole amount.
            valueDivisor = 1 / sw.scale
            k = unitStart
        }
        if low != nil {
            m.value = .range(lowFull / valueDivisor, last.value / valueDivisor)
        } else {
            m.value = .number(last.value / valueDivisor)
        }
        if k < end, approxAfter.contains(where: { WordMatch.at(t, k, end, $0) }) { approximate = true }
        var b = first.range.lowerBound - 1
        while b >= range.lowerBound, t[b] == " " { b -= 1 }
        for w in approxBefore where WordMatch.endsAt(t, b + 1, range.lowerBound, w)
            && !falseFriends.contains(where: { WordMatch.endsAt(t, b + 1, range.lowerBound, $0) }) {
            approximate = true
            break
        }
        m.approximate = approximate
        m.range = first.range.lowerBound..<k
        m.possibleLostDash = low == nil && looksLikeLostDash(t, first, unitClass: m.unitClass, range: range)
        m.form = low != nil ? .range : m.unit != nil ? .measured : .bare
        let isRange = low != nil
        return acceptance.allSatisfy({ $0.accepts(t, first, m, isRange, range, mode) }) ? m : nil
    }

    static let withinDays = WordMatch.scalars(NumberMarks.withinDays)
    static let dayUnit = UnitTable.Unit(scalars: [NumberMarks.dayMark], text: String(NumberMarks.dayMark), base: String(NumberMarks.dayMark),
                                        scale: 1, unitClass: .duration)

    /// Rule `day count`: `日` after a number is a date's day (`9月1日`) unless a word of time
    /// allowed follows it (`60日内`, `15日以内`): then the number counts days, a duration, as
    /// `60天内` does. A month mark before the number keeps it a date (`3月15日内`). The look is
    /// one scalar back and one word ahead.
    static func dayCount(_ t: [Unicode.Scalar], _ first: Number, at k: Int, range: Range<Int>) -> UnitTable.Unit? {
        let end = range.upperBound
        guard k + 1 < end, t[k] == NumberMarks.dayMark, withinDays.contains(where: { WordMatch.at(t, k + 1, end, $0) }) else { return nil }
        if first.range.lowerBound > range.lowerBound, t[first.range.lowerBound - 1] == NumberMarks.monthMark { return nil }
        return dayUnit
    }

    static let bareScaleBounds = WordMatch.scalars(Comparators.after.filter { ($0.comparator == .gte || $0.comparator == .lte) && $0.word.count >= 2 }.map(\.word))

    /// Rule `bare scale`: a scale word alone (`千`, `万`; `ScaleWords.bareScales`) is one of its
    /// scale when a count word follows it and then a bound (`千名以上`, `万场以上`, `百家以内`), or
    /// an approximation word and a count (`千余名`): the count needs one of them, so words
    /// that merely hold the character (`千家万户`, `万一`, `万人空巷`) stay out. After a numeral
    /// or digit the scale belongs to that number; after `数`/`几` the count is vague. Looks at
    /// most one scalar back and a count word plus a bound ahead.
    static func bareScale(_ t: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Number? {
        let end = range.upperBound
        guard ScaleWords.bareScales.contains(t[i]), let scale = ChineseNumeral.placeUnit(t[i]) ?? ChineseNumeral.groupUnit(t[i]) else { return nil }
        if i > range.lowerBound {
            let b = t[i - 1]
            if isArabic(b) || ChineseNumeral.isNumeralScalar(b) || ScaleWords.vagueBeforeScale.contains(b) { return nil }
        }
        var k = i + 1
        let approximate = k < end && approxInside.contains(t[k])
        if approximate { k += 1 }
        guard let u = UnitTable.match(t, at: k, end: end), u.unitClass == .count, !arabicOnlyCounts.contains(u.scalars) else { return nil }
        if !approximate {
            let a = k + u.scalars.count
            guard bareScaleBounds.contains(where: { WordMatch.at(t, a, end, $0) }) else { return nil }
        }
        return Number(range: i..<(i + 1), value: scale, chinese: true, approximate: false)
    }

    typealias AcceptanceRule = @Sendable (_ t: [Unicode.Scalar], _ first: Number, _ m: Match, _ isRange: Bool, _ range: Range<Int>, _ mode: Mode) -> Bool

    /// The rules a measured reading must pass, in order (each named by its function).
    static let acceptance: [(name: String, accepts: AcceptanceRule)] = [
        ("quantity-rule.financial-numeral-in-word", acceptsFinancialNumeral),
        ("quantity-rule.numeral-needs-unit", acceptsNumeralInDocument),
        ("quantity-rule.numeral-in-word", acceptsLoneNumeral),
    ]

    /// Rule `financial numeral in a word`: a lone financial numeral is a word part: 队伍, 陆续,
    /// 收拾, 放肆 (大写 numbers are written in full, 伍佰元, never as one character before a
    /// unit). Standing alone (`壹`, nothing Han beside it) it is the number.
    static func acceptsFinancialNumeral(_ t: [Unicode.Scalar], _ first: Number, _ m: Match, _ isRange: Bool, _ range: Range<Int>, _ mode: Mode) -> Bool {
        let k = m.range.upperBound
        let end = range.upperBound
        guard first.chinese, first.range.count == 1, !isRange, ScaleWords.financialForms.contains(t[first.range.lowerBound]) else { return true }
        let hanBefore = first.range.lowerBound > range.lowerBound && CharClass.isHan(t[first.range.lowerBound - 1].value)
        let hanAfter = k < end && CharClass.isHan(t[k].value)
        guard hanBefore || hanAfter else { return true }
        // A form written only as a numeral (叁, 柒), bare, with Han text on one side only
        // (`写法是叁`): the dictionary decides, in rule `numeral in a word`. Glued on both sides
        // (`作好壹切`), before a unit, or a form that words use too (`队伍`, `朝花夕拾`), it stays
        // a word part.
        return m.unit == nil && !(hanBefore && hanAfter) && ScaleWords.numeralOnlyFinancialForms.contains(t[first.range.lowerBound])
    }

    /// Rule `numeral needs a unit`: Chinese numerals stand alone only in lenient mode; in
    /// documents they need a unit.
    static func acceptsNumeralInDocument(_ t: [Unicode.Scalar], _ first: Number, _ m: Match, _ isRange: Bool, _ range: Range<Int>, _ mode: Mode) -> Bool {
        !(mode == .document && first.chinese && m.unit == nil)
    }

    /// Rule `numeral in a word`: even in lenient mode a lone numeral character that the
    /// dictionary puts inside a word is not a number (一切, 四川, 陆地, 收拾).
    static func acceptsLoneNumeral(_ t: [Unicode.Scalar], _ first: Number, _ m: Match, _ isRange: Bool, _ range: Range<Int>, _ mode: Mode) -> Bool {
        let k = m.range.upperBound
        let end = range.upperBound
        if first.chinese, m.unit == nil, !isRange, first.range.count == 1, m.kind == .number {
            // `还有二分之`: a numeral before 分之 is a fraction's denominator, even when the
            // numerator is missing; it is no part of a word (二分).
            if WordMatch.at(t, k, end, fractionWord) { return true }
            // `一对八千`, `一对一`: a numeral before a relation word (对) and another number is a
            // term of the relation (see `notBeforeNumber`), not part of the word 一对.
            for w in notBeforeNumber where WordMatch.at(t, k, end, w) {
                let n = k + w.count
                if n < end, isArabic(t[n]) || ChineseNumeral.isNumeralScalar(t[n]) { return true }
            }
            let a = max(range.lowerBound, first.range.lowerBound - 3)
            let z = min(end, k + 3)
            var s = a
            while s < first.range.lowerBound, !CharClass.isHan(t[s].value) { s += 1 }
            var e = z
            while e > k, !CharClass.isHan(t[e - 1].value) { e -= 1 }
            let b = WordBreaker().boundaries(in: t, range: s..<e)
            if !(b.contains(first.range.lowerBound) && b.contains(k)) { return false }
        }
        return true
    }
}
