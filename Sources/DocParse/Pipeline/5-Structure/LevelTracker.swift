/// Decides the depth of markers from the document's own nesting, and whether a candidate
/// is a marker at all.
///
/// Depth is not a fixed table: a style's place is the order in which styles first open in
/// the document (`一、` → `(一)` → `1.` is usual, but `一、` → `1.` skipping `(一)` is common).
/// The open levels form a stack. A style already open continues its level (closing the
/// levels below); a style not open becomes a child of the deepest open level whose style
/// opened earlier in the document. Sequence continuity decides the doubtful cases: a
/// damaged or weak candidate is accepted only when its number is the next one expected at
/// its level, or 1 opening a child level, or the next number of a style that runs on across
/// sections (Hanzhong's tasks 1–28 across ten sections). Every step is O(number of
/// styles), so a document of any length is read in linear time.
struct LevelTracker {
    struct Level {
        var style: MarkerStyle
        var last: Int
    }

    /// What the tracker decided for a candidate.
    struct Placement {
        var style: MarkerStyle
        var ordinal: Int
        /// 1-based depth.
        var depth: Int
        /// A person-readable sequence problem (gap, duplicate, out of order), if any.
        var sequenceProblem: (code: String, message: String)?
    }

    private(set) var stack: [Level] = []
    /// The order in which styles first opened (lower opens first, sits higher).
    private var rank: [MarkerStyle: Int] = [:]
    /// The last number seen for each style anywhere, for numbering that runs on across sections.
    private var lastSeen: [MarkerStyle: Int] = [:]

    var isEmpty: Bool { rank.isEmpty }

    func levelIndex(_ s: MarkerStyle) -> Int? { stack.lastIndex { $0.style == s } }

    /// The number expected next for a style: at its open level, or (not open) 1 or the
    /// number after the last one seen.
    func expected(_ s: MarkerStyle) -> [Int] {
        if let k = levelIndex(s) { return [stack[k].last + 1] }
        if let l = lastSeen[s], l + 1 != 1 { return [1, l + 1] }
        return [1]
    }

    /// Where a style not open would sit: the number of levels kept above it.
    private func keptLevels(for s: MarkerStyle) -> Int {
        guard let r = rank[s] else { return stack.count }
        var keep = stack.count
        while keep > 0, let lr = rank[stack[keep - 1].style], lr > r { keep -= 1 }
        return keep
    }

    /// Whether the candidate would be accepted, and as what; does not change the state.
    func place(_ c: MarkerCandidate) -> Placement? {
        if c.ordinal == nil {
            // The number was lost: the style is the open one the punctuation fits, and the
            // number is the one its level expects.
            var best: Int? = nil
            for s in c.styles { if let k = levelIndex(s), best.map({ k < $0 }) ?? true { best = k } }
            guard let k = best else { return nil }
            return Placement(style: stack[k].style, ordinal: stack[k].last + 1, depth: k + 1, sequenceProblem: nil)
        }
        let n = c.ordinal!
        let s = c.styles[0]
        let exp = expected(s)
        if c.form.needsExpectation && !exp.contains(n) { return nil }
        let depth = (levelIndex(s) ?? keptLevels(for: s)) + 1
        var problem: (String, String)? = nil
        if !exp.contains(n) {
            if let k = levelIndex(s) {
                let last = stack[k].last
                if n == last {
                    problem = ("outline.number-duplicate", "number \(s.label(n)) appears twice in a row")
                } else if n < last {
                    problem = ("outline.number-out-of-order", "number \(s.label(n)) comes after \(s.label(last))")
                } else {
                    let missing = last + 1 == n - 1 ? s.label(last + 1) : "\(s.label(last + 1))–\(s.label(n - 1))"
                    problem = ("outline.number-gap", "numbering jumps from \(s.label(last)) to \(s.label(n)); \(missing) missing")
                }
            } else {
                problem = ("outline.number-gap", "a list starts at \(s.label(n)) instead of \(s.label(exp.last!))")
            }
        }
        return Placement(style: s, ordinal: n, depth: depth, sequenceProblem: problem)
    }

    /// Records an accepted placement: closes the deeper levels and opens or continues this one.
    mutating func accept(_ p: Placement) {
        if rank[p.style] == nil { rank[p.style] = rank.count }
        stack.removeLast(stack.count - (p.depth - 1))
        stack.append(Level(style: p.style, last: p.ordinal))
        lastSeen[p.style] = p.ordinal
    }

    /// The style ranked just below `s` would open a child level: used to tell whether a
    /// marker run into a heading line is a plausible child.
    func opensBelow(_ child: MarkerStyle, parent: MarkerStyle) -> Bool {
        guard child != parent else { return false }
        guard let rc = rank[child], let rp = rank[parent] else { return true }
        return rc > rp
    }
}
