/// A unit (organization) named by the document, once, with every place it is named.
public struct UnitEntry: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var aliases: [String]
    /// `party`, `government`, `bureau`, `school`, `enterprise` or `other`.
    public var kind: String
    public var occurrences: [Occurrence]

    public init(id: String, name: String, aliases: [String], kind: String, occurrences: [Occurrence]) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.occurrences = occurrences
    }

    /// One place a unit is named, with the role it has there.
    public struct Occurrence: Codable, Sendable, Equatable {
        public var nodeId: String?
        /// `lead`, `responsible`, `supporting` or `mentioned`.
        public var role: String
        /// The text as written (before an ellipsis was expanded).
        public var text: String
        public var span: Span
        /// The written phrase the name was rebuilt from when `text` is elided (`政府` in
        /// `各县区党委、政府` → `各县区党委、政府`); null when the name is written out.
        public var expandedFrom: String?

        public init(nodeId: String?, role: String, text: String, span: Span, expandedFrom: String? = nil) {
            self.nodeId = nodeId
            self.role = role
            self.text = text
            self.span = span
            self.expandedFrom = expandedFrom
        }

        enum CodingKeys: String, CodingKey { case expandedFrom, nodeId, role, span, text }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(expandedFrom, forKey: .expandedFrom)
            try c.encode(nodeId, forKey: .nodeId)
            try c.encode(role, forKey: .role)
            try c.encode(span, forKey: .span)
            try c.encode(text, forKey: .text)
        }
    }

    enum CodingKeys: String, CodingKey { case aliases, id, kind, name, occurrences }
}

/// A document cited by title (`《…》`), with its issuer and number where the text gives them.
public struct Reference: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var issuer: String?
    public var documentNumber: String?
    /// Span of the title with its `《》`.
    public var span: Span
    /// Span of the issuer as written, when the text names it.
    public var issuerSpan: Span?
    /// Span of the document number (`鲁教组发〔2022〕1号`).
    public var documentNumberSpan: Span?

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
