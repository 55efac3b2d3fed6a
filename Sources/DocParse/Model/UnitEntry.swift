/// A unit (organization) named by the document, once, with every place it is named.
///
/// Plans assign each task to units (`牵头单位:市教育局;责任单位:市财政局、各县区党委、政府`).
/// The registry lists every unit once, with the role it has at each place, so that a
/// consumer can answer "what is 市财政局 responsible for" without reading every node.
/// Names elided in lists are rebuilt in full (`各县区党委、政府` names `各县区党委` and
/// `各县区政府`); see ``Occurrence/expandedFrom``.
///
/// ```swift
/// if let finance = doc.units.first(where: { $0.name == "市财政局" }) {
///     let nodes = finance.occurrences.filter { $0.role == "responsible" }.compactMap(\.nodeId)
/// }
/// ```
public struct UnitEntry: Codable, Sendable, Equatable {
    /// JSON `id`: `u1`, `u2`… in order of first mention, e.g. `u1`.
    public var id: String
    /// JSON `name`: the unit's full name (the longest of its spellings, with an elided
    /// name rebuilt), e.g. `市教育局` or `各县区政府`.
    public var name: String
    /// JSON `aliases`: other spellings merged into this unit within the document (a name
    /// without its level or place prefix, such as `教育局` for `市教育局`, when that is
    /// unambiguous); empty when the unit is always written the same way.
    public var aliases: [String]
    /// JSON `kind`: what kind of body it is: `party` (`市委组织部`), `government`
    /// (`各县区政府`), `bureau` (`市教育局`), `school`, `enterprise` or `other`.
    public var kind: UnitKind
    /// JSON `occurrences`: every place it is named, in document order; never empty.
    public var occurrences: [Occurrence]

    /// Creates a registry entry.
    ///
    /// - Parameters:
    ///   - id: `u1`, `u2`… in order of first mention.
    ///   - name: the unit's full name.
    ///   - aliases: other spellings merged into it.
    ///   - kind: `party`, `government`, `bureau`, `school`, `enterprise` or `other`.
    ///   - occurrences: every place it is named.
    public init(id: String, name: String, aliases: [String], kind: UnitKind, occurrences: [Occurrence]) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.occurrences = occurrences
    }

    /// One place a unit is named, with the role it has there.
    public struct Occurrence: Codable, Sendable, Equatable {
        /// JSON `nodeId`: the id of the deepest main-outline node holding the mention, e.g.
        /// `n5`; null outside the main outline.
        public var nodeId: String?
        /// JSON `role`: `lead` (牵头), `responsible` (负责, 责任单位), `supporting` (配合,
        /// 协办) or `mentioned` (named with no assignment).
        public var role: AttributionRole
        /// JSON `text`: the text as written (before an ellipsis was expanded), e.g. `政府`
        /// for the second unit of `各县区党委、政府`.
        public var text: String
        /// JSON `span`: span of `text`, as half-open Unicode-scalar offsets into the
        /// original text.
        public var span: Span
        /// JSON `expandedFrom`: when the name was rebuilt from an elided list
        /// (`各县区党委、政府` → `各县区政府`), the phrase as written, e.g. `各县区党委、政府`
        /// or `各县区党委政府`; null when the name is written out.
        public var expandedFrom: String?
        /// JSON `rule` (only with `parsecli parse --trace` / ``ParseOptions/trace``): the name of
        /// the rule that produced this occurrence, e.g. `units.bracket-labels`; absent otherwise.
        public var rule: String?

        /// Creates an occurrence.
        ///
        /// - Parameters:
        ///   - nodeId: the outline node holding the mention, or nil.
        ///   - role: `lead`, `responsible`, `supporting` or `mentioned`.
        ///   - text: the text as written.
        ///   - span: span of `text`.
        ///   - expandedFrom: the written phrase an elided name was rebuilt from, or nil.
        public init(nodeId: String?, role: AttributionRole, text: String, span: Span, expandedFrom: String? = nil) {
            self.nodeId = nodeId
            self.role = role
            self.text = text
            self.span = span
            self.expandedFrom = expandedFrom
        }

        enum CodingKeys: String, CodingKey { case expandedFrom, nodeId, role, rule, span, text }

        /// Writes the members in sorted key order, which lets ``JSONOutput`` stream the object.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(expandedFrom, forKey: .expandedFrom)
            try c.encode(nodeId, forKey: .nodeId)
            try c.encode(role, forKey: .role)
            try c.encodeIfPresent(rule, forKey: .rule)
            try c.encode(span, forKey: .span)
            try c.encode(text, forKey: .text)
        }
    }

    enum CodingKeys: String, CodingKey { case aliases, id, kind, name, occurrences }
}

/// A document cited by title (`《…》`), with its issuer and number where the text gives them.
///
/// Plans justify themselves by the documents they implement (`根据中共中央、国务院《深化新时代
/// 教育评价改革总体方案》`); listing the citations lets a consumer link plans to the policies
/// above them. A title the text cites several times is listed at each place.
public struct Reference: Codable, Sendable, Equatable {
    /// JSON `id`: `r1`, `r2`… in document order.
    public var id: String
    /// JSON `title`: the title inside `《》`, as written, e.g. `深化新时代教育评价改革总体方案`.
    public var title: String
    /// JSON `issuer`: the issuing body named right before the title (or opening it, as in
    /// `《中共中央、国务院关于…》`), as written, e.g. `中共中央、国务院`; titles cited together
    /// (`《A》《B》`) share it. Null when the text names none.
    public var issuer: String?
    /// JSON `documentNumber`: its document number when given next to the title, e.g.
    /// `鲁教组发〔2022〕1号`; null otherwise.
    public var documentNumber: String?
    /// JSON `span`: span of the title with its `《》`, as half-open Unicode-scalar offsets
    /// into the original text.
    public var span: Span
    /// JSON `issuerSpan`: span of the issuer as written; null when `issuer` is.
    public var issuerSpan: Span?
    /// JSON `documentNumberSpan`: span of the document number (`鲁教组发〔2022〕1号`); null
    /// when `documentNumber` is.
    public var documentNumberSpan: Span?

    /// Creates a reference.
    ///
    /// - Parameters:
    ///   - id: `r1`, `r2`… in document order.
    ///   - title: the title inside `《》`.
    ///   - issuer: the issuing body, or nil.
    ///   - documentNumber: the document number, or nil.
    ///   - span: span of the title with its `《》`.
    ///   - issuerSpan: span of the issuer, or nil.
    ///   - documentNumberSpan: span of the document number, or nil.
    public init(id: String, title: String, issuer: String?, documentNumber: String?, span: Span,
                issuerSpan: Span? = nil, documentNumberSpan: Span? = nil) {
        self.id = id
        self.title = title
        self.issuer = issuer
        self.documentNumber = documentNumber
        self.span = span
        self.issuerSpan = issuerSpan
        self.documentNumberSpan = documentNumberSpan
    }

    enum CodingKeys: String, CodingKey { case documentNumber, documentNumberSpan, id, issuer, issuerSpan, span, title }

    /// Writes the members in sorted key order, which lets ``JSONOutput`` stream the object.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documentNumber, forKey: .documentNumber)
        try c.encode(documentNumberSpan, forKey: .documentNumberSpan)
        try c.encode(id, forKey: .id)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(issuerSpan, forKey: .issuerSpan)
        try c.encode(span, forKey: .span)
        try c.encode(title, forKey: .title)
    }
}
