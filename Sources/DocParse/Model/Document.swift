/// A parsed policy document: the root of DocParse's output.
///
/// Field names are the JSON contract (see `schemaVersion`); they are written explicitly in
/// `CodingKeys` and never follow Swift property names by accident.
///
/// Every model type lists its `CodingKeys`, and writes its members in `encode(to:)`, in the
/// sorted order of the output: that lets `JSONOutput.write` stream a document of any size
/// (an object whose keys arrive unsorted has to be held until it closes). The JSON tests
/// stream every corpus document with a one-byte chunk size, which fails on any type that
/// breaks the order.
///
/// Every member is always present in the JSON: lists are empty, never missing, when the
/// document has none of a kind, and every fact carries a ``Span`` into the original decoded
/// text, so a consumer can show where it came from. The published JSON Schema is
/// ``JSONSchema/text`` (`schema/docparse.schema.json`).
///
/// ```swift
/// let doc = DocumentParser.parse(text: "一、总体要求\n到2025年,覆盖率达到90%。")
/// print(doc.metadata.docType as Any, doc.outline.count, doc.targets.first?.value as Any)
/// let json = try JSONOutput.string(doc, pretty: true)
/// ```
public struct Document: Codable, Sendable, Equatable {
    /// The version of the JSON contract (semver).
    public static let currentSchemaVersion = "1.2.0"

    /// JSON `schemaVersion`: the semver of the contract the output follows, e.g. `1.1.0`
    /// (always ``currentSchemaVersion`` for a document this library parsed).
    public var schemaVersion: String
    /// JSON `source`: where the input came from and how its bytes were decoded.
    public var source: SourceInfo
    /// JSON `metadata`: what the document says about itself (title, issuer, date, period…).
    public var metadata: Metadata
    /// JSON `outline`: the numbered headings and items of the main document as a tree, in
    /// document order; empty when the text has no numbering. Appendices keep their own.
    public var outline: [OutlineNode]
    /// JSON `tasks`: the flat list of numbered action items (one marker level of the
    /// outline); empty when the outline is.
    public var tasks: [TaskEntry]
    /// JSON `targets`: quantitative targets (or, in a report, achievements) in document
    /// order; empty when the text states none.
    public var targets: [Target]
    /// JSON `units`: every organization named as lead, responsible, supporting or mentioned,
    /// once each, with every place it is named; empty when none is named.
    public var units: [UnitEntry]
    /// JSON `references`: documents cited by title (`《…》`); empty when none is cited.
    public var references: [Reference]
    /// JSON `appendices`: documents appended on the same page (起草说明, 附件), each with its
    /// own outline; usually empty.
    public var appendices: [Appendix]
    /// JSON `glossary`: terms explained in a `名词解释` list; usually empty.
    public var glossary: [GlossaryEntry]
    /// JSON `diagnostics`: repairs made and damage seen, in the order the stages found them;
    /// empty for clean text.
    public var diagnostics: [Diagnostic]

    /// Creates a document with the given source and metadata and every list empty, at
    /// ``currentSchemaVersion``; the parser's stages then fill the lists.
    ///
    /// - Parameters:
    ///   - source: where the input came from and how it was decoded.
    ///   - metadata: what the document says about itself.
    public init(source: SourceInfo, metadata: Metadata) {
        self.schemaVersion = Document.currentSchemaVersion
        self.source = source
        self.metadata = metadata
        self.outline = []
        self.tasks = []
        self.targets = []
        self.units = []
        self.references = []
        self.appendices = []
        self.glossary = []
        self.diagnostics = []
    }

    enum CodingKeys: String, CodingKey {
        case appendices, diagnostics, glossary, metadata, outline, references, schemaVersion, source, targets
        case tasks, units
    }

    /// Every outline node of the main outline, in document order.
    public var allNodes: [OutlineNode] {
        var out: [OutlineNode] = []
        for n in outline { n.forEach { out.append($0) } }
        return out
    }
}
