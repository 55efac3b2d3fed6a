/// The flat task list: the numbered items a reader would call the plan's tasks.
///
/// Plans put their tasks at one marker level (`1.` under `(一)` under `三、重点任务`), while
/// goals, principles and safeguards sit as leaves at other levels. The task style is the
/// style that holds the most leaves of the main outline (ties go to the deeper style); every
/// node of that style is a task, with its outline path (`三/(一)/1`).
enum TaskList {
    static func tasks(_ outline: [OutlineNode]) -> [TaskEntry] {
        var leaves: [MarkerStyle: Int] = [:]
        var depthOf: [MarkerStyle: Int] = [:]
        for root in outline {
            root.forEach { n in
                if n.children.isEmpty { leaves[n.style, default: 0] += 1 }
                depthOf[n.style] = max(depthOf[n.style] ?? 0, n.depth)
            }
        }
        guard let style = leaves.max(by: { a, b in
            a.value != b.value ? a.value < b.value : (depthOf[a.key] ?? 0) < (depthOf[b.key] ?? 0)
        })?.key else { return [] }
        var out: [TaskEntry] = []
        func walk(_ n: OutlineNode, _ path: [String]) {
            let here = path + [label(n)]
            if n.style == style {
                out.append(TaskEntry(id: "t\(out.count + 1)", nodeId: n.id, path: here.joined(separator: "/"),
                                     title: n.title, span: n.span))
            }
            for c in n.children { walk(c, here) }
        }
        for r in outline { walk(r, []) }
        return out
    }

    static func label(_ n: OutlineNode) -> String {
        n.style.label(n.ordinal)
    }
}
