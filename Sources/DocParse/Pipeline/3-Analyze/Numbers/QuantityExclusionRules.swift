/// Numbers that are not quantities. Each rule is named (the name is what tests and
/// `parsecli quantities --explain` style tools refer to) and tested in `ExclusionTests`.
///
/// - `code`: a digit run inside an identifier: index numbers (`6107000033/2024-000016`),
///   e-mail (`hzjjk2023@163.com`), licence numbers, `IPv6`, `5G`, policy codes joined by `+`
///   (`5+2`, `1+X`, `1+3+N`), quoted numbers (`“5115”`), numbers of seven or more digits
///   without a unit (telephone, fax), numbers with a leading zero (`0916`), numbers after a
///   telephone label.
/// - `year`: `2023年`, `2023-06-02`, `2023—2025`, `〔2022〕`, `二〇二五年`, a bare 19xx/20xx,
///   and `20232025年` (two years whose dash was lost).
/// - `date`: `9月`, `1日`, `17:38`.
/// - `label`: numbers followed by 号/楼/等奖/级/届/是 (document, street and building numbers,
///   ranks, `一是` enumerators).
/// - `ordinal`: numbers after 第 (`第二`, `第3批`).
/// - `name`: counts inside fixed names (`三个课堂`, `两个只增不减`, `一校一案`, `四个一`), a count
///   that opens a short quoted name (`“五个评价”`), and counts before programme words
///   (`三年行动计划`).
enum QuantityExclusionRules {
    static let planPrefix = DeadlinePhrases.planPrefix.unicodeScalars.first!
    static let planSuffix = DeadlinePhrases.planSuffix.unicodeScalars.first!

    /// Rule `plan name`: `十四五`, `十三五` name five-year plans (十 + the plan's last digit + 五),
    /// never the numbers 145 or 45; the end of the name when one starts at `i`.
    static func planNameEnd(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        guard i + 2 < end, t[i] == planPrefix, let d = ChineseNumeral.digit(t[i + 1]), d >= 1, t[i + 2] == planSuffix else { return nil }
        // `十五五` is a plan too, but `一百一十五五个` is not: the plan name stands after no numeral.
        if i > 0, ChineseNumeral.isNumeralScalar(t[i - 1]) { return nil }
        return i + 3
    }

    static let fixedNames: [Unicode.Scalar: [[Unicode.Scalar]]] = {
        var d: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for w in WordMatch.scalars(QuantityExclusions.fixedNames) { d[w[0], default: []].append(w) }
        return d
    }()
    static let labelSuffixes = WordMatch.scalars(QuantityExclusions.labelSuffixes)
    static let ordinalPrefixes = WordMatch.scalars(QuantityExclusions.ordinalPrefixes)
    static let nameWords = WordMatch.scalars(QuantityExclusions.nameWordsAfterCount)
    static let phoneLabels = WordMatch.scalars(QuantityExclusions.phoneLabels)
    static let dateUnits = WordMatch.scalars(QuantityExclusions.dateUnits)

    /// How far ahead the closing-quote rule looks for the quote that closes a name the figure
    /// counts (scalars): bounded, so a line of quoted figures costs linear time.
    static let quoteLookAhead = 24

    @inline(__always) static func isArabic(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    @inline(__always) static func isCodeScalar(_ c: Unicode.Scalar) -> Bool {
        isArabic(c) || CharClass.isLatin(c.value) || c == "@" || c == "_" || c == "/" || c == "-" || c == "." || c == "+"
    }

    /// The end of the identifier-like run containing `i` (digits, Latin letters, `@ _ / - . +`).
    static func codeEnd(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, isCodeScalar(t[j]) { j += 1 }
        while j > i + 1, !isArabic(t[j - 1]) && !CharClass.isLatin(t[j - 1].value) { j -= 1 }
        return max(j, i + 1)
    }

    /// Rule `code`: when the run starting at digit `i` is an identifier, its end.
    static func codeTokenEnd(_ t: [Unicode.Scalar], _ i: Int, _ end: Int, _ start: Int) -> Int? {
        let j = codeEnd(t, i, end)
        var letters = 0
        var at = false
        var plus = false
        var seps = 0
        var firstLetter = -1
        for k in i..<j {
            let c = t[k]
            if CharClass.isLatin(c.value) { letters += 1; if firstLetter < 0 { firstLetter = k } }
            if c == "@" || c == "_" { at = true }
            if c == "+" { plus = true }
            if c == "/" || c == "-" { seps += 1 }
        }
        if at || plus || seps >= 2 { return j }
        if i > start, t[i - 1] == "+" { return j }
        if letters > 0 {
            // Digits followed by a Latin unit (`40km`) are a quantity; any other mix is a code.
            if let u = UnitTable.match(t, at: firstLetter, end: end), firstLetter + u.scalars.count == j,
               (i..<firstLetter).allSatisfy({ isArabic(t[$0]) || t[$0] == "." }) {
                return nil
            }
            return j
        }
        // Leading zero (0916, 00145), but not 0.5.
        if t[i] == "0", i + 1 < end, isArabic(t[i + 1]) { return j }
        // Seven or more digits in a row with no unit after them: telephone, fax, licence numbers.
        var d = i
        while d < end, isArabic(t[d]) { d += 1 }
        if d - i >= 7, UnitTable.match(t, at: d, end: end) == nil, !(d < end && (t[d] == ScaleWords.yearMark || ChineseNumeral.groupUnit(t[d]) != nil)) {
            if d - i == 8, isYearPair(t, i) { return nil }
            return j
        }
        // A number after a telephone label.
        var b = i - 1
        while b >= start, t[b] == " " || t[b] == ":" || t[b] == "(" || t[b] == ")" { b -= 1 }
        if b >= start {
            for w in phoneLabels where WordMatch.endsAt(t, b + 1, start, w) { return j }
            if t[b] == ")", b - 1 >= start { for w in phoneLabels where WordMatch.endsAt(t, b, start, w) { return j } }
        }
        return nil
    }

    /// Rule `date` (clock time): the end of a time of day starting at digit `i`: one or two
    /// digits, then one or two `:` and two digits, with three parts (`17:38:05`) or a leading
    /// zero (`08:15`); a ratio (`1:10`, `3:2`) has neither. Nil when no clock time starts here.
    static func clockEnd(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        var k = i
        while k < end, k - i < 3, isArabic(t[k]) { k += 1 }
        let head = k - i
        guard head == 1 || head == 2 else { return nil }
        var parts = 1
        while parts < 3, k + 2 < end, t[k] == ":", isArabic(t[k + 1]), isArabic(t[k + 2]) {
            k += 3
            parts += 1
        }
        guard parts >= 2, !(k < end && (isArabic(t[k]) || t[k] == ":")) else { return nil }
        return parts == 3 || (head == 2 && t[i] == "0") ? k : nil
    }

    /// `20232025`: two years written together after their dash was lost.
    static func isYearPair(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
        // Eight Arabic digits, checked here: a number's range may hold a sign or a separator
        // (`-2551994年`), which the subtraction below would take below zero (a fuzzer find).
        guard i >= 0, i + 8 <= t.count, (i..<(i + 8)).allSatisfy({ isArabic(t[$0]) }) else { return false }
        func num(_ a: Int, _ n: Int) -> Int { var v = 0; for k in a..<(a + n) { v = v * 10 + Int(t[k].value - 0x30) }; return v }
        let a = num(i, 4)
        let b = num(i + 4, 4)
        return a >= 1900 && a <= 2100 && b >= a && b - a <= 20
    }

    /// Rule `name`: the length of a fixed name (or `一X一Y`, `N个一`) starting at `i`.
    /// The first scalars of `fixedNames`: asked at every quantity start, most open no name, and
    /// the bit test spares them the hash lookup (`fixedNameLength` was 0.5 % of all samples of
    /// `parsecli batch` over the corpus, `perf record`, 2026-12-05).
    static let fixedNameFirsts = ScalarBits(fixedNames.keys)

    static func fixedNameLength(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        if fixedNameFirsts.contains(t[i]), let names = fixedNames[t[i]] {
            for w in names where WordMatch.at(t, i, end, w) { return w.count }
        }
        // 一校一案, 一县一策, 一人一档: 一 X 一 Y with X, Y not numerals.
        if t[i] == NumberMarks.one, i + 3 < end, t[i + 2] == NumberMarks.one, CharClass.isHan(t[i + 1].value), CharClass.isHan(t[i + 3].value),
           !ChineseNumeral.isNumeralScalar(t[i + 1]), !ChineseNumeral.isNumeralScalar(t[i + 3]) {
            return 4
        }
        // 四个一, 五个一: a count of 一-slogans.
        if ChineseNumeral.digit(t[i]) != nil, i + 2 < end, t[i + 1] == NumberMarks.countWord, t[i + 2] == NumberMarks.one { return 3 }
        return nil
    }

    /// Rules `year`, `date`, `label`, `ordinal`, `name` and `code` (quoted numbers) on a match:
    /// the rule that sets the number apart from the quantities, as its role, or nil for a quantity.
    static func excluded(_ t: [Unicode.Scalar], _ m: QuantityRecognizer.Match, first: QuantityRecognizer.Number,
                         range: Range<Int>) -> Quantity.Role? {
        let start = range.lowerBound
        let end = range.upperBound
        let s = m.range.lowerBound
        let e = m.range.upperBound
        let numEnd = first.range.upperBound
        var before = s - 1
        while before >= start, t[before] == " " { before -= 1 }
        // ordinal: 第二, 第3批
        for w in ordinalPrefixes where WordMatch.endsAt(t, s, start, w) { return .ordinal }
        if !first.chinese {
            let digits = first.range.count
            let isInt = !t[first.range].contains(".")
            // year: 2023年, 2023-06-02, 2023—2025, 〔2022〕, bare 2023
            if digits == 4, isInt, first.value >= 1900, first.value <= 2100 {
                if numEnd < end, NumberMarks.afterYearDigits.contains(t[numEnd]) { return .year }
                if m.unit == nil { return .year }
            }
            if digits == 8, isInt, numEnd < end, t[numEnd] == ScaleWords.yearMark, isYearPair(t, first.range.lowerBound) { return .year }
            if before >= start, t[before] == "〔" || t[before] == "[" { return .year }
            // date: 9月, 1日, 17:38
            if m.unit == nil { for w in dateUnits where WordMatch.at(t, numEnd, end, w) { return .date } }
            if m.kind == .ratio, before >= start, t[before] == NumberMarks.dayMark || isArabic(t[before]) { return .date }
            // ordinal: a list number: `5.健全…`, `2、`, `(1)`, `1推进…` at a line start (dot lost).
            if m.unit == nil, m.kind == .number, first.range.count <= 3, isInt {
                if numEnd + 1 < end, t[numEnd] == "." || t[numEnd] == "、" || t[numEnd] == ")", !isArabic(t[numEnd + 1]) { return .ordinal }
                if before >= start, t[before] == "(", numEnd < end, t[numEnd] == ")" { return .ordinal }
                if e == numEnd, numEnd < end, CharClass.isHan(t[numEnd].value), before < start || t[before] == "\n" { return .ordinal }
            }
            // code: a version label `教育信息化2.0`: a bare N.0 glued to the word before it.
            if m.unit == nil, !isInt, before == s - 1, before >= start, CharClass.isHan(t[before].value) || CharClass.isLatin(t[before].value),
               numEnd >= 2, t[numEnd - 1] == "0", t[numEnd - 2] == "." { return .code }
            // code: a number alone in quotes (“5115”, “4226”)
            if m.unit == nil, before >= start, t[before] == "\"", e < end, t[e] == "\"" { return .code }
        } else {
            // year and date in Chinese numerals: 二〇二五年, 九月
            if numEnd < end, t[numEnd] == ScaleWords.yearMark, first.range.count == 4,
               t[first.range].allSatisfy({ ChineseNumeral.digit($0) != nil }) { return .year }
            if m.unit == nil { for w in dateUnits where WordMatch.at(t, numEnd, end, w) { return .date } }
        }
        // label: 43号, 1号楼, 一等奖, 三级, 一是
        for w in labelSuffixes where WordMatch.at(t, numEnd, end, w) { return .label }
        if m.unit != nil { for w in labelSuffixes where w.count == 1 && w[0] == NumberMarks.rankMark && WordMatch.at(t, e, end, w) { return .label } }
        // name: “五个评价”: a count opening a short quoted name; 三年行动计划
        if m.kind == .number, m.unit != nil, before >= start, t[before] == "\"" {
            var k = e
            while k < end, k - e <= 8, t[k] != "\"", !CharClass.isPunctuation(t[k].value) { k += 1 }
            if k < end, t[k] == "\"" { return .name }
        }
        // name: a figure right before a closing quote is the end of a quoted name (`200米”安全带`,
        // whose opening quote was lost). Normalization writes both quotes as `"`, so a quote with
        // no quote just before the figure closes a name unless another quote follows it in the
        // clause: then it opens a name that the figure counts (`新增23个“一件事”事项`).
        if m.unit != nil, e < end, t[e] == "\"", e + 1 < end, CharClass.isHan(t[e + 1].value), before >= start, t[before] != "\"" {
            var k = s - 1
            var open = false
            while k >= start, s - k <= 12, !TextBounds.isClauseEnd(t[k]) { if t[k] == "\"" { open = true; break }; k -= 1 }
            if !open {
                var a = e + 1
                var paired = false
                while a < end, a - e <= quoteLookAhead, !TextBounds.isClauseEnd(t[a]) { if t[a] == "\"" { paired = true; break }; a += 1 }
                if !paired { return .name }
            }
        }
        if first.chinese, m.unitClass == .duration || m.unitClass == .count {
            for w in nameWords where WordMatch.at(t, e, end, w) { return .name }
        }
        return nil
    }
}
