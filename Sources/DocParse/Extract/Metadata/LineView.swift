/// A content line as a `String` with a way back to normalized offsets.
///
/// Metadata rules look at a bounded number of short lines (the head and tail of a
/// document), so working on `String` with regexes there costs nothing measurable, while the
/// hot paths elsewhere stay on scalar arrays.
struct LineView {
    let index: Int
    let range: Range<Int>
    let string: String
    let scalars: [Unicode.Scalar]

    init(_ t: NormalizedText, _ index: Int) {
        self.index = index
        self.range = t.lines[index].range
        self.scalars = Array(t.text[range])
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        self.string = String(v)
    }

    /// Normalized offset of a `String.Index` of `string`.
    func offset(_ i: String.Index) -> Int {
        range.lowerBound + string.unicodeScalars.distance(from: string.unicodeScalars.startIndex, to: i)
    }

    func normalizedRange(_ r: Range<String.Index>) -> Range<Int> { offset(r.lowerBound)..<offset(r.upperBound) }

    /// The line without blanks at either end, as a normalized range.
    var trimmedRange: Range<Int> {
        var lo = 0, hi = scalars.count
        while lo < hi, scalars[lo] == " " { lo += 1 }
        while hi > lo, scalars[hi - 1] == " " { hi -= 1 }
        return (range.lowerBound + lo)..<(range.lowerBound + hi)
    }

    var trimmed: String { string.trimmingBlanks() }
}

extension String {
    func trimmingBlanks() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " { s.removeFirst() }
        while let l = s.last, l == " " { s.removeLast() }
        return String(s)
    }
}
