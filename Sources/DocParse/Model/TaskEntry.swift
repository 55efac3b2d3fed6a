/// One entry of the flat task list: a numbered item that carries action text.
///
/// Plans put their tasks at one marker level (`1.` under `(一)` under `三、重点任务`), while
/// goals, principles and safeguards sit at other levels. The task list picks that level (the
/// marker style holding the most leaves of the main outline) and lists its items flat, with
/// their outline path, which is what a tracking sheet or a task-by-task diff needs. Details
/// (units, clauses) stay on the node that `nodeId` names.
///
/// ```swift
/// let nodes = Dictionary(uniqueKeysWithValues: doc.allNodes.map { ($0.id, $0) })
/// for task in doc.tasks {
///     print(task.path, task.title, nodes[task.nodeId]?.lead ?? [])
/// }
/// // 三/(一)/1 推进中小学校党建创优行动 ["市教育局"]
/// ```
public struct TaskEntry: Codable, Sendable, Equatable {
    /// JSON `id`: `t1`, `t2`… in document order, e.g. `t3`.
    public var id: String
    /// JSON `nodeId`: the id of the outline node this task is, e.g. `n5`; never null.
    public var nodeId: String
    /// JSON `path`: the outline path from the top level down, each marker as its style's
    /// label (`三、` → `三`, `(一)` stays `(一)`, `1.` → `1`), joined by `/`, e.g. `三/(一)/1`.
    public var path: String
    /// JSON `title`: the task's title (the node's `title`), e.g. `推进中小学校党建创优行动`.
    public var title: String
    /// JSON `span`: the node's span (the whole item, up to the next node), as half-open
    /// Unicode-scalar offsets into the original text.
    public var span: Span

    /// Creates a task entry.
    ///
    /// - Parameters:
    ///   - id: `t1`, `t2`… in document order.
    ///   - nodeId: the id of the outline node.
    ///   - path: the outline path of markers (`三/(一)/1`).
    ///   - title: the node's title.
    ///   - span: the node's span.
    public init(id: String, nodeId: String, path: String, title: String, span: Span) {
        self.id = id
        self.nodeId = nodeId
        self.path = path
        self.title = title
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case id, nodeId, path, span, title }
}
