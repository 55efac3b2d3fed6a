import Testing
@testable import DocParse

/// The task style is chosen by leaf count, then depth; a full tie must not depend on the
/// order a dictionary happens to iterate in (Swift seeds its hashing per process).
@Suite("Task list style ties")
struct TaskListTieTests {
    private func node(_ id: String, _ style: MarkerStyle, _ ordinal: Int, _ start: Int) -> OutlineNode {
        let span = Span(start: start, end: start + 4, line: start / 10 + 1, column: 1)
        return OutlineNode(id: id, depth: 1, marker: "", ordinal: ordinal, style: style, title: "事项\(ordinal)",
                           text: "事项\(ordinal)", span: span)
    }

    @Test func fullTieGoesToTheLaterListedStyle() {
        // Two leaves of `一、` and two of `(1)`, all at depth 1, written in either order.
        let a = [node("n1", .cnComma, 1, 0), node("n2", .cnComma, 2, 10),
                 node("n3", .numParen, 1, 20), node("n4", .numParen, 2, 30)]
        let b = [node("n1", .numParen, 1, 0), node("n2", .numParen, 2, 10),
                 node("n3", .cnComma, 1, 20), node("n4", .cnComma, 2, 30)]
        #expect(TaskList.tasks(a).map(\.nodeId) == ["n3", "n4"])
        #expect(TaskList.tasks(b).map(\.nodeId) == ["n1", "n2"])
    }

    @Test func moreLeavesStillWin() {
        let a = [node("n1", .numParen, 1, 0), node("n2", .cnComma, 1, 10),
                 node("n3", .cnComma, 2, 20), node("n4", .cnComma, 3, 30)]
        #expect(TaskList.tasks(a).map(\.nodeId) == ["n2", "n3", "n4"])
    }
}
