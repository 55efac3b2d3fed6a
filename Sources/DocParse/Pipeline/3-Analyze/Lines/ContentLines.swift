/// Neighbouring content lines and trimmed cells, as the table, attribution and reference
/// readers walk them.
///
/// A boilerplate line (site furniture zoned by the normalizer) between two lines means they do
/// not belong together, so the walk stops there instead of skipping it.
enum ContentLines {
    /// The nearest content line before line `li`, nil past a boilerplate line or the start.
    static func previous(_ text: NormalizedText, before li: Int) -> Int? {
        var k = li - 1
        while k >= 0 {
            if text.lines[k].zone == .content { return k }
            if text.lines[k].zone == .boilerplate { return nil }
            k -= 1
        }
        return nil
    }

    /// The nearest content line after line `li`, nil past a boilerplate line or the end.
    static func next(_ text: NormalizedText, after li: Int) -> Int? {
        var k = li + 1
        while k < text.lines.count {
            if text.lines[k].zone == .content { return k }
            if text.lines[k].zone == .boilerplate { return nil }
            k += 1
        }
        return nil
    }

    /// `r` without the blanks and list separators at either end.
    static func trimmed(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi, UnitListSplitter.isSeparator(t[lo].value) { lo += 1 }
        while hi > lo, UnitListSplitter.isSeparator(t[hi - 1].value) { hi -= 1 }
        return lo..<hi
    }
}
