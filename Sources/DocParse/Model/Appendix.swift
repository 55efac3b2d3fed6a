/// A document appended on the same page (a drafting explanation 起草说明, an attachment 附件),
/// with an outline of its own.
///
/// Government sites often publish a plan and its 起草说明 as one page. The appended text
/// restarts its numbering at `一、`, which would otherwise merge into the plan's outline and
/// duplicate its tasks; so it is cut off at its heading and parsed separately. Its nodes
/// never appear in ``Document/outline``, ``Document/tasks`` or ``Document/allNodes``, and
/// their ids continue the main outline's numbering.
///
/// ```swift
/// for appendix in doc.appendices {
///     print(appendix.id, appendix.title, appendix.outline.count)
/// }
/// ```
public struct Appendix: Codable, Sendable, Equatable {
    /// JSON `id`: `a1`, `a2`… in document order.
    public var id: String
    /// JSON `title`: the appendix's heading as written (the opener line's title, or the line
    /// after an opener such as `起草说明:`), e.g.
    /// `《汉中市提教育质量三年行动计划(20232025年)》起草情况说明`; empty when none was found.
    public var title: String
    /// JSON `span`: from the appendix's opening line to its last line, as half-open
    /// Unicode-scalar offsets into the original text.
    public var span: Span
    /// JSON `outline`: the appendix's own numbered headings and items, as a tree; empty when
    /// it has no numbering.
    public var outline: [OutlineNode]

    /// Creates an appendix; the parser numbers `id` and builds `outline` itself.
    public init(id: String, title: String, span: Span, outline: [OutlineNode]) {
        self.id = id
        self.title = title
        self.span = span
        self.outline = outline
    }

    enum CodingKeys: String, CodingKey { case id, outline, span, title }
}

/// A term explained in a glossary (`名词解释`: `01.五项管理:…`).
///
/// Plans end with a list of the slogans they use (`五项管理`, `三个课堂`) and what each means;
/// keeping them as pairs lets a reader expand a term where the body uses it, and keeps the
/// list out of the outline (its `01.` numbering is not a task list).
public struct GlossaryEntry: Codable, Sendable, Equatable {
    /// JSON `term`: the term as written, without its number and colon, e.g. `五项管理`.
    public var term: String
    /// JSON `definition`: its explanation as written, e.g. `中小学生作业、睡眠、手机、读物、体质管理`.
    public var definition: String
    /// JSON `span`: the whole entry line, number included (`01.五项管理:…`), as
    /// half-open Unicode-scalar offsets into the original text.
    public var span: Span

    /// Creates a glossary entry.
    public init(term: String, definition: String, span: Span) {
        self.term = term
        self.definition = definition
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case definition, span, term }
}
