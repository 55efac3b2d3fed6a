/// Matching of short words from the data tables at a position.
enum WordMatch {
    /// True when `word` occurs at `i`.
    @inline(__always)
    static func at(_ t: [Unicode.Scalar], _ i: Int, _ end: Int, _ word: [Unicode.Scalar]) -> Bool {
        guard i >= 0, i + word.count <= end else { return false }
        for k in 0..<word.count where t[i + k] != word[k] { return false }
        return true
    }

    /// True when `word` ends right before `i` (at or after `start`).
    @inline(__always)
    static func endsAt(_ t: [Unicode.Scalar], _ i: Int, _ start: Int, _ word: [Unicode.Scalar]) -> Bool {
        let b = i - word.count
        guard b >= start else { return false }
        return at(t, b, i, word)
    }

    /// The first (longest-first ordered) word of `words` at `i`.
    static func first(_ t: [Unicode.Scalar], _ i: Int, _ end: Int, _ words: [[Unicode.Scalar]]) -> [Unicode.Scalar]? {
        for w in words where at(t, i, end, w) { return w }
        return nil
    }

    static func scalars(_ list: [String]) -> [[Unicode.Scalar]] {
        list.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }
}
