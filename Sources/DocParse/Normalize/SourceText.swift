/// The original decoded text of a document, as Unicode scalars.
///
/// Every span DocParse reports is a half-open range of scalar offsets into this text, so a
/// consumer can cut the fact back out of the original document whatever normalization did.
/// Lines and columns are 1-based; a column counts Unicode scalars (a CJK character is one
/// column), and `\r\n`, `\r` and `\n` each end a line.
public struct SourceText: Sendable {
    /// The decoded scalars, untouched by normalization.
    public let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each line.
    let lineStarts: [Int]

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var starts = [0]
        var i = 0
        let n = scalars.count
        while i < n {
            let v = scalars[i].value
            if v == 0x0A {
                starts.append(i + 1)
            } else if v == 0x0D {
                if i + 1 < n, scalars[i + 1].value == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.lineStarts = starts
    }

    public init(_ string: String) {
        self.init(scalars: Array(string.unicodeScalars))
    }

    public var count: Int { scalars.count }

    /// 1-based line and column of a scalar offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - lineStarts[lo] + 1)
    }

    /// The span for a range of original scalar offsets.
    public func span(_ range: Range<Int>) -> Span {
        let loc = location(of: range.lowerBound)
        return Span(start: range.lowerBound, end: range.upperBound, line: loc.line, column: loc.column)
    }

    /// The original text of a range, as written.
    public func string(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        let lo = max(0, min(range.lowerBound, scalars.count))
        let hi = max(lo, min(range.upperBound, scalars.count))
        s.append(contentsOf: scalars[lo..<hi])
        return String(s)
    }

    /// The whole text of the line holding `offset`, without its line break.
    public func lineText(containing offset: Int) -> String {
        let line = location(of: offset).line
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        while end > start, scalars[end - 1].value == 0x0A || scalars[end - 1].value == 0x0D { end -= 1 }
        return string(start..<end)
    }
}
