/// Reading and writing the small numbers of markers: `二十一` ↔ 21, `①` ↔ 1, `a` ↔ 1.
enum ChineseNumerals {
    static func digit(_ v: UInt32) -> Int? {
        switch v {
        case 0x96F6, 0x3007: return 0           // 零 〇
        case 0x4E00, 0x58F9: return 1           // 一 壹
        case 0x4E8C, 0x8D30, 0x4E24: return 2   // 二 贰 两
        case 0x4E09, 0x53C1: return 3           // 三 叁
        case 0x56DB, 0x8086: return 4           // 四 肆
        case 0x4E94, 0x4F0D: return 5           // 五 伍
        case 0x516D, 0x9646: return 6           // 六 陆
        case 0x4E03, 0x67D2: return 7           // 七 柒
        case 0x516B, 0x634C: return 8           // 八 捌
        case 0x4E5D, 0x7396: return 9           // 九 玖
        default: return nil
        }
    }

    /// The value of a Chinese numeral of a marker (up to 999), or nil when it is not a
    /// well-formed number (`十十`, `一二` are not).
    static func value(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty, s.count <= 6 else { return nil }
        var total = 0
        var current: Int? = nil
        var lastUnit = 1000
        for c in s {
            let v = c.value
            if let d = digit(v) {
                // Two digits in a row are malformed (`一二`), except after 零 (`一百零五`).
                if let c = current, c != 0, d != 0 { return nil }
                if current == 0 && d == 0 { return nil }
                current = d
                continue
            }
            let unit: Int
            switch v {
            case 0x5341, 0x62FE: unit = 10   // 十 拾
            case 0x767E, 0x4F70: unit = 100  // 百 佰
            default: return nil
            }
            guard unit < lastUnit else { return nil }
            total += (current ?? 1) * unit
            current = nil
            lastUnit = unit
        }
        total += current ?? 0
        return total > 0 ? total : nil
    }

    /// Arabic digits as a number (at most 4 digits), or nil.
    static func arabic(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty, s.count <= 4 else { return nil }
        var n = 0
        for c in s {
            guard CharClass.isDigit(c.value) else { return nil }
            n = n * 10 + Int(c.value - 0x30)
        }
        return n
    }

    static func format(_ n: Int) -> String {
        let d = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if n <= 0 { return String(n) }
        if n < 10 { return d[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : d[n % 10]) }
        if n < 100 { return d[n / 10] + "十" + (n % 10 == 0 ? "" : d[n % 10]) }
        if n < 1000 {
            let rest = n % 100
            let tail = rest == 0 ? "" : (rest < 10 ? "零" + d[rest] : (rest < 20 ? "一" + format(rest) : format(rest)))
            return d[n / 100] + "百" + tail
        }
        return String(n)
    }

    /// Circled numbers ①…⑳ (U+2460…), ㉑…㉟ (U+3251…), ㊱…㊿ (U+32B1…).
    static func circledValue(_ v: UInt32) -> Int? {
        if v >= 0x2460 && v <= 0x2473 { return Int(v - 0x2460) + 1 }
        if v >= 0x3251 && v <= 0x325F { return Int(v - 0x3251) + 21 }
        if v >= 0x32B1 && v <= 0x32BF { return Int(v - 0x32B1) + 36 }
        return nil
    }

    static func circled(_ n: Int) -> String {
        let v: UInt32
        switch n {
        case 1...20: v = 0x2460 + UInt32(n - 1)
        case 21...35: v = 0x3251 + UInt32(n - 21)
        case 36...50: v = 0x32B1 + UInt32(n - 36)
        default: return "(\(n))"
        }
        return String(Unicode.Scalar(v)!)
    }

    static func latinValue(_ v: UInt32) -> Int? {
        if v >= 0x61 && v <= 0x7A { return Int(v - 0x61) + 1 }
        if v >= 0x41 && v <= 0x5A { return Int(v - 0x41) + 1 }
        return nil
    }

    static func latin(_ n: Int) -> String {
        guard n >= 1 && n <= 26 else { return String(n) }
        return String(Unicode.Scalar(UInt32(0x60 + n))!)
    }
}
