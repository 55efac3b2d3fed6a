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
        guard let i = nodes.lastIndexIfAny(keyAtMost: span.start, { $0.span.start }) else { return nil }
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
    static func attach(_ attributions: [Attribution], to outline: inout [OutlineNode], text: NormalizedText? = nil) -> [String?] {
        let p = paths(attributions, in: outline, text: text)
        join(attributions, paths: p, into: &outline)
        return nodeIds(p, in: outline)
    }

    /// The outline path of the node each attribution belongs to (nil outside every node),
    /// lifted to the parent item where `ParentAttribution` says so. Reads the outline only.
    static func paths(_ attributions: [Attribution], in outline: [OutlineNode], text: NormalizedText? = nil) -> [[Int]?] {
        let paths = attributions.map { path(for: $0.span, in: outline) }
        guard let text else { return paths }
        return ParentAttribution.lifted(attributions, paths: paths, text: text, outline: outline)
    }

    /// The id of the node at each path.
    static func nodeIds(_ paths: [[Int]?], in outline: [OutlineNode]) -> [String?] {
        paths.map { p in p.map { node(at: $0, in: outline).id } }
    }

    /// Writes the attributions' units into the roles of their nodes, in document order.
    static func join(_ attributions: [Attribution], paths: [[Int]?], into outline: inout [OutlineNode]) {
        for (a, p) in zip(attributions, paths) {
            guard let p else { continue }
            update(&outline, at: p) { n in merge(a, into: &n) }
        }
    }

    /// Adds one attribution's units to a node's roles.
    ///
    /// Rule `lead wins across groups`: an item whose measures each name their own group is led
    /// by every unit that leads one of them; such a unit is not also listed as responsible or
    /// supporting because another group names it so. Within one group the roles stay as written.
    static func merge(_ a: Attribution, into n: inout OutlineNode) {
        let leads = Set(a.names(.lead))
        let earlier = Set(n.lead)
        n.responsible.removeAll { leads.contains($0) }
        n.supporting.removeAll { leads.contains($0) }
        // Sets of the names already listed, so a group of many units costs linear time.
        var seenLead = Set(n.lead), seenResponsible = Set(n.responsible)
        var seenSupporting = Set(n.supporting), seenLeaders = Set(n.leaders)
        for c in a.clauses {
            for u in c.units {
                switch c.role {
                case .lead: if seenLead.insert(u.name).inserted { n.lead.append(u.name) }
                case .responsible:
                    if !earlier.contains(u.name), seenResponsible.insert(u.name).inserted { n.responsible.append(u.name) }
                case .supporting:
                    if !earlier.contains(u.name), seenSupporting.insert(u.name).inserted { n.supporting.append(u.name) }
                case .leaders: if seenLeaders.insert(u.name).inserted { n.leaders.append(u.name) }
                case .mentioned: break
                }
            }
        }
    }

    /// The normalized range covering an original span (for regions given by outline nodes).
    static func normalizedRange(of span: Span, in text: NormalizedText) -> Range<Int> {
        text.normalizedRange(of: span)
    }
}
