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
        // Read in place: `let n = nodes[i]` copied the node (a retain per field) per level.
        if let sub = path(for: span, in: nodes[i].children) { return [i] + sub }
        let s = nodes[i].span
        if s.start <= span.start, span.end <= s.end { return [i] }
        return nil
    }

    static func node(at path: [Int], in nodes: [OutlineNode]) -> OutlineNode {
        var level = nodes
        for i in path.dropLast() { level = level[i].children }
        return level[path[path.count - 1]]
    }

    static func update(_ nodes: inout [OutlineNode], at path: [Int], _ body: (inout OutlineNode) -> Void) {
        update(&nodes, at: path, from: 0, body)
    }

    /// `update` from step `k` of the path: the rest of the path was copied into a new array
    /// at every level.
    private static func update(_ nodes: inout [OutlineNode], at path: [Int], from k: Int, _ body: (inout OutlineNode) -> Void) {
        if k == path.count - 1 {
            body(&nodes[path[k]])
        } else {
            update(&nodes[path[k]].children, at: path, from: k + 1, body)
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
        let leads = NameSet(a.names(.lead))
        let earlier = NameSet(n.lead)
        n.responsible.removeAll { leads.contains($0) }
        n.supporting.removeAll { leads.contains($0) }
        // Sets of the names already listed, so a group of many units costs linear time.
        var seenLead = NameSet(n.lead), seenResponsible = NameSet(n.responsible)
        var seenSupporting = NameSet(n.supporting), seenLeaders = NameSet(n.leaders)
        for c in a.clauses {
            for u in c.units {
                switch c.role {
                case .lead: if seenLead.insert(u.name) { n.lead.append(u.name) }
                case .responsible:
                    if !earlier.contains(u.name), seenResponsible.insert(u.name) { n.responsible.append(u.name) }
                case .supporting:
                    if !earlier.contains(u.name), seenSupporting.insert(u.name) { n.supporting.append(u.name) }
                case .leaders: if seenLeaders.insert(u.name) { n.leaders.append(u.name) }
                case .mentioned: break
                }
            }
        }
    }

    /// A set of unit names that stays a plain array while small. A node lists a few units;
    /// six `Set<String>`s per attribution hashed every Han name through its canonical form
    /// (`_normalizedHash`, 0.5 % of `parsecli batch` samples, perf 2026-12-05). Comparing a
    /// few names with `==` is cheaper and means the same; past `limit` names it becomes a
    /// `Set`, so a group of many units still costs linear time.
    struct NameSet {
        static let limit = 16
        private var small: [String]
        private var large: Set<String>?

        init(_ names: [String]) {
            if names.count > Self.limit {
                small = []
                large = Set(names)
            } else {
                small = names
                large = nil
            }
        }

        func contains(_ name: String) -> Bool {
            if let large { return large.contains(name) }
            return small.contains(name)
        }

        /// Adds `name`; true when it was not there yet.
        mutating func insert(_ name: String) -> Bool {
            if large != nil { return large!.insert(name).inserted }
            if small.contains(name) { return false }
            small.append(name)
            if small.count > Self.limit {
                large = Set(small)
                small = []
            }
            return true
        }
    }

    static func normalizedRange(of span: Span, in text: NormalizedText) -> Range<Int> {
        text.normalizedRange(of: span)
    }
}
