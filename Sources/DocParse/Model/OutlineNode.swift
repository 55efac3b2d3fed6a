/// A numbered heading or item of the document, with the nodes nested under it.
///
/// Chinese plans number their structure with several marker styles (`一、` › `(一)` › `1.`
/// › `(1)`); the outline rebuilds that tree, restoring markers that web copying damaged
/// (`1推进…` for `1.推进…`, flagged by `repaired` and a diagnostic). A node's `span` and
/// `text` cover its own heading and body up to the next node; nested nodes are in
/// `children`, and ``subtreeEnd`` gives the end of the whole section.
///
/// ```swift
/// for node in doc.allNodes where node.children.isEmpty {
///     print(node.id, node.marker, node.title, node.responsible)
/// }
/// // n5 1. 推进中小学校党建创优行动 ["市委组织部", "市委编办", …]
/// ```
public struct OutlineNode: Codable, Sendable, Equatable {
    /// JSON `id`: `n1`, `n2`… in document order, stable within one output (appendix nodes
    /// continue the numbering), e.g. `n12`.
    public var id: String
    /// JSON `depth`: 1 for top-level headings, growing with nesting, e.g. `2` for `(一)`
    /// under `三、`.
    public var depth: Int
    /// JSON `marker`: the marker as written in the original (`一、`, `(三)`, `5.`, `①`,
    /// `第二条`), or as restored when it was damaged (see `repaired`): the text `1推进…`
    /// gives marker `1.`.
    public var marker: String
    /// JSON `ordinal`: the number the marker stands for (`(八)` → 8); never null.
    public var ordinal: Int
    /// JSON `style`: a stable name of the marker style: `chapter` (`第一章`), `section`
    /// (`第一节`), `part` (`第一部分`), `article` (`第一条`), `cn-comma` (`一、`), `cn-paren`
    /// (`(一)`), `num-dot` (`1.`, `1、`), `num-paren` (`(1)`), `circled` (`①`),
    /// `latin-paren` (`(a)`) or `latin-dot` (`a.`).
    public var style: MarkerStyle
    /// JSON `rule` (only with `parsecli parse --trace` / ``ParseOptions/trace``): the name of
    /// the rule that produced this node, e.g. `marker.intact`; absent otherwise.
    public var rule: String?
    /// JSON `title`: the heading line without its marker, or the first sentence of an item
    /// without its `。`, e.g. `实施党建示范提升工程`; empty when the marker stands alone.
    public var title: String
    /// JSON `text`: the whole item as written, marker included: title and body up to the
    /// next node, its lines joined with `\n` (a line broken inside a sentence is joined
    /// without one), e.g. `三、重点任务` for a heading with no body of its own.
    public var text: String
    /// JSON `span`: span of `text` in the original, from the marker to the end of the
    /// node's last line (before its first child), as half-open Unicode-scalar offsets.
    public var span: Span
    /// JSON `titleSpan`: span of `title` in the original; null when the title is empty.
    public var titleSpan: Span?
    /// JSON `lead`: lead units (`牵头单位`) named in the item, by their full names, e.g.
    /// `["市教育局"]`; empty when none is named.
    public var lead: [String]
    /// JSON `responsible`: responsible units (`责任单位`), e.g. `["市财政局", "各县区政府"]`
    /// (a name elided in the text is given in full); empty when none is named.
    public var responsible: [String]
    /// JSON `supporting`: supporting units (`配合单位`, `协办单位`); empty when none is named.
    public var supporting: [String]
    /// JSON `leaders`: people named as responsible (`责任领导`), never units; empty when
    /// none is named.
    public var leaders: [String]
    /// JSON `clauses`: `一是… 二是…`, `首先…其次…` and run-in numbered lists (`1、…2、…`)
    /// inside the item, in order; empty when there are none.
    public var clauses: [Clause]
    /// JSON `bullets`: dash-led lines (`——…`) inside the item, in order; empty when there
    /// are none.
    public var bullets: [Bullet]
    /// JSON `repaired`: true when the marker was damaged and restored (a diagnostic such as
    /// `outline.marker-restored` says how); false for a marker as written.
    public var repaired: Bool
    /// JSON `children`: the nodes nested under this one, in document order; empty for a
    /// leaf.
    public var children: [OutlineNode]

    /// Creates a node with no units, clauses, bullets or children, not repaired; the
    /// parser's later stages fill those in.
    ///
    /// - Parameters:
    ///   - id: `n1`, `n2`… in document order.
    ///   - depth: nesting depth, 1 at the top.
    ///   - marker: the marker as written or restored.
    ///   - ordinal: the number the marker stands for.
    ///   - style: the stable style name (`cn-comma`, `num-dot`…).
    ///   - title: the heading, or the item's first sentence.
    ///   - text: the whole item as written.
    ///   - span: span of `text` in the original.
    ///   - titleSpan: span of `title`, or nil when it is empty.
    public init(id: String, depth: Int, marker: String, ordinal: Int, style: MarkerStyle, title: String, text: String,
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
        case bullets, children, clauses, depth, id, lead, leaders, marker, ordinal, repaired, responsible, rule, span
        case style, supporting, text, title, titleSpan
    }

    /// Writes the members in sorted key order, which lets ``JSONOutput`` stream the object.
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
        try c.encodeIfPresent(rule, forKey: .rule)
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
        // Down the chain of last children, reading each end in place: the recursive form
        // copied every last child (a retain per field; 0.7 % of `parsecli batch`, perf).
        var end = span.end
        var kids = children
        while !kids.isEmpty {
            let last = kids.count - 1
            end = max(end, kids[last].span.end)
            kids = kids[last].children
        }
        return end
    }

    /// Calls `body` on this node and every descendant, in document order.
    public func forEach(_ body: (OutlineNode) -> Void) {
        body(self)
        for c in children { c.forEach(body) }
    }
}

/// An enumerated clause inside a node (`一是…`, `其一…`, `1、…` run into a paragraph).
///
/// Items written as one paragraph often enumerate their measures (`一是严格规范办学。…二是…`);
/// those are not outline nodes, but a reader wants them apart, so they are kept as the
/// node's ``OutlineNode/clauses``. A series counts only when it starts at its first ordinal
/// and goes on in order with at least two members (a run-in list may skip one number that
/// copying lost).
public struct Clause: Codable, Sendable, Equatable {
    /// JSON `marker`: the clause word or marker as written, e.g. `一是`, `其一`, `首先`, `1、`
    /// or `①`.
    public var marker: String
    /// JSON `ordinal`: the number it stands for (`三是` → 3, `其次` → 2); null for `最后`,
    /// which ends a series without a number.
    public var ordinal: Int?
    /// JSON `text`: the clause as written, marker included, up to the next clause or the
    /// end of the paragraph, e.g. `二是扎实推进校内减负工作。…`.
    public var text: String
    /// JSON `span`: span of `text`, as half-open Unicode-scalar offsets into the original.
    public var span: Span

    /// Creates a clause.
    public init(marker: String, ordinal: Int?, text: String, span: Span) {
        self.marker = marker
        self.ordinal = ordinal
        self.text = text
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case marker, ordinal, span, text }

    /// Writes the members in sorted key order, which lets ``JSONOutput`` stream the object.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(marker, forKey: .marker)
        try c.encode(ordinal, forKey: .ordinal)
        try c.encode(span, forKey: .span)
        try c.encode(text, forKey: .text)
    }
}

/// A dash-led line inside a node (`——学前教育普及普惠水平有新提升。`).
///
/// Goals sections list their aims as lines led by `——`; they carry no number, so they are
/// kept as the node's ``OutlineNode/bullets`` rather than as outline nodes.
public struct Bullet: Codable, Sendable, Equatable {
    /// JSON `text`: the line as written without its leading dashes, e.g.
    /// `学前教育普及普惠水平有新提升。学前普惠性幼儿园…`.
    public var text: String
    /// JSON `span`: the whole line, dashes included, as half-open Unicode-scalar offsets
    /// into the original.
    public var span: Span

    /// Creates a bullet.
    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case span, text }
}
