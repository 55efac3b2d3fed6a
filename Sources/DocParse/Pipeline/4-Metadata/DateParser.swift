/// Parses the date forms of Chinese government pages into ISO strings.
///
/// `2022-12-16`, `2022/12/16`, `2022.12.16`, `2023年04月28日`, `2021年9月1日`,
/// `二〇二一年九月一日`; `2023年4月` gives `2023-04`. Impossible months or days give nil.
/// A scan over scalars (see `ScalarScan` for why not `Regex`).
enum DateParser {
    typealias S = [Unicode.Scalar]

    /// The numeral ten (`二十八日`): the tens place of the one numeral table.
    static let ten: Unicode.Scalar = NumeralWriting.lowerPlaces[1].unicodeScalars.first!

    /// Digits of a date in Chinese numerals: 零…九 from the numeral table, the other zeros a
    /// year is written with (`二〇二三`, `二○二三`), and 十 (10) for months and days.
    static let hanDigits: [Unicode.Scalar: Int] = {
        var d: [Unicode.Scalar: Int] = [:]
        for (v, w) in NumeralWriting.lowerDigits.enumerated() { d[w.unicodeScalars.first!] = v }
        for z in DateWords.yearZeros { d[z] = 0 }
        d[ten] = 10
        return d
    }()
    /// What may separate year, month and day: `2023-04-28`, `2023/4/28`, `2023.4.28`; the
    /// year mark also ends a year (`2023年4月`).
    static let separators: Set<Unicode.Scalar> = ["-", "/", "."]

    /// The first date in `s` at or after `from`, with its range in `s`.
    static func firstDate(in s: S, from: Int = 0) -> (iso: String, range: Range<Int>)? {
        var i = from
        while i < s.count {
            if let d = numericDate(s, i) ?? hanDate(s, i) { return d }
            i += 1
        }
        return nil
    }

    /// `2023-04-28`, `2023年4月28日`, `2023年4月` at `i`.
    static func numericDate(_ s: S, _ i: Int) -> (iso: String, range: Range<Int>)? {
        let end = s.count
        guard let y = ScalarScan.year(s, i, end) else { return nil }
        var j = ScalarScan.skipBlanks(s, i + 4, end)
        guard j < end, separators.contains(s[j]) || s[j] == DateWords.yearMark else { return nil }
        j = ScalarScan.skipBlanks(s, j + 1, end)
        guard let m = ScalarScan.digits(s, j, end, max: 2), (1...12).contains(m.value) else { return nil }
        j = ScalarScan.skipBlanks(s, m.end, end)
        guard j < end else { return nil }
        if s[j] == DateWords.monthMark {
            let k = ScalarScan.skipBlanks(s, j + 1, end)
            if let d = ScalarScan.digits(s, k, end, max: 2) {
                var e = ScalarScan.skipBlanks(s, d.end, end)
                if e < end, s[e] == DateWords.dayMark || s[e] == DateWords.spokenDayMark {
                    e += 1
                    guard (1...31).contains(d.value) else { return nil }
                    return (iso(y, m.value, d.value), i..<e)
                }
            }
            return (iso(y, m.value, nil), i..<(j + 1))
        }
        guard separators.contains(s[j]) else { return nil }
        j = ScalarScan.skipBlanks(s, j + 1, end)
        guard let d = ScalarScan.digits(s, j, end, max: 2), (1...31).contains(d.value) else { return nil }
        var e = d.end
        let k = ScalarScan.skipBlanks(s, e, end)
        if k < end, s[k] == DateWords.dayMark { e = k + 1 }
        return (iso(y, m.value, d.value), i..<e)
    }

    /// `二〇二一年九月一日`, `二〇二四年三月` at `i`.
    static func hanDate(_ s: S, _ i: Int) -> (iso: String, range: Range<Int>)? {
        let end = s.count
        guard i + 5 < end else { return nil }
        var year = 0
        for k in 0..<4 {
            guard let d = hanDigits[s[i + k]], d < 10 else { return nil }
            year = year * 10 + d
        }
        guard s[i + 4] == DateWords.yearMark else { return nil }
        var j = i + 5
        let ms = j
        while j < end, j - ms < 2, hanDigits[s[j]] != nil { j += 1 }
        guard j > ms, j < end, s[j] == DateWords.monthMark, let month = hanSmall(Array(s[ms..<j])), (1...12).contains(month) else { return nil }
        j += 1
        let ds = j
        while j < end, j - ds < 3, hanDigits[s[j]] != nil { j += 1 }
        if j > ds, j < end, s[j] == DateWords.dayMark, let day = hanSmall(Array(s[ds..<j])), (1...31).contains(day) {
            return (iso(year, month, day), i..<(j + 1))
        }
        return (iso(year, month, nil), i..<ds)
    }

    /// 1…99 written as 九, 十, 十二, 二十, 三十一.
    static func hanSmall(_ cs: [Unicode.Scalar]) -> Int? {
        func d(_ c: Unicode.Scalar) -> Int? { hanDigits[c] }
        if cs.count == 1 { return d(cs[0]) }
        if cs.count == 2, cs[0] == ten { return d(cs[1]).map { 10 + $0 } }
        if cs.count == 2, cs[1] == ten { return d(cs[0]).map { $0 * 10 } }
        if cs.count == 3, cs[1] == ten, let a = d(cs[0]), let b = d(cs[2]) { return a * 10 + b }
        return nil
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int?) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))" + (d.map { "-\(two($0))" } ?? "")
    }
}
