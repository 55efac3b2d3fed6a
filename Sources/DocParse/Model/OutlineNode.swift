/// A numbered heading or item of the document, with the nodes nested under it.
public struct OutlineNode: Codable, Sendable, Equatable {
    /// Stable within one output: `n1`, `n2`… in document order.
    public var id: String
    /// 1 for top-level headings, growing with nesting.
    public var depth: Int
    /// The marker as written in the original (`一、`, `(三)`, `5.`, `①`, `第二条`), or as
    /// restored when it was damaged (see `repaired`).
    public var marker: String
    /// The number the marker stands for (`(八)` → 8).
    public var ordinal: Int
    /// A stable name of the marker style (see `MarkerStyle`).
    public var style: String
    /// The heading line, or the first sentence of an item without its `。`.
    public var title: String
    /// The whole item: title and body up to the next node.
    public var text: String
    /// Span of `text` in the original.
    public var span: Span
    /// Span of the title.
    public var titleSpan: Span?
    /// Lead units (`牵头单位`).
    public var lead: [String]
    /// Responsible units (`责任单位`).
    public var responsible: [String]
    /// Supporting units (`配合单位`, `协办单位`).
    public var supporting: [String]
    /// People named as responsible (`责任领导`), never units.
    public var leaders: [String]
    /// `一是… 二是…` and run-in numbered lists inside the item.
    public var clauses: [Clause]
    /// Dash-led lines (`——…`) inside the item.
    public var bullets: [Bullet]
    /// True when the marker was damaged and restored (a diagnostic says how).
    public var repaired: Bool
    public var children: [OutlineNode]

    public init(id: String, depth: Int, marker: String, ordinal: Int, style: String, title: String, text: String,
                span: Span, titleSpan: Span? = nil) {
        self.id = id
        self.depth = depth
        self.marker = marker
        self.ordinal = ordinal
        self.style = style
        self.title = title
        self.text = text
        self.span = span
        self.titleSpan = titleSpan
        self.lead = []
        self.responsible = []
        self.supporting = []
        self.leaders = []
        self.clauses = []
        self.bullets = []
        self.repaired = false
        self.children = []
    }

    enum CodingKeys: String, CodingKey {
        case bullets, children, clauses, depth, id, lead, leaders, marker, ordinal, repaired, responsible, span
        case style, supporting, text, title, titleSpan
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(bullets, forKey: .bullets)
        try c.encode(children, forKey: .children)
        try c.encode(clauses, forKey: .clauses)
        try c.encode(depth, forKey: .depth)
        try c.encode(id, forKey: .id)
        try c.encode(lead, forKey: .lead)
        try c.encode(leaders, forKey: .leaders)
        try c.encode(marker, forKey: .marker)
        try c.encode(ordinal, forKey: .ordinal)
        try c.encode(repaired, forKey: .repaired)
        try c.encode(responsible, forKey: .responsible)
        try c.encode(span, forKey: .span)
        try c.encode(style, forKey: .style)
        try c.encode(supporting, forKey: .supporting)
        try c.encode(text, forKey: .text)
        try c.encode(title, forKey: .title)
        try c.encode(titleSpan, forKey: .titleSpan)
    }

    /// End offset (in the original text) of this node and everything nested under it. A
    /// heading's own `span` stops at its first child ("up to the next node"); this is the
    /// extent of the whole section.
    public var subtreeEnd: Int {
        max(span.end, children.last?.subtreeEnd ?? span.end)
    }

    /// Calls `body` on this node and every descendant, in document order.
    public func forEach(_ body: (OutlineNode) -> Void) {
        body(self)
        for c in children { c.forEach(body) }
    }
}

/// An enumerated clause inside a node (`一是…`, `其一…`, `1、…` run into a paragraph).
public struct Clause: Codable, Sendable, Equatable {
    public var marker: String
    public var ordinal: Int?
    public var text: String
    public var span: Span

    public init(marker: String, ordinal: Int?, text: String, span: Span) {
        self.marker = marker
        self.ordinal = ordinal
        self.text = text
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case marker, ordinal, span, text }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(marker, forKey: .marker)
        try c.encode(ordinal, forKey: .ordinal)
        try c.encode(span, forKey: .span)
        try c.encode(text, forKey: .text)
    }
}

/// A dash-led line inside a node (`——学前教育普及普惠水平有新提升。`).
public struct Bullet: Codable, Sendable, Equatable {
    public var text: String
    public var span: Span

    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case span, text }
}
