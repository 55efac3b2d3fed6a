/// A content line of the head or tail of a document, for the metadata rules: its scalars
/// and normalized range, and a `String` built only where a rule compares whole words.
struct LineView {
    let index: Int
    let range: Range<Int>
    let scalars: [Unicode.Scalar]

    init(_ t: NormalizedText, _ index: Int) {
        self.index = index
        self.range = t.lines[index].range
        self.scalars = Array(t.text[range])
    }

    /// The first `limit` scalars of a line: the opening of a text that lost its line breaks,
    /// read without copying the whole line.
    init(_ t: NormalizedText, _ index: Int, prefix limit: Int) {
        self.index = index
        let r = t.lines[index].range
        self.range = r.lowerBound..<min(r.upperBound, r.lowerBound + limit)
        self.scalars = Array(t.text[range])
    }

    /// The line as a `String`, built on demand: most rules scan `scalars`, and building a
    /// string for every head and tail line was half of the metadata stage's cost.
    var string: String { SourceText.utf8String(scalars) }

    /// Length without blanks at either end, without building a string.
    var trimmedCount: Int { trimmedRange.count }

    /// The line without blanks at either end, as a normalized range.
    var trimmedRange: Range<Int> {
        let r = Blanks.trim(scalars, 0..<scalars.count)
        return (range.lowerBound + r.lowerBound)..<(range.lowerBound + r.upperBound)
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
