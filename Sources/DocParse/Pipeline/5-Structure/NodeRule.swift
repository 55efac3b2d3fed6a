/// What opened an outline node: a marker form the analysis read at the line start, or one of
/// the outline's own rules. `parsecli parse --trace` writes ``name`` as the node's `rule`.
enum NodeRule: Sendable, Equatable {
    /// A marker read at the start of a line, in one of its forms (intact or damaged).
    case marker(MarkerCandidate.Form)
    /// An item run into the heading above it on one line, split off.
    case headingSplit
    /// A task-table row whose number cell is no marker shape (`1 | 任务 | …`).
    case tableRowNumber
    /// A numbered measure in a cell of a task-table row or its sub-rows (`1.及时下达…`).
    case tableSubItem

    /// Every rule name a node can carry, in one list (the outline stage's registry).
    static let all: [NodeRule] = MarkerCandidate.Form.allCases.map(NodeRule.marker) + [.headingSplit, .tableRowNumber, .tableSubItem]

    var name: String {
        switch self {
        case .marker(let form): return form.rawValue
        case .headingSplit: return "outline.heading-split"
        case .tableRowNumber: return "outline.table-row-number"
        case .tableSubItem: return "outline.table-sub-item"
        }
    }
}
