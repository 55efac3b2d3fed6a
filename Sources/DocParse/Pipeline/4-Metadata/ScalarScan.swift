/// Hand-written matchers over scalars for the metadata rules.
///
/// Why not `Regex`: a profile of the whole pipeline showed two thirds of its instructions in
/// Swift `Regex` compilation and matching for a few dozen head lines per document; these
/// scans do the same work in a single pass each, with no allocation.
enum ScalarScan {
    typealias S = [Unicode.Scalar]

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    @inline(__always) static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " }
    @inline(__always) static func isHan(_ c: Unicode.Scalar) -> Bool { CharClass.isHan(c.value) }
    @inline(__always) static func isLatin(_ c: Unicode.Scalar) -> Bool { CharClass.isLatin(c.value) }

    static func skipBlanks(_ s: S, _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, isBlank(s[j]) { j += 1 }
        return j
    }

    /// End of `label` written at `i` with any blanks between its characters (`索  引  号`),
    /// followed by blanks, an optional `:` and blanks; nil when it is not there.
    static func label(_ s: S, _ i: Int, _ end: Int, _ label: S) -> Int? {
        var j = i
        for (k, c) in label.enumerated() {
            if k > 0 { j = skipBlanks(s, j, end) }
            guard j < end, s[j] == c else { return nil }
            j += 1
        }
        j = skipBlanks(s, j, end)
        if j < end, s[j] == ":" { j = skipBlanks(s, j + 1, end) }
        // A header table flattened with bars puts the value in the next cell: `名称: | X |`.
        if j < end, s[j] == "|" { j = skipBlanks(s, j + 1, end) }
        return j
    }

    /// True when any of `labels` starts at `i`.
    static func anyLabel(_ s: S, _ i: Int, _ end: Int, _ labels: [S]) -> Bool {
        labels.contains { label(s, i, end, $0) != nil }
    }

    /// A year 1900–2099 written with four digits at `i`.
    static func year(_ s: S, _ i: Int, _ end: Int) -> Int? {
        guard i + 4 <= end, isDigit(s[i]), isDigit(s[i + 1]), isDigit(s[i + 2]), isDigit(s[i + 3]) else { return nil }
        let v = Int(s[i].value - 48) * 1000 + Int(s[i + 1].value - 48) * 100 + Int(s[i + 2].value - 48) * 10 + Int(s[i + 3].value - 48)
        return (1900...2099).contains(v) ? v : nil
    }

    /// Up to `max` digits at `i`: their value and end.
    static func digits(_ s: S, _ i: Int, _ end: Int, max: Int) -> (value: Int, end: Int)? {
        var j = i, v = 0
        while j < end, j - i < max, isDigit(s[j]) { v = v * 10 + Int(s[j].value - 48); j += 1 }
        return j > i ? (v, j) : nil
    }

    /// The mark after a document number: `〔2022〕1号`.
    static let numberMark: Unicode.Scalar = MetadataWords.numberSuffix.unicodeScalars.first!
    /// Between the years of a span: `2023—2025`, `2023至2025` (the one table of year-span
    /// separators; the full-width `～` in it is folded to `~` before any rule reads).
    static let yearDashes: Set<Unicode.Scalar> = DeadlinePhrases.yearSpanSeparators
    static let openBrackets: Set<Unicode.Scalar> = ["〔", "[", "(", "【"]
    static let closeBrackets: Set<Unicode.Scalar> = ["〕", "]", ")", "】"]

    /// End of the `〔2022〕1号` part of a document number whose bracket is at `i`.
    static func numberTail(_ s: S, _ i: Int, _ end: Int, brackets: Set<Unicode.Scalar>) -> Int? {
        guard i < end, brackets.contains(s[i]) else { return nil }
        var j = skipBlanks(s, i + 1, end)
        guard year(s, j, end) != nil else { return nil }
        j = skipBlanks(s, j + 4, end)
        guard j < end, closeBrackets.contains(s[j]) else { return nil }
        j = skipBlanks(s, j + 1, end)
        guard let d = digits(s, j, end, max: 4) else { return nil }
        j = skipBlanks(s, d.end, end)
        guard j < end, s[j] == numberMark else { return nil }
        return j + 1
    }

    /// A document number starting exactly at `i`: `鲁教组发〔2022〕1号` (1–12 Han or Latin
    /// characters, a bracketed year, a number, 号).
    static func documentNumber(at i: Int, _ s: S, _ end: Int) -> Int? {
        var j = i
        while j < end, j - i < 12, isHan(s[j]) || isLatin(s[j]) { j += 1 }
        guard j > i else { return nil }
        return numberTail(s, j, end, brackets: openBrackets)
    }

    /// The first document number in `s` whose issuer part is Han characters (at most 12).
    static func firstDocumentNumber(_ s: S) -> Range<Int>? {
        let end = s.count
        var i = 0
        while i < end {
            if (s[i] == "〔" || s[i] == "[" || s[i] == "【"), i > 0, isHan(s[i - 1]), let e = numberTail(s, i, end, brackets: ["〔", "[", "【"]) {
                var b = i
                while b > 0, i - b < 12, isHan(s[b - 1]) { b -= 1 }
                return b..<e
            }
            i += 1
        }
        return nil
    }

    /// `2023—2025`, `2023年-2025年`, `2023至2025`; damaged `20232025`; else a single `2023年`
    /// with no month after it. The first two need the second year after the first.
    static func period(_ s: S) -> Metadata.Period? {
        let end = s.count
        for i in 0..<end {
            guard let a = year(s, i, end) else { continue }
            var j = skipBlanks(s, i + 4, end)
            if j < end, s[j] == DateWords.yearMark { j = skipBlanks(s, j + 1, end) }
            if j < end, yearDashes.contains(s[j]) {
                j = skipBlanks(s, j + 1, end)
                if let b = year(s, j, end), b >= a, b - a <= 30 { return Metadata.Period(start: a, end: b) }
            }
        }
        for i in 0..<end {
            if let a = year(s, i, end), let b = year(s, i + 4, end), b > a, b - a <= 15 { return Metadata.Period(start: a, end: b) }
        }
        for i in 0..<end {
            guard let a = year(s, i, end) else { continue }
            let j = skipBlanks(s, i + 4, end)
            if j < end, s[j] == DateWords.yearMark {
                // One year named in the title: an annual plan or report (`2023年XX区教育工作要点`).
                if !s[(j + 1)...].contains(DateWords.monthMark) { return Metadata.Period(start: a, end: a) }
                return nil
            }
        }
        return nil
    }

    /// Length of a trailing `(2023—2025年)`, `2023-2025年` or `2023年` (with blanks), to look
    /// past it for the document-kind word; 0 when there is none or it is the whole title.
    static func trailingYears(_ s: S) -> Int {
        var e = s.count
        while e > 0, isBlank(s[e - 1]) { e -= 1 }
        guard e > 0 else { return 0 }
        var start: Int? = nil
        if closeBrackets.contains(s[e - 1]) {
            // A bracket holding a year and at most 12 more characters.
            var b = e - 2
            while b >= 0, e - 2 - b <= 18, !openBrackets.contains(s[b]) { b -= 1 }
            if b >= 0, openBrackets.contains(s[b]) {
                let inner = skipBlanks(s, b + 1, e - 1)
                if year(s, inner, e - 1) != nil, (e - 1) - (inner + 4) <= 12 { start = b }
            }
        } else {
            var j = e
            if s[j - 1] == DateWords.yearMark { j -= 1 }
            while j > 0, isBlank(s[j - 1]) { j -= 1 }
            if j >= 4, year(s, j - 4, j) != nil {
                j -= 4
                var k = j
                while k > 0, isBlank(s[k - 1]) { k -= 1 }
                if k > 0, yearDashes.contains(s[k - 1]) {
                    var m = k - 1
                    while m > 0, isBlank(s[m - 1]) { m -= 1 }
                    if m >= 4, year(s, m - 4, m) != nil { j = m - 4 }
                } else if k >= 4, year(s, k - 4, k) != nil {
                    j = k - 4 // damaged `20232025`
                }
                start = j
            }
        }
        guard let st = start, st > 0 else { return 0 }
        return s.count - st
    }
}
