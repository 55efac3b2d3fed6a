/// Finds the outline node a fact belongs to: the deepest node whose span contains it.
enum OutlineLookup {
    /// The id of the deepest node (in `nodes` or their descendants) whose span contains `span`.
    static func deepestNode(containing span: Span, in nodes: [OutlineNode]) -> String? {
        for n in nodes where n.span.start <= span.start && span.end <= n.span.end {
            return deepestNode(containing: span, in: n.children) ?? n.id
        }
        return nil
    }
}
