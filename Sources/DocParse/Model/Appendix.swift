/// A document appended on the same page (a drafting explanation 起草说明, an attachment 附件),
/// with an outline of its own so that it never merges into the plan's numbering.
public struct Appendix: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var span: Span
    public var outline: [OutlineNode]

    public init(id: String, title: String, span: Span, outline: [OutlineNode]) {
        self.id = id
        self.title = title
        self.span = span
        self.outline = outline
    }

    enum CodingKeys: String, CodingKey { case id, outline, span, title }
}

/// A term explained in a glossary (`名词解释`: `01.五项管理:…`).
public struct GlossaryEntry: Codable, Sendable, Equatable {
    public var term: String
    public var definition: String
    public var span: Span

    public init(term: String, definition: String, span: Span) {
        self.term = term
        self.definition = definition
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case definition, span, term }
}
