/// Writes numbers as Chinese numerals: the inverse of `ChineseNumeral.value`.
///
/// `lower` uses 一二三…十百千, `financial` uses 壹贰叁…拾佰仟 (大写, as on cheques);
/// `digits` writes each digit (`2025` → 二零二五). Groups of four digits take 万/亿 (`1e13` →
/// 十万亿); a skipped place inside a number is one 零 (`1000054` → 一百万零五十四).
///
/// DocParse itself never writes numerals into its output; the writer exists so that the
/// reader can be tested by round trip (write a number, read it back) over millions of values,
/// and for tools that show a figure the way a Chinese document would.
///
/// ```swift
/// ChineseNumeralWriter.write(1_000_054)                       // 一百万零五十四
/// ChineseNumeralWriter.write(2025, style: .digits)            // 二零二五
/// ChineseNumeralWriter.write(decimal: "12.50", style: .financial)  // 壹拾贰点伍零
/// ```
public enum ChineseNumeralWriter {
    /// Which characters to write.
    public enum Style: Sendable {
        /// Everyday numerals with places: 一二三…十百千, and 十五 rather than 一十五.
        case lower
        /// 大写 numerals as on cheques and contracts: 壹贰叁…拾佰仟, always with the leading 壹.
        case financial
        /// One numeral per Arabic digit, no places: `2025` → 二零二五.
        case digits
    }

    static let lowerDigits = NumeralWriting.lowerDigits
    static let upperDigits = NumeralWriting.upperDigits
    static let lowerPlaces = NumeralWriting.lowerPlaces
    static let upperPlaces = NumeralWriting.upperPlaces

    /// Writes an integer (|n| < 1e16).
    ///
    /// - Parameters:
    ///   - n: The number; negative numbers get a leading 负.
    ///   - style: The characters to use.
    /// - Returns: The number in Chinese numerals.
    public static func write(_ n: Int64, style: Style = .lower) -> String {
        if n < 0 { return NumeralWriting.minus + write(-n, style: style) }
        let ds = style == .financial ? upperDigits : lowerDigits
        if style == .digits { return String(n).map { ds[$0.wholeNumberValue ?? 0] }.joined() }
        if n == 0 { return ds[0] }
        let places = style == .financial ? upperPlaces : lowerPlaces
        return below(n, ds, places, leading: true, lower: style == .lower)
    }

    /// Writes 1 ≤ n: a part above 亿 (written the same way, recursively), 亿, then the rest;
    /// one 零 marks skipped places (`一亿零一`, `一百万零五十四`).
    static func below(_ n: Int64, _ ds: [String], _ places: [String], leading: Bool, lower: Bool) -> String {
        if n >= 100_000_000 {
            let high = n / 100_000_000
            let low = n % 100_000_000
            var s = below(high, ds, places, leading: leading, lower: lower) + NumeralWriting.hundredMillion
            if low > 0 { s += (low < 10_000_000 ? ds[0] : "") + below(low, ds, places, leading: false, lower: lower) }
            return s
        }
        if n >= 10_000 {
            let high = n / 10_000
            let low = n % 10_000
            var s = group(Int(high), ds, places, leading: leading, lower: lower) + NumeralWriting.tenThousand
            if low > 0 { s += (low < 1000 ? ds[0] : "") + group(Int(low), ds, places, leading: false, lower: lower) }
            return s
        }
        return group(Int(n), ds, places, leading: leading, lower: lower)
    }

    /// Writes 1…9999; `leading` drops the 一 of a leading 十 in lower style (十五, not 一十五).
    static func group(_ g: Int, _ ds: [String], _ places: [String], leading: Bool, lower: Bool) -> String {
        var gs = ""
        var zero = false
        var pow = 1000
        for p in stride(from: 3, through: 0, by: -1) {
            let d = (g / pow) % 10
            pow /= 10
            if d == 0 {
                if !gs.isEmpty { zero = true }
                continue
            }
            if zero { gs += ds[0]; zero = false }
            if !(lower && leading && gs.isEmpty && p == 1 && d == 1) { gs += ds[d] }
            gs += places[p]
        }
        return gs
    }

    /// Writes a decimal given as its digit string (`"1000054.4321"`), keeping the written
    /// fraction digits (`"12.0"` → 十二点零).
    ///
    /// - Parameters:
    ///   - text: ASCII digits with an optional leading `-` and one `.`.
    ///   - style: The characters to use; fraction digits are always written one by one.
    /// - Returns: The number in Chinese numerals, or nil when `text` is not such a decimal or
    ///   its integer part has 17 digits or more.
    public static func write(decimal text: String, style: Style = .lower) -> String? {
        var t = Substring(text)
        var neg = false
        if t.hasPrefix("-") { neg = true; t = t.dropFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts[0].count < 17, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let ip = Int64(parts[0].isEmpty ? "0" : String(parts[0])), ip < 10_000_000_000_000_000 else { return nil }
        // Digit by digit keeps the digits as written, leading zeros included (`012` → 零一二).
        var s = style == .digits ? parts[0].map { lowerDigits[$0.wholeNumberValue ?? 0] }.joined() : write(ip, style: style)
        if parts.count == 2 {
            let ds = style == .financial ? upperDigits : lowerDigits
            guard !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            s += NumeralWriting.point + parts[1].map { ds[$0.wholeNumberValue ?? 0] }.joined()
        }
        return neg ? NumeralWriting.minus + s : s
    }
}
