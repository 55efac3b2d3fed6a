/// Reads numbers written with Chinese numerals, Arabic digits or a mix of both
/// (`一百二十三`, `三千五百万`, `零点五`, `二〇二五`, `1.2万`, `5万4千6百`), and writes
/// numbers as Chinese numerals (the inverse, used by round-trip tests and `an2cn`-style output).
///
/// Reading works on a short, already delimited run of scalars (the recognizer finds the run in
/// one linear scan); it returns nil for a malformed run (`十百`, `万` alone) so the recognizer
/// can leave it alone.
///
/// ```swift
/// ChineseNumeral.value("三千五百万")   // 35000000
/// ChineseNumeral.value("1.2万")        // 12000
/// ChineseNumeral.value("一万三")       // 13000 (a shortened next place)
/// ChineseNumeral.value("十百")         // nil
/// ```
public enum ChineseNumeral {
    /// The value of one digit character (`两` → 2, `柒` → 7, `〇` → 0, `7` → 7).
    ///
    /// - Parameter c: A scalar.
    /// - Returns: The digit's value 0–9, or nil when `c` is not a digit character.
    @inline(__always)
    public static func digit(_ c: Unicode.Scalar) -> Int? {
        if c.value >= 0x30 && c.value <= 0x39 { return Int(c.value - 0x30) }
        // Most scalars are no numeral at all: one bit test spares them the hash lookup.
        if c.value < 0x10000 && !Tables.isNumeralBMP(c.value) { return nil }
        return Tables.digit[c]
    }

    /// 十/百/千 (and their financial forms) → 10/100/1000.
    ///
    /// - Parameter c: A scalar.
    /// - Returns: The place value, or nil when `c` is not a place unit.
    @inline(__always)
    public static func placeUnit(_ c: Unicode.Scalar) -> Double? {
        // The numeral bit spares most scalars the hash lookup (see `digit`).
        if c.value < 0x10000 && !Tables.isNumeralBMP(c.value) { return nil }
        return Tables.place[c]
    }

    /// 万/亿/兆 → 1e4/1e8/1e12.
    ///
    /// - Parameter c: A scalar.
    /// - Returns: The group value, or nil when `c` is not a group unit.
    @inline(__always)
    public static func groupUnit(_ c: Unicode.Scalar) -> Double? {
        if c.value < 0x10000 && !Tables.isNumeralBMP(c.value) { return nil }
        return Tables.group[c]
    }

    /// True for any character that can be part of a written number (digits, units, 点, 负 excluded).
    ///
    /// - Parameter c: A scalar.
    /// - Returns: Whether `c` is a digit, a place or group unit, or a tens form such as `廿`.
    @inline(__always)
    public static func isNumeralScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x10000 { return Tables.isNumeralBMP(c.value) }
        return Tables.digit[c] != nil || placeUnit(c) != nil || groupUnit(c) != nil || Tables.tens[c] != nil
    }

    enum Tables {
        static let digit: [Unicode.Scalar: Int] = Dictionary(ScaleWords.digits, uniquingKeysWith: { a, _ in a })
        static let place: [Unicode.Scalar: Double] = Dictionary(ScaleWords.placeUnits, uniquingKeysWith: { a, _ in a })
        static let group: [Unicode.Scalar: Double] = Dictionary(ScaleWords.groupUnits, uniquingKeysWith: { a, _ in a })
        static let tens: [Unicode.Scalar: Double] = Dictionary(ScaleWords.tens, uniquingKeysWith: { a, _ in a })

        /// One bit per BMP scalar, set for the ASCII digits and every key of the four tables
        /// above. `QuantityRecognizer.scan` asks `isNumeralScalar` of every scalar of the text;
        /// answering with up to four `Dictionary` lookups (a SipHash each) took 15 % of all
        /// samples of `parsecli batch` over the corpus (`perf record`, 2026-12-05); the bit test
        /// gives the same answers (the tables are read from `ScaleWords`, nothing is copied).
        static let numeralBits: [UInt64] = {
            var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
            let keys = Array(digit.keys) + Array(place.keys) + Array(group.keys) + Array(tens.keys)
                + (0x30...0x39).compactMap(Unicode.Scalar.init)
            for k in keys where k.value < 0x10000 { bits[Int(k.value >> 6)] |= 1 << UInt64(k.value & 63) }
            return bits
        }()

        @inline(__always)
        static func isNumeralBMP(_ v: UInt32) -> Bool {
            numeralBits.withUnsafeBufferPointer { $0[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        }
    }

    /// The value of a whole run, or nil when the run is not a well-formed number.
    ///
    /// - Parameter s: The whole number as written, with an optional leading 负 or `-`.
    /// - Returns: The value, or nil for a malformed run.
    public static func value(_ s: String) -> Double? { value(Array(s.unicodeScalars)) }

    /// The value of a whole run of scalars, or nil when it is not a well-formed number.
    ///
    /// - Parameter run: The scalars of the number, with an optional leading 负, `-` or `—`.
    /// - Returns: The value, or nil for a malformed run.
    public static func value<C: Collection>(_ run: C) -> Double? where C.Element == Unicode.Scalar {
        var s = Array(run)
        var sign = 1.0
        if let f = s.first, f == ScaleWords.minus || f == "-" || f == "—" {
            sign = -1
            s.removeFirst()
        }
        guard !s.isEmpty else { return nil }
        // A Chinese decimal point splits the run; the part after it is read digit by digit and
        // may end with group units (`十二点五万` → 12.5 × 1e4).
        if let p = s.firstIndex(of: ScaleWords.decimalPoint) {
            let intPart = Array(s[..<p])
            var fracPart = Array(s[(p + 1)...])
            var multiplier = 1.0
            while let l = fracPart.last, let g = groupUnit(l) {
                multiplier *= g
                fracPart.removeLast()
            }
            guard !fracPart.isEmpty, let iv = intPart.isEmpty ? nil : integerValue(intPart) else { return nil }
            var frac = 0.0
            var scale = 0.1
            for c in fracPart {
                guard let d = digit(c) else { return nil }
                frac += Double(d) * scale
                scale /= 10
            }
            return sign * (iv + frac) * multiplier
        }
        guard let v = integerValue(s) else { return nil }
        return sign * v
    }

    private enum Piece {
        case num(Double, chinese: Bool)
        case place(Double)
        case group(Double)
        case zero
    }

    /// Splits a run into numbers (Arabic digit runs with `.`/`,`, or single Chinese digits),
    /// place units and group units.
    private static func pieces(_ s: [Unicode.Scalar]) -> [Piece]? {
        var out: [Piece] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if c.value >= 0x30 && c.value <= 0x39 {
                var j = i
                var text = ""
                while j < s.count {
                    let d = s[j]
                    if d.value >= 0x30 && d.value <= 0x39 || d == "." {
                        text.unicodeScalars.append(d)
                    } else if d != "," {
                        break
                    }
                    j += 1
                }
                guard let v = Double(text) else { return nil }
                out.append(.num(v, chinese: false))
                i = j
                continue
            }
            if let d = digit(c) {
                // 零 between two parts marks skipped places; a leading or lone 零 is the digit 0.
                if d == 0, i + 1 < s.count, out.isEmpty, placeUnit(s[i + 1]) != nil {
                    // a leading 零 before a unit (零十) only marks the empty place
                } else if d == 0, !out.isEmpty, i + 1 < s.count {
                    out.append(.zero)
                } else {
                    out.append(.num(Double(d), chinese: true))
                }
            } else if let t = Tables.tens[c] {
                out.append(.num(t / 10, chinese: true))
                out.append(.place(10))
            } else if let p = placeUnit(c) {
                out.append(.place(p))
            } else if let g = groupUnit(c) {
                out.append(.group(g))
            } else {
                return nil
            }
            i += 1
        }
        return out
    }

    private static func integerValue(_ s: [Unicode.Scalar]) -> Double? {
        guard let ps = pieces(s), !ps.isEmpty else { return nil }
        // Digits only: positional (`二〇二五` → 2025, `一二三` → 123).
        if ps.allSatisfy({ if case .num(let v, let ch) = $0 { return !ch || v < 10 } ; if case .zero = $0 { return true }; return false }) {
            var v = 0.0
            for p in ps {
                switch p {
                case .num(let d, let chinese):
                    if chinese { v = v * 10 + d } else {
                        guard ps.count == 1 else { return nil }
                        v = d
                    }
                case .zero: v *= 10
                default: return nil
                }
            }
            return v
        }
        // 百三 = 130, 千三 = 1300: spoken shorthand with the leading 1 and the trailing place left
        // out. Read only when the run is exactly that pair (a place above 十, then one Chinese
        // digit), so a longer run that opens with a bare 百 or 千 (百十一) stays malformed.
        if ps.count == 2, case .place(let u) = ps[0], u == 100 || u == 1000,
           case .num(let d, chinese: true) = ps[1], d >= 1, d < 10 {
            return u + d * u / 10
        }
        var total = 0.0 // completed 亿/兆 groups
        var wan = 0.0 // completed 万 group inside the current 亿
        var section = 0.0 // inside the current 万
        var pending: Double? = nil
        var pendingChinese = false
        var lastPlace = 0.0 // the last place unit used (for 一万三 → 13000)
        var lastGroup = 0.0
        var zeroSeen = false
        var prevWasUnit = false
        var pendingAfterUnit = false
        var closed = false // 10.1万: a decimal times a group unit ends the number
        for p in ps {
            if closed, case .group = p {} else if closed { return nil }
            switch p {
            case .num(let v, let chinese):
                if pending != nil { return nil } // two numbers in a row: 十一一
                pending = v
                pendingChinese = chinese
                pendingAfterUnit = prevWasUnit
                prevWasUnit = false
            case .zero:
                zeroSeen = true
                if pending != nil { return nil }
                prevWasUnit = false
            case .place(let u):
                if lastPlace != 0, u >= lastPlace, section != 0 || pending != nil { return nil } // 十百
                // 十五, 一千零十: only 十 may leave out its 1 (百十一 is malformed).
                guard pending != nil || u == 10 || zeroSeen else { return nil }
                let n = pending ?? 1
                section += n * u
                lastPlace = u
                pending = nil
                zeroSeen = false
                prevWasUnit = true
            case .group(let g):
                if let v = pending, v != v.rounded(), !pendingChinese { closed = true }
                let groupValue = section + (pending ?? 0)
                if g == 1e4 {
                    if groupValue > 0 { wan += groupValue * g } else if wan > 0 { wan *= g } else { return nil }
                } else {
                    let below = wan + groupValue
                    if below > 0 {
                        if g > lastGroup && lastGroup != 0 { total = (total + below) * g } else { total += below * g }
                    } else if total > 0 {
                        total *= g
                    } else {
                        return nil
                    }
                    wan = 0
                }
                section = 0
                pending = nil
                lastPlace = g == 1e4 ? 1e4 : g
                lastGroup = g
                zeroSeen = false
                prevWasUnit = true
            }
        }
        if let v = pending {
            // A digit right after a unit with no 零 between is a shortened next place:
            // 一万三 = 13000, 两千四百五 = 2450, 一百二 = 120.
            if pendingAfterUnit, !zeroSeen, pendingChinese, lastPlace >= 100, v < 10 {
                section += v * lastPlace / 10
            } else {
                section += v
            }
        }
        return total + wan + section
    }
}
