/// Parses the date forms of Chinese government pages into ISO strings.
///
/// `2022-12-16`, `2022/12/16`, `2022.12.16`, `2023年04月28日`, `2021年9月1日`,
/// `二〇二一年九月一日`; `2023年4月` gives `2023-04`. Impossible months or days give nil.
enum DateParser {
    static var numeric: Regex<(Substring, y: Substring, m: Substring, d: Substring?)> { /(?<y>(?:19|20)\d\d)\s*[-\/.年]\s*(?<m>\d{1,2})\s*(?:[-\/.月]\s*(?<d>\d{1,2})\s*日?|月)/ }
    static let hanDigits: [Character: Int] = ["〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]

    /// The first date in `s`, with its range.
    static func firstDate(in s: String) -> (iso: String, range: Range<String.Index>)? {
        if let m = s.firstMatch(of: numeric) {
            guard let y = Int(m.y), let mo = Int(m.m), (1...12).contains(mo) else { return nil }
            if let dStr = m.d {
                guard let d = Int(dStr), (1...31).contains(d) else { return nil }
                return (String(format4(y)) + "-" + two(mo) + "-" + two(d), m.range)
            }
            return (String(format4(y)) + "-" + two(mo), m.range)
        }
        return hanDate(in: s)
    }

    /// `二〇二一年九月一日`.
    static func hanDate(in s: String) -> (iso: String, range: Range<String.Index>)? {
        let re = /(?<y>[〇零○一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?:(?<d>[一二三四五六七八九十]{1,3})日)?/
        guard let m = s.firstMatch(of: re) else { return nil }
        var year = 0
        for c in m.y { year = year * 10 + (hanDigits[c] ?? 0) }
        guard let mo = hanSmall(String(m.m)), (1...12).contains(mo) else { return nil }
        if let dStr = m.d {
            guard let d = hanSmall(String(dStr)), (1...31).contains(d) else { return nil }
            return (format4(year) + "-" + two(mo) + "-" + two(d), m.range)
        }
        return (format4(year) + "-" + two(mo), m.range)
    }

    /// 1…99 written as 九, 十, 十二, 二十, 三十一.
    static func hanSmall(_ s: String) -> Int? {
        let cs = Array(s)
        if cs.count == 1 { return hanDigits[cs[0]] }
        if cs.count == 2, cs[0] == "十" { return 10 + (hanDigits[cs[1]] ?? 0) }
        if cs.count == 2, cs[1] == "十" { return (hanDigits[cs[0]] ?? 0) * 10 }
        if cs.count == 3, cs[1] == "十" { return (hanDigits[cs[0]] ?? 0) * 10 + (hanDigits[cs[2]] ?? 0) }
        return nil
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func format4(_ n: Int) -> String { String(n) }
}
