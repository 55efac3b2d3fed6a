/// Reads the marker shape at a position of the normalized text: intact forms through
/// `MarkerLexer`, then the damaged forms seen in captured web text (`1推进…`, `八)实施…`,
/// `(八实施…`, `)实施…`, `、文件起草过程`, `一 总体要求`). It never decides acceptance: a damaged
/// form is only a candidate that the sequence (`LevelTracker`) accepts where it expects it.
/// Looks at a bounded number of scalars, so reading every line start stays linear.
enum MarkerReader {
    static let quantityFollowers: Set<UInt32> = scalars(HeadingMarkers.quantityFollowers)
    static let numeralWordFollowers: Set<UInt32> = scalars(HeadingMarkers.numeralWordFollowers)

    static func scalars(_ words: Set<String>) -> Set<UInt32> {
        Set(words.compactMap { $0.unicodeScalars.first?.value })
    }

    @inline(__always) static func isOpen(_ c: Unicode.Scalar) -> Bool { c == "(" || c == "〔" || c == "[" || c == "【" }
    @inline(__always) static func isClose(_ c: Unicode.Scalar) -> Bool { c == ")" || c == "〕" || c == "]" || c == "】" }

    /// Skips blanks and stray `#` marks (web captures leave `#` before and after markers).
    static func skipFiller(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, t[j] == " " || t[j] == "#" || t[j] == "\t" { j += 1 }
        return j
    }

    /// The candidate at `i` (the first non-blank scalar of a line), or nil.
    static func read(_ t: [Unicode.Scalar], at i: Int, end: Int) -> MarkerCandidate? {
        guard i < end else { return nil }
        if let m = MarkerLexer.match(t, at: i, end: end), let c = intact(t, i, m, end) { return c }
        return damaged(t, i, end)
    }

    /// Classifies a shape `MarkerLexer` matched on `i..<m`.
    static func intact(_ t: [Unicode.Scalar], _ i: Int, _ m: Int, _ end: Int) -> MarkerCandidate? {
        let v = t[i].value
        let body = skipFiller(t, m, end)
        func make(_ s: MarkerStyle, _ n: Int?) -> MarkerCandidate? {
            guard let n, n > 0 else { return nil }
            return MarkerCandidate(styles: [s], ordinal: n, form: .intact, range: i..<m, bodyStart: body)
        }
        if let n = ChineseNumerals.circledValue(v) { return make(.circled, n) }
        if v >= 0x2474 && v <= 0x2487 { return make(.numParen, Int(v - 0x2474) + 1) }  // ⑴…⒇
        if v >= 0x2488 && v <= 0x249B { return make(.numDot, Int(v - 0x2488) + 1) }    // ⒈…⒛
        if t[i] == HeadingMarkers.ordinalPrefix,
           let w = MarkerLexer.ordinalWords.first(where: { WordMatch.endsAt(t, m, i + 1, $0.word) }) {
            let digits = t[(i + 1)..<(m - w.word.count)]
            let n = ChineseNumerals.value(digits) ?? ChineseNumerals.arabic(digits)
            return make(w.style, n)
        }
        if isOpen(t[i]) {
            let inner = t[(i + 1)..<(m - 1)]
            if let n = ChineseNumerals.arabic(inner) { return make(.numParen, n) }
            if let n = ChineseNumerals.value(inner) { return make(.cnParen, n) }
            if inner.count == 1, let n = ChineseNumerals.latinValue(inner.first!.value) { return make(.latinParen, n) }
            return nil
        }
        if CharClass.isChineseNumeral(v) {
            return make(.cnComma, ChineseNumerals.value(t[i..<MarkerLexer.numberEnd(t, i, m)]))
        }
        if CharClass.isDigit(v) {
            let e = MarkerLexer.numberEnd(t, i, m)
            let n = ChineseNumerals.arabic(t[i..<e])
            // `2023.` or `2023、` at a line start is a year, not a marker; `2、3号线…` is a
            // list of figures, not item 2.
            guard e - i <= 3, body >= end || !CharClass.isDigit(t[body].value) else { return nil }
            return make(t[m - 1] == ")" ? .numParen : .numDot, n)
        }
        if CharClass.isLatin(v) {
            // `a.` and `a)` only before Han text: `e.g.`, `A.M.` and English prose are not lists.
            guard body < end, CharClass.isHan(t[body].value) else { return nil }
            return make(t[m - 1] == ")" ? .latinParen : .latinDot, ChineseNumerals.latinValue(v))
        }
        return nil
    }

    /// The damaged and weak forms.
    static func damaged(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> MarkerCandidate? {
        let c = t[i]
        func hanAt(_ k: Int) -> Bool { k < end && CharClass.isHan(t[k].value) }
        // `)实施…` / `、文件起草过程`: only the punctuation of the marker is left.
        if isClose(c), hanAt(i + 1) {
            return MarkerCandidate(styles: [.cnParen, .numParen], ordinal: nil, form: .lostNumber, range: i..<(i + 1), bodyStart: i + 1)
        }
        if c == "、", hanAt(i + 1) {
            return MarkerCandidate(styles: [.cnComma, .numDot], ordinal: nil, form: .lostNumber, range: i..<(i + 1), bodyStart: i + 1)
        }
        // `(八实施…` / `(8实施…`: the closing bracket lost.
        if isOpen(c) {
            var j = i + 1
            while j < end, j - i <= 3, CharClass.isChineseNumeral(t[j].value) { j += 1 }
            if j > i + 1, hanAt(j), !numeralWordFollowers.contains(t[j].value), let n = ChineseNumerals.value(t[(i + 1)..<j]) {
                return MarkerCandidate(styles: [.cnParen], ordinal: n, form: .lostCloseBracket, range: i..<j, bodyStart: j)
            }
            j = i + 1
            while j < end, j - i <= 2, CharClass.isDigit(t[j].value) { j += 1 }
            if j > i + 1, hanAt(j), !quantityFollowers.contains(t[j].value), let n = ChineseNumerals.arabic(t[(i + 1)..<j]), n > 0 {
                return MarkerCandidate(styles: [.numParen], ordinal: n, form: .lostCloseBracket, range: i..<j, bodyStart: j)
            }
            return nil
        }
        if CharClass.isChineseNumeral(c.value) {
            var j = i
            while j < end, j - i < 3, CharClass.isChineseNumeral(t[j].value) { j += 1 }
            guard let n = ChineseNumerals.value(t[i..<j]) else { return nil }
            // `八)实施…`: the opening bracket lost.
            if j < end, isClose(t[j]), hanAt(j + 1) {
                return MarkerCandidate(styles: [.cnParen], ordinal: n, form: .lostOpenBracket, range: i..<(j + 1), bodyStart: j + 1)
            }
            // `一 总体要求`
            if j < end, t[j] == " " {
                let b = skipFiller(t, j, end)
                if hanAt(b) { return MarkerCandidate(styles: [.cnComma], ordinal: n, form: .spaced, range: i..<j, bodyStart: b) }
            }
            return nil
        }
        if CharClass.isDigit(c.value) {
            var j = i
            while j < end, CharClass.isDigit(t[j].value) { j += 1 }
            // Two digits at most: `2023412日` and `20232025年` are dates, not item numbers.
            guard j - i <= 2, let n = ChineseNumerals.arabic(t[i..<j]), n > 0 else { return nil }
            if hanAt(j), !quantityFollowers.contains(t[j].value) {
                return MarkerCandidate(styles: [.numDot], ordinal: n, form: .lostPunctuation, range: i..<j, bodyStart: j)
            }
            if j < end, t[j] == " " {
                let b = skipFiller(t, j, end)
                if hanAt(b), !quantityFollowers.contains(t[b].value) {
                    return MarkerCandidate(styles: [.numDot], ordinal: n, form: .spaced, range: i..<j, bodyStart: b)
                }
            }
        }
        return nil
    }
}
