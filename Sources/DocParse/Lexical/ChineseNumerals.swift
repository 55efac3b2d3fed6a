/// Reading and writing the small numbers of markers: `二十一` ↔ 21, `①` ↔ 1, `a` ↔ 1.
enum ChineseNumerals {
    /// The digit characters of the one numeral table (`ScaleWords.digits`) that can stand in a
    /// marker: those `CharClass` counts as numerals (`幺`, `俩`, `陸` open no marker).
    static let digits: [UInt32: Int] = Dictionary(uniqueKeysWithValues: ScaleWords.digits
        .filter { CharClass.isChineseNumeral($0.0.value) }.map { ($0.0.value, $0.1) })
    /// The place characters a marker number uses (十 拾 百 佰: markers stay below 1000).
    static let places: [UInt32: Int] = Dictionary(uniqueKeysWithValues: ScaleWords.placeUnits
        .filter { $0.1 < 1000 }.map { ($0.0.value, Int($0.1)) })

    static func digit(_ v: UInt32) -> Int? { digits[v] }

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
            guard let unit = places[v] else { return nil }
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

    /// A marker's number in Chinese numerals (`21` → 二十一, `105` → 一百零五), up to 999;
    /// the digits and places are those of `NumeralWriting`, shared with `ChineseNumeralWriter`.
    static func format(_ n: Int) -> String {
        let d = NumeralWriting.lowerDigits
        let ten = NumeralWriting.lowerPlaces[1], hundred = NumeralWriting.lowerPlaces[2]
        if n <= 0 { return String(n) }
        if n < 10 { return d[n] }
        if n < 20 { return ten + (n % 10 == 0 ? "" : d[n % 10]) }
        if n < 100 { return d[n / 10] + ten + (n % 10 == 0 ? "" : d[n % 10]) }
        if n < 1000 {
            let rest = n % 100
            let tail = rest == 0 ? "" : (rest < 10 ? d[0] + d[rest] : (rest < 20 ? d[1] + format(rest) : format(rest)))
            return d[n / 100] + hundred + tail
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
