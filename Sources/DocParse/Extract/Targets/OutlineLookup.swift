/// Finds the outline node a fact belongs to: the deepest node whose section contains it.
enum OutlineLookup {
    /// The id of the deepest node (in `nodes` or their descendants) whose extent, from its
    /// marker to the end of its last descendant, contains `span`. A heading's own span stops
    /// at its first child, so the extent (`subtreeEnd`) is what decides containment.
    /// Siblings are ordered, so each level is a binary search.
    static func deepestNode(containing span: Span, in nodes: [OutlineNode]) -> String? {
        var lo = 0, hi = nodes.count - 1, found = -1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if nodes[mid].span.start <= span.start { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        guard found >= 0 else { return nil }
        let n = nodes[found]
        guard span.end <= n.subtreeEnd else { return nil }
        return deepestNode(containing: span, in: n.children) ?? n.id
    }
}
