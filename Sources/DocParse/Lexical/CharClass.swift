/// Scalar classes shared by the rules.
///
/// The tests take a scalar's raw value and use fixed ranges instead of `Character`
/// properties: they run on every scalar of every document, and after normalization the
/// ranges are exact (full-width digits and letters are already ASCII).
///
/// ```swift
/// CharClass.isHan("县".value)               // true
/// CharClass.isChineseNumeral("两".value)    // true
/// ```
public enum CharClass {
    /// ASCII digits `0`–`9` (full-width digits are folded to these by normalization).
    @inline(__always) public static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
    /// ASCII letters `A`–`Z` and `a`–`z`.
    @inline(__always) public static func isLatin(_ v: UInt32) -> Bool { (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
    /// Han characters: the CJK Unified Ideographs block, Extension A, the supplementary
    /// ideographic planes up to the compatibility supplement, and `〇`.
    @inline(__always) public static func isHan(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2FA1F) || v == 0x3007
    }
    /// 零〇一二两三四五六七八九十百千万亿 (and the financial forms 壹贰叁肆伍陆柒捌玖拾佰仟).
    @inline(__always) public static func isChineseNumeral(_ v: UInt32) -> Bool {
        switch v {
        case 0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
             0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF,
             0x58F9, 0x8D30, 0x53C1, 0x8086, 0x4F0D, 0x9646, 0x67D2, 0x634C, 0x7396, 0x62FE, 0x4F70, 0x4EDF:
            return true
        default:
            return false
        }
    }
    /// ASCII punctuation and symbols, CJK symbols and punctuation (U+3000–U+303F), `—`,
    /// `…`, and the full-width forms U+FF01–U+FF0F.
    @inline(__always) public static func isPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0x3000...0x303F, 0x2014, 0x2026, 0xFF01...0xFF0F: return true
        default: return false
        }
    }
}
