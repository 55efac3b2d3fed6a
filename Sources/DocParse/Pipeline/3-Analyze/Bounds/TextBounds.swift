/// Sentence and clause boundaries of normalized text, found in one pass, looked up by
/// binary search (so per-quantity lookups stay logarithmic and the stage stays linear).
struct TextBounds {
    /// Offsets where a sentence starts (after 。!? or a line break), ascending. `;` only ends a
    /// clause: a deadline before it still governs what follows (`到2025年底,…35个;11个县区…`).
    let sentenceStarts: [Int]
    /// Offsets where a clause starts (after , : or a sentence end), ascending.
    let clauseStarts: [Int]
    let count: Int

    static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool { c == "。" || c == "!" || c == "?" || c == "\n" }
    static func isClauseEnd(_ c: Unicode.Scalar) -> Bool { isSentenceEnd(c) || c == "," || c == ":" || c == ";" }

    /// The scalars `isClauseEnd` accepts (sentence ends included).
    static let clauseEndBits = ScalarBits(["。", "!", "?", "\n", ",", ":", ";"])

    init(_ t: [Unicode.Scalar]) {
        var s = [0]
        var c = [0]
        // One bit test per scalar, true only at the rare end marks, so the branch is
        // predicted; the chain of seven comparisons per scalar was 0.7 % of all samples of
        // `parsecli batch` over the corpus (`perf record`, 2026-12-05).
        let ends = Self.clauseEndBits
        for (i, ch) in t.enumerated() {
            guard ends.contains(ch) else { continue }
            if Self.isSentenceEnd(ch) { s.append(i + 1); c.append(i + 1) } else if Self.isClauseEnd(ch) { c.append(i + 1) }
        }
        sentenceStarts = s
        clauseStarts = c
        count = t.count
    }

    private static func range(of i: Int, in starts: [Int], count: Int) -> Range<Int> {
        let lo = starts.lastIndex(keyAtMost: i) { $0 }
        let end = lo + 1 < starts.count ? starts[lo + 1] - 1 : count
        return starts[lo]..<max(starts[lo], end)
    }

    /// The sentence starting at `sentenceStarts[k]`, without its final punctuation: what
    /// `sentence(of: sentenceStarts[k])` gives (the starts strictly increase), without the
    /// binary search, for a walk over every sentence in order.
    func sentence(at k: Int) -> Range<Int> {
        let end = k + 1 < sentenceStarts.count ? sentenceStarts[k + 1] - 1 : count
        return sentenceStarts[k]..<max(sentenceStarts[k], end)
    }

    /// The sentence holding offset `i`, without its final punctuation.
    func sentence(of i: Int) -> Range<Int> { Self.range(of: i, in: sentenceStarts, count: count) }
    /// The clause holding offset `i`, without its final punctuation.
    func clause(of i: Int) -> Range<Int> { Self.range(of: i, in: clauseStarts, count: count) }
}
