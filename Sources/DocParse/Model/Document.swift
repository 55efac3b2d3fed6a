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
public struct Document: Codable, Sendable, Equatable {
    /// The version of the JSON contract (semver).
    public static let currentSchemaVersion = "1.0.0"

    public var schemaVersion: String
    public var source: SourceInfo
    public var metadata: Metadata
    public var outline: [OutlineNode]
    public var tasks: [TaskEntry]
    public var targets: [Target]
    public var units: [UnitEntry]
    public var references: [Reference]
    public var appendices: [Appendix]
    public var glossary: [GlossaryEntry]
    public var diagnostics: [Diagnostic]

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
