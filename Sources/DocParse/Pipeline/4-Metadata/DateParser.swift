/// Parses the date forms of Chinese government pages into ISO strings.
///
/// `2022-12-16`, `2022/12/16`, `2022.12.16`, `2023年04月28日`, `2021年9月1日`,
/// `二〇二一年九月一日`; `2023年4月` gives `2023-04`. Impossible months or days give nil.
/// A scan over scalars (see `ScalarScan` for why not `Regex`).
enum DateParser {
    typealias S = [Unicode.Scalar]

    static let hanDigits: [Unicode.Scalar: Int] = ["〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]

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
        guard j < end, "-/.年".unicodeScalars.contains(s[j]) else { return nil }
        j = ScalarScan.skipBlanks(s, j + 1, end)
        guard let m = ScalarScan.digits(s, j, end, max: 2), (1...12).contains(m.value) else { return nil }
        j = ScalarScan.skipBlanks(s, m.end, end)
        guard j < end else { return nil }
        if s[j] == "月" {
            let k = ScalarScan.skipBlanks(s, j + 1, end)
            if let d = ScalarScan.digits(s, k, end, max: 2) {
                var e = ScalarScan.skipBlanks(s, d.end, end)
                if e < end, s[e] == "日" || s[e] == "号" {
                    e += 1
                    guard (1...31).contains(d.value) else { return nil }
                    return (iso(y, m.value, d.value), i..<e)
                }
            }
            return (iso(y, m.value, nil), i..<(j + 1))
        }
        guard "-/.".unicodeScalars.contains(s[j]) else { return nil }
        j = ScalarScan.skipBlanks(s, j + 1, end)
        guard let d = ScalarScan.digits(s, j, end, max: 2), (1...31).contains(d.value) else { return nil }
        var e = d.end
        let k = ScalarScan.skipBlanks(s, e, end)
        if k < end, s[k] == "日" { e = k + 1 }
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
        guard s[i + 4] == "年" else { return nil }
        var j = i + 5
        let ms = j
        while j < end, j - ms < 2, hanDigits[s[j]] != nil { j += 1 }
        guard j > ms, j < end, s[j] == "月", let month = hanSmall(Array(s[ms..<j])), (1...12).contains(month) else { return nil }
        j += 1
        let ds = j
        while j < end, j - ds < 3, hanDigits[s[j]] != nil { j += 1 }
        if j > ds, j < end, s[j] == "日", let day = hanSmall(Array(s[ds..<j])), (1...31).contains(day) {
            return (iso(year, month, day), i..<(j + 1))
        }
        return (iso(year, month, nil), i..<ds)
    }

    /// 1…99 written as 九, 十, 十二, 二十, 三十一.
    static func hanSmall(_ cs: [Unicode.Scalar]) -> Int? {
        func d(_ c: Unicode.Scalar) -> Int? { hanDigits[c] }
        if cs.count == 1 { return d(cs[0]) }
        if cs.count == 2, cs[0] == "十" { return d(cs[1]).map { 10 + $0 } }
        if cs.count == 2, cs[1] == "十" { return d(cs[0]).map { $0 * 10 } }
        if cs.count == 3, cs[1] == "十", let a = d(cs[0]), let b = d(cs[2]) { return a * 10 + b }
        return nil
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int?) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))" + (d.map { "-\(two($0))" } ?? "")
    }
}
