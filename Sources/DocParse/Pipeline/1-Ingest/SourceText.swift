/// The original decoded text of a document, as Unicode scalars.
///
/// Every span DocParse reports is a half-open range of scalar offsets into this text, so a
/// consumer can cut the fact back out of the original document whatever normalization did.
/// Lines and columns are 1-based; a column counts Unicode scalars (a CJK character is one
/// column), and `\r\n`, `\r` and `\n` each end a line.
///
/// Scalars rather than `String` indices or UTF-8 offsets, because scalar offsets are the
/// same in every language a consumer may use (Python's `str` indexes scalars too), and a
/// CJK character is one unit.
///
/// ```swift
/// let src = SourceText("一、总体要求\n到2025年，普惠性幼儿园占比达到90%。")
/// print(src.location(of: 7))        // (line: 2, column: 1)
/// print(src.string(14..<22))        // 普惠性幼儿园占比
/// ```
public struct SourceText: Sendable {
    /// The decoded scalars, untouched by normalization.
    public let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each line.
    let lineStarts: [Int]
    /// For text extracted from a PDF: the offset where each page's stretch starts and its
    /// page number, in text order; empty for formats without pages.
    let pageStarts: [(start: Int, number: Int)]

    /// Creates the text from decoded scalars and indexes its line starts.
    ///
    /// - Parameters:
    ///   - scalars: The decoded document, as ``TextDecoder`` returns it, or the text a
    ///     reader extracted.
    ///   - pages: A PDF's page stretches (``SourceInfo/pages``); every span made by
    ///     ``span(_:)`` then carries the page its start lies on.
    public init(scalars: [Unicode.Scalar], pages: [PageRange]? = nil) {
        self.scalars = scalars
        self.pageStarts = (pages ?? []).map { (start: $0.start, number: $0.number) }.sorted { $0.start < $1.start }
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

    /// Creates the text from a string's Unicode scalars.
    ///
    /// - Parameter string: The document's text.
    public init(_ string: String) {
        self.init(scalars: Array(string.unicodeScalars))
    }

    /// The number of scalars (the upper bound of offsets).
    public var count: Int { scalars.count }

    /// 1-based line and column of a scalar offset.
    ///
    /// - Parameter offset: A scalar offset; an offset on a line break belongs to the line it ends.
    /// - Returns: The line and the column, both counted from 1.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let lo = lineStarts.lastIndex(keyAtMost: offset) { $0 }
        return (lo + 1, offset - lineStarts[lo] + 1)
    }

    /// The span for a range of original scalar offsets.
    ///
    /// - Parameter range: Original scalar offsets.
    /// - Returns: A span with the range and the line and column of its start.
    public func span(_ range: Range<Int>) -> Span {
        let loc = location(of: range.lowerBound)
        return Span(start: range.lowerBound, end: range.upperBound, line: loc.line, column: loc.column,
                    page: page(of: range.lowerBound))
    }

    /// The 1-based page of a scalar offset in text extracted from a PDF: the last page whose
    /// stretch starts at or before it (text joined across a page break stays on the page where
    /// its sentence began). Nil for formats without pages.
    ///
    /// - Parameter offset: A scalar offset.
    /// - Returns: The page number, or nil.
    public func page(of offset: Int) -> Int? {
        guard !pageStarts.isEmpty else { return nil }
        // Before the first stretch: the first page.
        return pageStarts[pageStarts.lastIndex(keyAtMost: offset) { $0.start }].number
    }

    /// The original text of a range, as written.
    ///
    /// - Parameter range: Original scalar offsets; clamped to the text, so a stale span
    ///   gives a shorter string rather than a trap.
    /// - Returns: The scalars of the range as a string.
    public func string(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, scalars.count))
        let hi = max(lo, min(range.upperBound, scalars.count))
        return Self.utf8String(scalars[lo..<hi])
    }

    /// A string of scalars, UTF-8 encoded straight into the string's own storage.
    ///
    /// `String.UnicodeScalarView.append(contentsOf:)` encodes and appends one scalar at a time
    /// (a capacity check and a bridge each): with the node titles and texts, spans' texts and
    /// unit names cut this way it took 12.5 % of all samples of `parsecli batch` over the corpus
    /// (`perf record`, 2026-12-05). Scalars are valid by construction, so the bytes are the
    /// same the view would write.
    static func utf8String(_ run: [Unicode.Scalar]) -> String { utf8String(run[...]) }

    static func utf8String(_ run: ArraySlice<Unicode.Scalar>) -> String {
        if run.isEmpty { return "" }
        return run.withUnsafeBufferPointer { src in
            // The exact UTF-8 length first: a string keeps the capacity it was made with, and
            // four bytes per scalar left a third of every Han fact's storage unused (the 8 MB
            // one-line document of targets held 123 000 target texts and indicators so).
            var bytes = src.count
            for c in src {
                let v = c.value
                bytes += (v >= 0x80 ? 1 : 0) + (v >= 0x800 ? 1 : 0) + (v >= 0x10000 ? 1 : 0)
            }
            return String(unsafeUninitializedCapacity: bytes) { dst in
                var n = 0
                for c in src {
                    let v = c.value
                    if v < 0x80 {
                        dst[n] = UInt8(v); n += 1
                    } else if v < 0x800 {
                        dst[n] = UInt8(0xC0 | (v >> 6)); dst[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                    } else if v < 0x10000 {
                        dst[n] = UInt8(0xE0 | (v >> 12)); dst[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                        dst[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                    } else {
                        dst[n] = UInt8(0xF0 | (v >> 18)); dst[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                        dst[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); dst[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                    }
                }
                return n
            }
        }
    }

    /// The whole text of the line holding `offset`, without its line break.
    ///
    /// - Parameter offset: A scalar offset.
    /// - Returns: The line's text.
    public func lineText(containing offset: Int) -> String {
        let line = location(of: offset).line
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        while end > start, scalars[end - 1].value == 0x0A || scalars[end - 1].value == 0x0D { end -= 1 }
        return string(start..<end)
    }
}
