/// A table of words (from `Resources/zhHans`) matched on normalized scalars, always taking the
/// longest entry: `协同责任单位` wins over `责任单位` at the same position.
///
/// Entries are bucketed by their first and last scalar, so a lookup costs a handful of
/// comparisons and a scan with it stays linear in the text.
struct WordTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let word: [UInt32]
        let value: Value
    }
    private var byFirst: [UInt32: [Entry]] = [:]
    private var byLast: [UInt32: [Entry]] = [:]
    private var words: Set<[UInt32]> = []
    /// One bit per BMP scalar that opens (closes) an entry. Scans ask `prefix`/`suffix` at
    /// every position of a line, and most positions open no entry: the bit test spares them
    /// the `Dictionary` lookup (SipHash), which was 3.3 % of all samples of `parsecli batch` over
    /// the corpus (`perf record`, 2026-12-05, `AttributionFinder.labelHit`). Same answers:
    /// a clear bit means the bucket lookup would find nothing.
    private var firstBits = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var lastBits = [UInt64](repeating: 0, count: 0x10000 / 64)

    @inline(__always)
    private static func maybe(_ bits: [UInt64], _ v: UInt32) -> Bool {
        v >= 0x10000 || bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }

    init(_ entries: [(String, Value)]) {
        for (w, v) in entries {
            let word = w.unicodeScalars.map(\.value)
            guard let first = word.first, let last = word.last else { continue }
            let e = Entry(word: word, value: v)
            byFirst[first, default: []].append(e)
            byLast[last, default: []].append(e)
            words.insert(word)
            if first < 0x10000 { firstBits[Int(first >> 6)] |= 1 << UInt64(first & 63) }
            if last < 0x10000 { lastBits[Int(last >> 6)] |= 1 << UInt64(last & 63) }
        }
        for k in byFirst.keys { byFirst[k]!.sort { $0.word.count > $1.word.count } }
        for k in byLast.keys { byLast[k]!.sort { $0.word.count > $1.word.count } }
    }

    /// False when no entry ends with scalar `v`: a scan over end positions skips the position
    /// without trying its words.
    @inline(__always)
    func mayEnd(_ v: UInt32) -> Bool { Self.maybe(lastBits, v) }

    /// The longest entry starting at `i` and ending at or before `end`.
    func prefix(_ text: [Unicode.Scalar], at i: Int, end: Int) -> (length: Int, value: Value)? {
        guard i < end, Self.maybe(firstBits, text[i].value), let bucket = byFirst[text[i].value] else { return nil }
        for e in bucket where e.word.count <= end - i {
            var k = 1
            while k < e.word.count, text[i + k].value == e.word[k] { k += 1 }
            if k == e.word.count { return (k, e.value) }
        }
        return nil
    }

    /// The longest entry ending just before `j` and starting at or after `start`.
    func suffix(_ text: [Unicode.Scalar], endingAt j: Int, start: Int) -> (length: Int, value: Value)? {
        guard j > start, Self.maybe(lastBits, text[j - 1].value), let bucket = byLast[text[j - 1].value] else { return nil }
        for e in bucket where e.word.count <= j - start {
            let from = j - e.word.count
            var k = 0
            while k < e.word.count - 1, text[from + k].value == e.word[k] { k += 1 }
            if k == e.word.count - 1 { return (e.word.count, e.value) }
        }
        return nil
    }

    /// True when `range` of `text` is exactly one entry.
    func contains(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        words.contains(text[range].map(\.value))
    }

    /// True when `range` of `text` is exactly one entry, compared in place: `contains` hashes a
    /// copy of the range, and the rules that ask this per word boundary (`IndicatorFinder`)
    /// would build one array per question.
    func isEntry(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, Self.maybe(firstBits, text[range.lowerBound].value),
              let bucket = byFirst[text[range.lowerBound].value] else { return false }
        let n = range.count
        for e in bucket where e.word.count == n {
            var k = 1
            while k < n, text[range.lowerBound + k].value == e.word[k] { k += 1 }
            if k == n { return true }
        }
        return false
    }

    /// The value of an entry spelled exactly as `range` of `text`.
    func exact(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Value? {
        guard let m = prefix(text, at: range.lowerBound, end: range.upperBound), m.length == range.count else {
            // A shorter entry may be the longest match at the start; look for an exact one.
            guard !range.isEmpty, let bucket = byFirst[text[range.lowerBound].value] else { return nil }
            let w = text[range].map(\.value)
            return bucket.first { $0.word == w }?.value
        }
        return m.value
    }
}

extension WordTable where Value == Void {
    init(words: [String]) { self.init(words.map { ($0, ()) }) }
}

extension WordTable {
    /// True when some entry lies wholly inside `range`. One bit test per position that opens no
    /// entry, where trying every word of a list at every position cost a comparison per word.
    func occurs(_ text: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if prefix(text, at: i, end: range.upperBound) != nil { return true }
            i += 1
        }
        return false
    }
}
