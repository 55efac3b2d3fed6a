/// Attaches attributions to the outline: each goes to the deepest node whose span contains it.
///
/// Works on any outline the outline stage builds (children nested or not inside their
/// parent's span); with no containing node the attribution stays unattached (nodeId null).
enum OutlineAttacher {
    /// The index path of the deepest node whose span contains `span`.
    ///
    /// Siblings are in document order, so the only candidate at each level is the last sibling
    /// starting at or before `span` (binary search): attaching stays O(log n) per group whether
    /// a parent's span covers its children or stops at the first of them.
    static func path(for span: Span, in nodes: [OutlineNode]) -> [Int]? {
        var lo = 0
        var hi = nodes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if nodes[mid].span.start <= span.start { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let i = lo - 1
        let n = nodes[i]
        if let sub = path(for: span, in: n.children) { return [i] + sub }
        if n.span.start <= span.start, span.end <= n.span.end { return [i] }
        return nil
    }

    static func node(at path: [Int], in nodes: [OutlineNode]) -> OutlineNode {
        var n = nodes[path[0]]
        for i in path.dropFirst() { n = n.children[i] }
        return n
    }

    static func update(_ nodes: inout [OutlineNode], at path: [Int], _ body: (inout OutlineNode) -> Void) {
        if path.count == 1 {
            body(&nodes[path[0]])
        } else {
            update(&nodes[path[0]].children, at: Array(path.dropFirst()), body)
        }
    }

    /// Fills `lead`/`responsible`/`supporting`/`leaders` of the nodes holding `attributions` (two
    /// groups on one node are merged, names kept once in order) and returns each group's node id.
    static func attach(_ attributions: [Attribution], to outline: inout [OutlineNode]) -> [String?] {
        attributions.map { a in
            guard let p = path(for: a.span, in: outline) else { return nil }
            update(&outline, at: p) { n in
                for c in a.clauses {
                    for u in c.units {
                        switch c.role {
                        case .lead: if !n.lead.contains(u.name) { n.lead.append(u.name) }
                        case .responsible: if !n.responsible.contains(u.name) { n.responsible.append(u.name) }
                        case .supporting: if !n.supporting.contains(u.name) { n.supporting.append(u.name) }
                        case .leaders: if !n.leaders.contains(u.name) { n.leaders.append(u.name) }
                        case .mentioned: break
                        }
                    }
                }
            }
            return node(at: p, in: outline).id
        }
    }

    /// The normalized range covering an original span (for regions given by outline nodes).
    static func normalizedRange(of span: Span, in text: NormalizedText) -> Range<Int> {
        func firstAtLeast(_ v: Int) -> Int {
            var lo = 0
            var hi = text.toSource.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(text.toSource[mid]) < v { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let lo = firstAtLeast(span.start)
        return lo..<max(lo, firstAtLeast(span.end))
    }
}
