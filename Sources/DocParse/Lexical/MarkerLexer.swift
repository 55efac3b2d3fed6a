/// Recognizes the surface of a list marker at a position: the shape only, not whether the
/// sequence accepts it (that is the outline engine's job).
///
/// Shapes, most specific first: `第一章/节/条/部分`, bracketed `(一)` `(1)` `〔一〕` `(a)`,
/// circled `①`…`⑳`, parenthesized `⑴`…`⒇`, full-stop `⒈`…`⒛`, `一、` `一.` `一,`,
/// `1.` `1、` `1,` `1)` (never `1.2`, a decimal), and `a.` `a)`.
///
/// Shape and sequence are kept apart because a shape alone is ambiguous: `一、` may open a
/// section or be the first word of a sentence, and only the outline engine, which knows the
/// numbering so far, can decide.
///
/// ```swift
/// let s = Array("(三)加强督导".unicodeScalars)
/// MarkerLexer.match(s, at: 0, end: s.count)   // 3, the end of `(三)`
/// ```
public enum MarkerLexer {
    /// The words of `HeadingMarkers.ordinalWords` as scalars, with their styles.
    static let ordinalWords: [(word: [Unicode.Scalar], style: MarkerStyle)] =
        HeadingMarkers.ordinalWords.map { (Array($0.word.unicodeScalars), $0.style) }

    /// The end of the ordinal word (`章`, `部分`) starting at `j`, nil when none starts there.
    static func ordinalWordEnd(_ t: [Unicode.Scalar], _ j: Int, _ end: Int) -> Int? {
        for w in ordinalWords where WordMatch.at(t, j, end, w.word) { return j + w.word.count }
        return nil
    }

    /// `一 、`, `3 、`: a blank or two typeset between the number and its `、` (PDF copies and
    /// justified Word text). Only `、`, which follows nothing but a list number; a blank before
    /// `.` or `,` is a sentence's. The end after the `、`, or nil.
    @inline(__always) static func spacedComma(_ t: [Unicode.Scalar], _ j: Int, _ end: Int) -> Int? {
        var k = j
        while k < end, k - j < 2, t[k] == " " { k += 1 }
        return k > j && k < end && t[k] == "、" ? k + 1 : nil
    }

    /// The number of a marker `i..<m` without its punctuation and the blanks before it.
    static func numberEnd(_ t: [Unicode.Scalar], _ i: Int, _ m: Int) -> Int {
        var e = m - 1
        while e > i, t[e - 1] == " " { e -= 1 }
        return e
    }

    /// End offset of the marker starting at `i`, or nil.
    ///
    /// - Parameters:
    ///   - t: Normalized scalars (brackets and digits already folded to ASCII).
    ///   - i: Where a marker may start, normally a line start.
    ///   - end: The offset matching must not reach past.
    /// - Returns: The offset just after the marker, or nil when no marker shape starts at `i`.
    public static func match(_ t: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        guard i < end else { return nil }
        let v = t[i].value
        // Circled and parenthesized numbers are markers on their own.
        if (v >= 0x2460 && v <= 0x249B) || (v >= 0x3251 && v <= 0x325F) || (v >= 0x32B1 && v <= 0x32BF) { return i + 1 }
        if t[i] == HeadingMarkers.ordinalPrefix {
            var j = i + 1
            while j < end, CharClass.isChineseNumeral(t[j].value) || CharClass.isDigit(t[j].value) { j += 1 }
            guard j > i + 1, j < end else { return nil }
            return ordinalWordEnd(t, j, end)
        }
        if t[i] == "(" || t[i] == "〔" || t[i] == "[" || t[i] == "【" {
            var j = i + 1
            let start = j
            while j < end, j - start < 4, CharClass.isChineseNumeral(t[j].value) || CharClass.isDigit(t[j].value) { j += 1 }
            if j == start, j < end, CharClass.isLatin(t[j].value) { j += 1 }
            guard j > start, j < end else { return nil }
            if t[j] == ")" || t[j] == "〕" || t[j] == "]" || t[j] == "】" { return j + 1 }
            return nil
        }
        if CharClass.isChineseNumeral(v) {
            var j = i
            while j < end, j - i < 4, CharClass.isChineseNumeral(t[j].value) { j += 1 }
            guard j < end else { return nil }
            if t[j] == "、" || t[j] == "," { return j + 1 }
            if let k = spacedComma(t, j, end) { return k }
            if t[j] == ".", j + 1 < end, !CharClass.isDigit(t[j + 1].value) { return j + 1 }
            return nil
        }
        if CharClass.isDigit(v) {
            var j = i
            while j < end, j - i < 3, CharClass.isDigit(t[j].value) { j += 1 }
            guard j < end, !CharClass.isDigit(t[j].value) else { return nil }
            if t[j] == "、" || t[j] == ")" { return j + 1 }
            if let k = spacedComma(t, j, end) { return k }
            if t[j] == "." || t[j] == ",", j + 1 >= end || !CharClass.isDigit(t[j + 1].value) { return j + 1 }
            return nil
        }
        if CharClass.isLatin(v), i + 1 < end, t[i + 1] == "." || t[i + 1] == ")" {
            if i + 2 < end, CharClass.isLatin(t[i + 2].value) { return nil } // `e.g.`, `a.m.`
            return i + 2
        }
        return nil
    }
}
