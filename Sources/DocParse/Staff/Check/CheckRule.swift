/// What every check rule sees: the parsed document, its text, and its nodes in order.
///
/// Built once per check so that the rules share the flattened outline instead of each
/// walking the tree again. ``DraftChecker`` builds it for every call and the rules are
/// internal, so callers rarely need one of their own.
///
/// ```swift
/// let ctx = CheckContext(document: parsed.document, source: parsed.source)
/// print(ctx.document.tasks.count, ctx.source.count)
/// ```
public struct CheckContext: Sendable {
    /// The parsed document being checked.
    public let document: Document
    /// The document's decoded original, which the findings' spans point into.
    public let source: SourceText
    /// Every node of the main outline in document order, with its parent's id.
    let nodes: [(node: OutlineNode, parentId: String?)]

    /// Creates the context and flattens the document's main outline.
    ///
    /// - Parameters:
    ///   - document: The parsed document.
    ///   - source: The text `document` was parsed from.
    public init(document: Document, source: SourceText) {
        self.document = document
        self.source = source
        var flat: [(OutlineNode, String?)] = []
        func walk(_ n: OutlineNode, _ parent: String?) {
            flat.append((n, parent))
            for c in n.children { walk(c, n.id) }
        }
        for n in document.outline { walk(n, nil) }
        self.nodes = flat
    }

    /// The node with this id.
    func node(_ id: String?) -> OutlineNode? {
        guard let id else { return nil }
        return nodes.first { $0.node.id == id }?.node
    }
}

/// A named check over a parsed draft. Each rule lives in its own file under `Rules/`, with
/// its codes documented in docs/checks.md.
protocol CheckRule: Sendable {
    /// The codes this rule can emit.
    var codes: [String] { get }
    func check(_ context: CheckContext) -> [Finding]
}

extension CheckContext {
    /// Arguments for a finding that passes a parser diagnostic on: its English message as
    /// `detail` and the text at its span as `text` (the Chinese templates quote it).
    func detail(_ d: Diagnostic) -> [String: String] {
        var args = ["detail": d.message]
        if let sp = d.span, sp.start <= sp.end, sp.end <= source.scalars.count {
            args["text"] = source.string(sp.start..<sp.end)
        }
        return args
    }
}
