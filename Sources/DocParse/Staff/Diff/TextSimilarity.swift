/// Similarity of two short texts as the Dice coefficient of their character bigrams, on
/// Han, Latin and digit characters only (punctuation and markers do not count). Robust to
/// rewording and reordering within a title, cheap, and needs no segmentation.
struct BigramSet {
    let grams: [UInt64]

    init(_ s: String) {
        let cs = s.unicodeScalars.filter { CharClass.isHan($0.value) || CharClass.isLatin($0.value) || CharClass.isDigit($0.value) }.map(\.value)
        var g: [UInt64] = []
        if cs.count == 1 { g.append(UInt64(cs[0])) }
        if cs.count >= 2 {
            for i in 0..<(cs.count - 1) { g.append(UInt64(cs[i]) << 32 | UInt64(cs[i + 1])) }
        }
        g.sort()
        grams = g
    }

    /// 0…1; 1 for identical bigram multisets.
    func dice(_ other: BigramSet) -> Double {
        let a = grams, b = other.grams
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var i = 0, j = 0, common = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return 2.0 * Double(common) / Double(a.count + b.count)
    }
}

/// Greedy one-to-one alignment of two lists by a score: best pairs first, each item used
/// once, pairs under `threshold` left unmatched.
enum GreedyAligner {
    static func align(_ n: Int, _ m: Int, threshold: Double, score: (Int, Int) -> Double) -> [(Int, Int, Double)] {
        var pairs: [(Int, Int, Double)] = []
        for i in 0..<n {
            for j in 0..<m {
                let s = score(i, j)
                if s >= threshold { pairs.append((i, j, s)) }
            }
        }
        pairs.sort { a, b in a.2 != b.2 ? a.2 > b.2 : (a.0 != b.0 ? a.0 < b.0 : a.1 < b.1) }
        var usedA = Set<Int>(), usedB = Set<Int>()
        var out: [(Int, Int, Double)] = []
        for p in pairs where !usedA.contains(p.0) && !usedB.contains(p.1) {
            usedA.insert(p.0)
            usedB.insert(p.1)
            out.append(p)
        }
        return out.sorted { $0.1 < $1.1 }
    }
}
