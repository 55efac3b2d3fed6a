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
        // Nodes read in place, in the order `forEach` visits them (each node, then its
        // children): `forEach` and `for c in children` copied every node (a retain per field).
        func count(_ nodes: [OutlineNode]) {
            for i in nodes.indices {
                let style = nodes[i].style
                if nodes[i].children.isEmpty { leaves[style, default: 0] += 1 }
                depthOf[style] = max(depthOf[style] ?? 0, nodes[i].depth)
                count(nodes[i].children)
            }
        }
        count(outline)
        guard let style = leaves.max(by: { a, b in
            a.value != b.value ? a.value < b.value : (depthOf[a.key] ?? 0) < (depthOf[b.key] ?? 0)
        })?.key else { return [] }
        var out: [TaskEntry] = []
        func walk(_ nodes: [OutlineNode], _ path: [String]) {
            for i in nodes.indices {
                let here = path + [label(nodes[i])]
                if nodes[i].style == style {
                    out.append(TaskEntry(id: "t\(out.count + 1)", nodeId: nodes[i].id, path: here.joined(separator: "/"),
                                         title: nodes[i].title, span: nodes[i].span))
                }
                walk(nodes[i].children, here)
            }
        }
        walk(outline, [])
        return out
    }

    static func label(_ n: OutlineNode) -> String {
        n.style.label(n.ordinal)
    }
}
