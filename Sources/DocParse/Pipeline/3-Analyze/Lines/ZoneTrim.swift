/// Trimming of lines and segments: blanks and stray `#` at both ends (web captures leave `#`
/// around markers). The line markers of the analysis are read on lines trimmed this way.
enum ZoneTrim {
    static func trim(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, t[lo] == " " || t[lo] == "#" || t[lo] == "\t" { lo += 1 }
        while hi > lo, t[hi - 1] == " " || t[hi - 1] == "#" || t[hi - 1] == "\t" { hi -= 1 }
        return lo..<hi
    }
}
