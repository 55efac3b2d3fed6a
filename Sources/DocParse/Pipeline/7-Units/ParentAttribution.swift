/// Rule `attribution after sub-items`: a role line standing on its own after the last of a
/// group of sub-items (`1.完善预案体系` / `(1)…` `(2)…` `(3)…` / `(责任单位:…)`) belongs to the
/// item above them, not to the last sub-item, when none of the sub-items carries an attribution
/// of its own. When each sub-item has its own line, each keeps it.
enum ParentAttribution {
    /// The outline paths to attach each attribution to (`paths` as found, nil when outside the
    /// outline), with lifted ones shortened by one level.
    static func lifted(_ found: [Attribution], paths: [[Int]?], text: NormalizedText, outline: [OutlineNode]) -> [[Int]?] {
        // How many attributions each node holds itself (by path).
        var counts: [[Int]: Int] = [:]
        for (a, p) in zip(found, paths) where a.form != .mention {
            if let p { counts[p, default: 0] += 1 }
        }
        var out = paths
        for (k, a) in found.enumerated() where a.form != .mention {
            guard let p = paths[k], p.count >= 2, startsLine(text, a.range.lowerBound) else { continue }
            let parentPath = Array(p.dropLast())
            let parent = OutlineAttacher.node(at: parentPath, in: outline)
            guard parent.children.count >= 2, p.last == parent.children.count - 1, counts[p] == 1 else { continue }
            // The sub-items before the last carry nothing, and the line is not the last item's own
            // first line (its title line holds the marker).
            let siblingsBare = (0..<(parent.children.count - 1)).allSatisfy { counts[parentPath + [$0]] == nil }
            let own = OutlineAttacher.node(at: p, in: outline)
            guard siblingsBare, a.span.start > (own.titleSpan?.end ?? own.span.start) else { continue }
            out[k] = parentPath
        }
        return out
    }

    /// True when only blanks stand before `i` on its line.
    static func startsLine(_ text: NormalizedText, _ i: Int) -> Bool {
        let t = text.text
        var k = i - 1
        while k >= 0, t[k] == " " || t[k] == "\t" { k -= 1 }
        return k < 0 || t[k] == "\n"
    }
}
