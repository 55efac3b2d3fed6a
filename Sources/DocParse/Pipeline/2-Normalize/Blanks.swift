/// Blank handling shared by the rules that cut ranges of normalized text (where every blank
/// form has already been folded to U+0020).
enum Blanks {
    /// `r` without blanks at either end.
    @inline(__always)
    static func trim(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi, t[lo].value == 0x20 { lo += 1 }
        while hi > lo, t[hi - 1].value == 0x20 { hi -= 1 }
        return lo..<hi
    }
}
