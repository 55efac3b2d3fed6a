/// One entry of the flat task list: a numbered item that carries action text.
public struct TaskEntry: Codable, Sendable, Equatable {
    public var id: String
    public var nodeId: String
    /// The outline path of markers, e.g. `三/(一)/1`.
    public var path: String
    public var title: String
    public var span: Span

    public init(id: String, nodeId: String, path: String, title: String, span: Span) {
        self.id = id
        self.nodeId = nodeId
        self.path = path
        self.title = title
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case id, nodeId, path, span, title }
}
