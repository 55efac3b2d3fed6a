/// The 修改对照表 of two drafts: each changed item with its old and new wording side by side
/// and the changed characters marked, the items added and removed, then the changed targets,
/// units and metadata. ``CompareRenderer`` writes it as a page, ``CompareDocx`` as a Word file.
///
/// Staff preparing the next draft after a 征求意见稿 explain every change in a table of this
/// shape (原稿 | 修改稿). Items are aligned as ``DiffEngine`` aligns them (title similarity and
/// position, never numbers alone), so a renumbering does not turn every item into a change;
/// an item whose wording is unchanged is left out even when its number changed.
///
/// ```swift
/// let c = DraftComparison(old: draft1, new: draft2)
/// for row in c.rows { print(row.change, row.oldPath ?? "", row.newPath ?? "") }
/// ```
public struct DraftComparison: Sendable {
    /// One row of the table.
    public struct Row: Sendable {
        /// `changed` (wording), `moved` (to another section or place; the wording may differ
        /// too), `added` or `removed`.
        public var change: String
        /// The item's path in the old draft; nil for `added`.
        public var oldPath: String?
        /// The item's path in the new draft; nil for `removed`.
        public var newPath: String?
        /// The character-level difference of the item's text (marker left out): `same` and
        /// `delete` pieces spell the old wording, `same` and `insert` the new one.
        public var pieces: [TextDiff.Piece]
    }

    /// The items that changed, in the new draft's order (a removed item where it stood).
    public var rows: [Row]
    /// How many aligned items kept their wording but changed number only.
    public var renumberedOnly: Int
    /// Metadata, task, target and unit changes, as `parsecli diff` reports them.
    public var diff: DraftDiff

    /// Compares two drafts.
    ///
    /// - Parameters:
    ///   - old: The earlier draft.
    ///   - new: The later draft.
    public init(old: Document, new: Document) {
        let aligned = DiffEngine.align(old, new)
        let (a, b, pairs) = aligned
        diff = DiffEngine.diff(old: old, new: new, aligned: aligned)
        var moved = Set<String>()
        for t in diff.tasks where t.change == "moved" { if let p = t.newPath { moved.insert(p) } }
        // Position keys order rows: a new item by its index, a removed one just after the
        // new item its predecessor was paired with.
        var rowsAt: [(key: Double, row: Row)] = []
        var newIndexOfOld = [Int: Int]()
        for (i, j, _) in pairs { newIndexOfOld[i] = j }
        var renumbered = 0
        for (i, j, _) in pairs {
            let o = a[i], n = b[j]
            let ot = Self.body(o.node), nt = Self.body(n.node)
            let isMoved = moved.contains(n.path)
            if ot == nt && !isMoved {
                if o.path != n.path { renumbered += 1 }
                continue
            }
            rowsAt.append((Double(j), Row(change: isMoved ? "moved" : "changed", oldPath: o.path, newPath: n.path,
                                          pieces: TextDiff.pieces(ot, nt))))
        }
        let matchedA = Set(pairs.map(\.0)), matchedB = Set(pairs.map(\.1))
        var lastNew = -1
        for (i, o) in a.enumerated() {
            if let j = newIndexOfOld[i] { lastNew = j; continue }
            guard !matchedA.contains(i) else { continue }
            let text = Self.body(o.node)
            rowsAt.append((Double(lastNew) + 0.5, Row(change: "removed", oldPath: o.path, newPath: nil,
                                                      pieces: text.isEmpty ? [] : [.init(op: .delete, text: text)])))
        }
        for (j, n) in b.enumerated() where !matchedB.contains(j) {
            let text = Self.body(n.node)
            rowsAt.append((Double(j), Row(change: "added", oldPath: nil, newPath: n.path,
                                          pieces: text.isEmpty ? [] : [.init(op: .insert, text: text)])))
        }
        rows = rowsAt.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map(\.element.row)
        renumberedOnly = renumbered
    }

    /// True when nothing differs: no row and no metadata, target or unit change.
    public var isEmpty: Bool { rows.isEmpty && diff.metadata.isEmpty && diff.targets.isEmpty && diff.units.isEmpty }

    /// The node's text without its marker (numbers are in the path columns; a renumbered
    /// item's marker is not a change of wording).
    static func body(_ n: OutlineNode) -> String {
        var t = Substring(n.text)
        if !n.marker.isEmpty, t.hasPrefix(n.marker) { t = t.dropFirst(n.marker.count) }
        while let f = t.first, f == " " || f == "\u{3000}" { t = t.dropFirst() }
        return String(t)
    }
}
