/// Finds the enumerated clauses inside an item: `一是…二是…三是…`, `其一…其二…`,
/// `首先…其次…`, and numbered lists run into a paragraph (`具体包括:1、…2、…`, `①…②…`).
///
/// A clause word counts only where it does not continue a word (see `startsClause`), and a
/// series must start at its first ordinal and go on in order with at least two members, so
/// `统一是…` and a stray `2、` in a sentence never become clauses. One forward pass per
/// paragraph; each position is looked at a bounded number of times.
enum ClauseFinder {
    struct Hit {
        var family: Int
        var ordinal: Int?
        var range: Range<Int>   // the clause word/marker
    }

    static let suffix = HeadingMarkers.numeralClauseSuffix.unicodeScalars.first!
    static let prefix = HeadingMarkers.numeralClausePrefix.unicodeScalars.first!
    static let ordered: [[Unicode.Scalar]] = HeadingMarkers.orderedClauseWords.map { Array($0.unicodeScalars) }
    static let closing: [Unicode.Scalar] = Array(HeadingMarkers.closingClauseWord.unicodeScalars)

    /// Clause words (`一是`, `其一`, `首先`) start a clause unless they continue a Han word
    /// (`统一是`); `达到100%二是…` still starts one. Run-in numbers need a real boundary
    /// (`包括:1、`, `。2、`), and circled numbers may follow any word (`做到①…②…`).
    static func startsClause(_ t: [Unicode.Scalar], _ k: Int, _ start: Int, family: Int) -> Bool {
        switch family {
        case 0, 1, 2: return k == start || !CharClass.isHan(t[k - 1].value)
        case 5: return true
        default: return isBoundary(t, k, start)
        }
    }

    static func isBoundary(_ t: [Unicode.Scalar], _ k: Int, _ start: Int) -> Bool {
        if k == start { return true }
        switch t[k - 1] {
        case "。", ";", ":", ",", " ", "!", "?": return true
        default: return false
        }
    }

    /// Clauses of the paragraphs `ranges` (the first starts after the item's marker).
    static func clauses(_ text: NormalizedText, _ ranges: [Range<Int>]) -> [Clause] {
        var out: [Clause] = []
        for r in ranges { out += clauses(text, in: r) }
        return out
    }

    /// How many clause families `hit` tells apart (0–5).
    static let families = 6

    static func clauses(_ text: NormalizedText, in r: Range<Int>) -> [Clause] {
        let t = text.text
        var hits: [Hit] = []
        // Family → next ordinal; a small array, not a dictionary: this loop visits every
        // scalar of every node.
        var expected = [Int](repeating: 1, count: families)
        // The static table read once here, not once per scalar (each read of a `static let`
        // passes through `swift_once`).
        let starts = startBits
        var k = r.lowerBound
        while k < r.upperBound {
            if mayStart(t[k], starts), let h = hit(t, k, r.upperBound, isStart: k == r.lowerBound), startsClause(t, k, r.lowerBound, family: h.family) {
                let next = expected[h.family]
                // A run-in numbered list may skip one number its capture lost (`7、…9、`).
                let skipped = h.family >= 3 && next > 1 && h.ordinal == next + 1
                if h.ordinal == nil && next > 1 || h.ordinal == next || skipped {
                    hits.append(h)
                    expected[h.family] = (h.ordinal ?? next) + 1
                    k = h.range.upperBound
                    continue
                }
            }
            k += 1
        }
        // Keep the families with at least two members; each clause runs to the next clause of
        // any kept family or to the paragraph's end.
        guard hits.count >= 2 else { return [] }
        var counts = [Int](repeating: 0, count: families)
        for h in hits { counts[h.family] += 1 }
        let kept = hits.filter { counts[$0.family] >= 2 }
        var out: [Clause] = []
        for (i, h) in kept.enumerated() {
            var end = i + 1 < kept.count ? kept[i + 1].range.lowerBound : r.upperBound
            while end > h.range.upperBound, t[end - 1] == " " { end -= 1 }
            let full = h.range.lowerBound..<end
            out.append(Clause(marker: text.original(h.range), ordinal: h.ordinal, text: text.original(full), span: text.span(full)))
        }
        return out
    }

    /// The first scalars of the clause words (five): an array, since `canStart` asks for every
    /// scalar of every item's text and a `Set`'s SipHash per ask was about 2 % of all samples
    /// of `parsecli batch` over the corpus (`perf record`, 2026-12-05); five compares cost less.
    static let wordStarts: [UInt32] = Array(Set((ordered + [closing, [prefix]]).compactMap { $0.first?.value })).sorted()

    /// `canStart` for every BMP scalar, one bit each: the pass asks for every scalar of every
    /// item's text, and one bit test costs less than the chain of range and list tests
    /// (`ClauseFinder.clauses` was 3.2 % of all samples of `parsecli batch` over the corpus,
    /// `perf record`, 2026-12-05, nearly all of it in that chain).
    static let startBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for v in 0..<UInt32(0x10000) where canStart(Unicode.Scalar(v) ?? " ", wordStarts) {
            bits[Int(v >> 6)] |= 1 << UInt64(v & 63)
        }
        return bits
    }()

    /// `canStart` by the bit table; scalars beyond the BMP take the full test.
    @inline(__always)
    static func mayStart(_ c: Unicode.Scalar, _ bits: [UInt64]) -> Bool {
        let v = c.value
        guard v < 0x10000 else { return canStart(c, wordStarts) }
        return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }

    /// A cheap first test that keeps the pass fast on long paragraphs.
    @inline(__always)
    static func canStart(_ c: Unicode.Scalar, _ starts: [UInt32]) -> Bool {
        let v = c.value
        return CharClass.isDigit(v) || c == "(" || CharClass.isChineseNumeral(v) || starts.contains(v)
            || ChineseNumerals.circledValue(v) != nil
    }

    /// Families: 0 `一是`, 1 `其一`, 2 `首先`, 3 run-in `1、`/`1.`, 4 `(1)`, 5 `①`.
    static func hit(_ t: [Unicode.Scalar], _ k: Int, _ end: Int, isStart: Bool) -> Hit? {
        let c = t[k]
        if CharClass.isChineseNumeral(c.value) {
            var j = k
            while j < end, j - k < 3, CharClass.isChineseNumeral(t[j].value) { j += 1 }
            if j < end, t[j] == suffix, let n = ChineseNumerals.value(t[k..<j]) {
                return Hit(family: 0, ordinal: n, range: k..<(j + 1))
            }
            return nil
        }
        if c == prefix, k + 1 < end, CharClass.isChineseNumeral(t[k + 1].value) {
            var j = k + 1
            while j < end, j - k < 3, CharClass.isChineseNumeral(t[j].value) { j += 1 }
            if let n = ChineseNumerals.value(t[(k + 1)..<j]), j < end, !CharClass.isHan(t[j].value) || t[j] == suffix {
                return Hit(family: 1, ordinal: n, range: k..<j)
            }
            return nil
        }
        for (idx, word) in ordered.enumerated() where matches(t, k, end, word) {
            return Hit(family: 2, ordinal: idx + 1, range: k..<(k + word.count))
        }
        if matches(t, k, end, closing) { return Hit(family: 2, ordinal: nil, range: k..<(k + closing.count)) }
        // Run-in numbered lists never at a paragraph start: there they are items.
        guard !isStart else { return nil }
        if let n = ChineseNumerals.circledValue(c.value) { return Hit(family: 5, ordinal: n, range: k..<(k + 1)) }
        if CharClass.isDigit(c.value) || c == "(" {
            guard let m = MarkerLexer.match(t, at: k, end: end), let cand = MarkerReader.intact(t, k, m, end),
                  let n = cand.ordinal else { return nil }
            switch cand.styles[0] {
            case .numDot:
                // `1,` inside a sentence is a number in a list of figures, not a clause.
                guard t[m - 1] != "," else { return nil }
                return Hit(family: 3, ordinal: n, range: k..<m)
            case .numParen: return Hit(family: 4, ordinal: n, range: k..<m)
            default: return nil
            }
        }
        return nil
    }

    static func matches(_ t: [Unicode.Scalar], _ k: Int, _ end: Int, _ word: [Unicode.Scalar]) -> Bool {
        guard k + word.count <= end else { return false }
        for i in 0..<word.count where t[k + i] != word[i] { return false }
        return true
    }
}
