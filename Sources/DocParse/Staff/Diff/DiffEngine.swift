/// Compares two drafts: aligns their tasks even when renumbered, moved or reworded (title
/// similarity plus position, never numbers alone), then compares targets, unit lists and
/// metadata of what was aligned.
///
/// Numbers cannot be trusted to align tasks: inserting one task renumbers every task after
/// it. Tasks are therefore paired greedily by a score of title similarity (character
/// bigrams), similarity of the start of their text and relative position; pairs below a
/// threshold are not the same task. A paired task is `moved` when its section changed or it
/// falls outside the longest run of tasks kept in order, so one insertion does not mark
/// everything after it as moved. Targets are paired the same way by indicator, node and unit.
/// When a document lists no tasks, the leaves of its outline are compared instead.
///
/// ```swift
/// let old = try DocumentParser.parse(bytes: draft1)
/// let new = try DocumentParser.parse(bytes: draft2)
/// print(DiffFormatter.text(DiffEngine.diff(old: old, new: new), old: "draft1.txt", new: "draft2.txt"))
/// ```
public enum DiffEngine {
    /// Pairs under this score are not the same task.
    static let taskThreshold = 0.45
    static let targetThreshold = 0.5

    struct Item {
        var node: OutlineNode
        var path: String
        var section: String
        var parentPath: String
        var position: Double
        var grams: BigramSet
        var bodyGrams: BigramSet
    }

    /// Compares two parsed drafts.
    ///
    /// - Parameters:
    ///   - old: The earlier draft.
    ///   - new: The later draft.
    /// - Returns: The changes from `old` to `new`; ``DraftDiff/isEmpty`` when there are none.
    public static func diff(old: Document, new: Document) -> DraftDiff {
        diff(old: old, new: new, aligned: align(old, new))
    }

    /// The diff of drafts whose items are already aligned (``DraftComparison`` aligns once
    /// for its rows and this report).
    static func diff(old: Document, new: Document, aligned: ([Item], [Item], [(Int, Int, Double)])) -> DraftDiff {
        let (a, b, pairs) = aligned
        var changes: [DraftDiff.TaskChange] = []
        let matchedA = Set(pairs.map(\.0)), matchedB = Set(pairs.map(\.1))
        // Moved: a matched task whose section changed, or that is out of the longest run of
        // tasks kept in order (so one insertion does not make everything after it "moved").
        // Tasks that changed section are moved whatever their order, so they are left out of
        // the in-order run.
        let stayed = pairs.enumerated().filter { a[$0.element.0].parentPath == b[$0.element.1].parentPath }.map(\.offset)
        let inOrderStayed = longestIncreasing(stayed.map { pairs[$0].0 })
        let inOrder = Set(inOrderStayed.map { stayed[$0] })
        for (k, (i, j, score)) in pairs.enumerated() {
            let o = a[i], n = b[j]
            let sameTitle = normalizedTitle(o.node.title) == normalizedTitle(n.node.title)
            if o.parentPath != n.parentPath || !inOrder.contains(k) {
                changes.append(change("moved", o, n, score))
            } else if o.path != n.path {
                changes.append(change("renumbered", o, n, score))
            }
            if !sameTitle { changes.append(change("renamed", o, n, score)) }
        }
        for (i, o) in a.enumerated() where !matchedA.contains(i) {
            changes.append(DraftDiff.TaskChange(change: "removed", oldPath: o.path, newPath: nil, oldTitle: o.node.title, newTitle: nil,
                                                similarity: nil, section: o.section, oldSpan: o.node.span, newSpan: nil))
        }
        for (j, n) in b.enumerated() where !matchedB.contains(j) {
            changes.append(DraftDiff.TaskChange(change: "added", oldPath: nil, newPath: n.path, oldTitle: nil, newTitle: n.node.title,
                                                similarity: nil, section: n.section, oldSpan: nil, newSpan: n.node.span))
        }
        changes.sort { ($0.newSpan?.start ?? $0.oldSpan?.start ?? 0, $0.change) < ($1.newSpan?.start ?? $1.oldSpan?.start ?? 0, $1.change) }

        var nodeMap: [String: String] = [:] // old node id -> new node id
        for (i, j, _) in pairs { nodeMap[a[i].node.id] = b[j].node.id }
        let units = unitChanges(pairs.map { (a[$0.0], b[$0.1]) })
        let targets = targetChanges(old, new, nodeMap, pathsB: Dictionary(uniqueKeysWithValues: b.map { ($0.node.id, $0.path) }),
                                    pathsA: Dictionary(uniqueKeysWithValues: a.map { ($0.node.id, $0.path) }))
        return DraftDiff(metadata: metadataChanges(old.metadata, new.metadata), tasks: changes, targets: targets, units: units)
    }

    /// The items of both drafts and the pairs of the same item (old index, new index, score).
    static func align(_ old: Document, _ new: Document) -> ([Item], [Item], [(Int, Int, Double)]) {
        let a = items(old), b = items(new)
        let pairs = GreedyAligner.align(a.count, b.count, threshold: taskThreshold) { i, j in
            let title = a[i].grams.dice(b[j].grams)
            let body = a[i].bodyGrams.dice(b[j].bodyGrams)
            let place = 1 - abs(a[i].position - b[j].position)
            return 0.6 * title + 0.3 * body + 0.1 * place
        }
        return (a, b, pairs)
    }

    static func change(_ kind: String, _ o: Item, _ n: Item, _ score: Double) -> DraftDiff.TaskChange {
        DraftDiff.TaskChange(change: kind, oldPath: o.path, newPath: n.path, oldTitle: o.node.title, newTitle: n.node.title,
                             similarity: (score * 100).rounded() / 100, section: n.section, oldSpan: o.node.span, newSpan: n.node.span)
    }

    /// The tasks of a document (or, when it lists none, the leaves of its outline).
    static func items(_ doc: Document) -> [Item] {
        var byId: [String: (OutlineNode, [OutlineNode])] = [:] // node and its ancestors
        func walk(_ n: OutlineNode, _ ancestors: [OutlineNode]) {
            byId[n.id] = (n, ancestors)
            for c in n.children { walk(c, ancestors + [n]) }
        }
        for n in doc.outline { walk(n, []) }
        // The document's own task paths (`三/(一)/1`); marker chains only for leaves of an
        // outline without a task list.
        var taskPaths: [String: String] = [:]
        for t in doc.tasks { taskPaths[t.nodeId] = t.path }
        var ids = doc.tasks.map(\.nodeId)
        if ids.isEmpty {
            ids = doc.allNodes.filter { $0.children.isEmpty }.map(\.id)
        }
        let total = max(1, ids.count - 1)
        return ids.enumerated().compactMap { k, id in
            guard let (node, ancestors) = byId[id] else { return nil }
            let chain = ancestors + [node]
            let path = taskPaths[id] ?? chain.map(\.marker).joined(separator: "/")
            let parentPath = ancestors.map { normalizedTitle($0.title) }.joined(separator: "/")
            let section = ancestors.first.map { "\($0.marker)\($0.title)" } ?? "\(node.marker)\(node.title)"
            return Item(node: node, path: path, section: section, parentPath: parentPath,
                        position: Double(k) / Double(total), grams: BigramSet(node.title),
                        bodyGrams: BigramSet(String(node.text.prefix(200))))
        }
    }

    static func normalizedTitle(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { CharClass.isHan($0.value) || CharClass.isLatin($0.value) || CharClass.isDigit($0.value) }))
    }

    /// Indices (into `seq`) of one longest strictly increasing subsequence, O(n log n).
    static func longestIncreasing(_ seq: [Int]) -> Set<Int> {
        var tails: [Int] = [], tailIdx: [Int] = [], prev = [Int](repeating: -1, count: seq.count)
        for (k, v) in seq.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi { let mid = (lo + hi) / 2; if tails[mid] < v { lo = mid + 1 } else { hi = mid } }
            if lo > 0 { prev[k] = tailIdx[lo - 1] }
            if lo == tails.count { tails.append(v); tailIdx.append(k) } else { tails[lo] = v; tailIdx[lo] = k }
        }
        var out = Set<Int>()
        var k = tailIdx.last ?? -1
        while k >= 0 { out.insert(k); k = prev[k] }
        return out
    }

    static func unitChanges(_ pairs: [(Item, Item)]) -> [DraftDiff.UnitChange] {
        var out: [DraftDiff.UnitChange] = []
        for (o, n) in pairs {
            for (role, old, new) in [("lead", o.node.lead, n.node.lead), ("responsible", o.node.responsible, n.node.responsible),
                                     ("supporting", o.node.supporting, n.node.supporting)] {
                let added = new.filter { !old.contains($0) }, removed = old.filter { !new.contains($0) }
                if !added.isEmpty || !removed.isEmpty {
                    out.append(DraftDiff.UnitChange(path: n.path, title: n.node.title, role: role, added: added, removed: removed))
                }
            }
        }
        return out
    }

    static func targetChanges(_ old: Document, _ new: Document, _ nodeMap: [String: String],
                              pathsB: [String: String], pathsA: [String: String]) -> [DraftDiff.TargetChange] {
        let ta = old.targets, tb = new.targets
        let ga = ta.map { BigramSet($0.indicator ?? $0.text) }, gb = tb.map { BigramSet($0.indicator ?? $0.text) }
        let pairs = GreedyAligner.align(ta.count, tb.count, threshold: targetThreshold) { i, j in
            let sameNode = ta[i].nodeId.flatMap { nodeMap[$0] } == tb[j].nodeId && tb[j].nodeId != nil
            let unitBonus = ta[i].unit == tb[j].unit ? 0.1 : 0
            return 0.75 * ga[i].dice(gb[j]) + (sameNode ? 0.15 : 0) + unitBonus
        }
        var out: [DraftDiff.TargetChange] = []
        func state(_ t: Target) -> DraftDiff.TargetState {
            DraftDiff.TargetState(value: t.value, unit: t.unit, comparator: t.comparator.rawValue, year: t.year, text: t.text, span: t.span)
        }
        for (i, j, _) in pairs {
            let o = ta[i], n = tb[j]
            var fields: [String] = []
            if o.value != n.value { fields.append("value") }
            if o.unit != n.unit { fields.append("unit") }
            if o.comparator != n.comparator { fields.append("comparator") }
            if o.year != n.year || o.yearEnd != n.yearEnd { fields.append("year") }
            if !fields.isEmpty {
                out.append(DraftDiff.TargetChange(change: "changed", indicator: n.indicator ?? o.indicator, old: state(o), new: state(n),
                                                  fields: fields, path: n.nodeId.flatMap { pathsB[$0] }))
            }
        }
        let ma = Set(pairs.map(\.0)), mb = Set(pairs.map(\.1))
        for (i, o) in ta.enumerated() where !ma.contains(i) {
            out.append(DraftDiff.TargetChange(change: "removed", indicator: o.indicator, old: state(o), new: nil, fields: [],
                                              path: o.nodeId.flatMap { pathsA[$0] }))
        }
        for (j, n) in tb.enumerated() where !mb.contains(j) {
            out.append(DraftDiff.TargetChange(change: "added", indicator: n.indicator, old: nil, new: state(n), fields: [],
                                              path: n.nodeId.flatMap { pathsB[$0] }))
        }
        return out
    }

    static func metadataChanges(_ a: Metadata, _ b: Metadata) -> [DraftDiff.FieldChange] {
        func p(_ x: Metadata.Period?) -> String? { x.map { "\($0.start)–\($0.end)" } }
        let fields: [(String, String?, String?)] = [
            ("title", a.title, b.title), ("issuer", a.issuer, b.issuer), ("date", a.date, b.date),
            ("indexNumber", a.indexNumber, b.indexNumber), ("documentNumber", a.documentNumber, b.documentNumber),
            ("period", p(a.period), p(b.period)), ("docType", a.docType?.rawValue, b.docType?.rawValue),
            ("isDraft", String(a.isDraft), String(b.isDraft)),
        ]
        return fields.filter { $0.1 != $0.2 }.map { DraftDiff.FieldChange(field: $0.0, old: $0.1, new: $0.2) }
    }
}
