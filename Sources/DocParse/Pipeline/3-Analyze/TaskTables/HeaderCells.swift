/// The columns of a header whose names were cut into pieces by the extraction: a cell that
/// wrapped in the original table comes out as two pieces, at a run of blanks (`牵头  领导`,
/// `主体          责任单位`) or on two lines (`责任` / `领导`).
///
/// Two adjacent pieces are joined where the join is a column name and a piece
/// alone is not; the reading with the fewest guessed names wins (a name found in the
/// column and role tables is certain, one read by `HeaderRoles` from the words it holds is a
/// guess). With `maxColumns` (the cells of the first row, when rows are cut at their 序号), the
/// reading with the most columns up to that count wins: `攻坚目标` / `任务` is one column when
/// the rows have one cell fewer than the pieces. Every piece must belong to a column, or the
/// pieces are no header. A small dynamic programme over at most `maxPieces` pieces.
enum HeaderCells {
    static let maxJoin = 2
    static let maxPieces = 72
    /// Cost of a name read from the words it holds rather than found in the tables.
    static let guessCost = 2
    /// Cost of joining pieces that are each a name already (`攻坚目标` / `任务`).
    static let namesJoinCost = 5

    struct Header {
        var columns: [TaskTableReader.Column]
        /// Each column's name as written, its pieces joined without the blanks between.
        var names: [String]
    }

    /// The column a name is, and whether the tables name it exactly.
    static func classify(_ s: [Unicode.Scalar]) -> (column: TaskTableReader.Column, exact: Bool)? {
        let r = 0..<s.count
        if let c = TaskTableReader.exactColumn(s, r) { return (c, true) }
        if let c = HeaderRoles.role(s, r) { return (c, false) }
        return nil
    }

    static func read(_ text: NormalizedText, _ pieces: [Range<Int>], maxColumns: Int? = nil) -> Header? {
        let p = pieces.count
        guard p >= 1, p <= maxPieces else { return nil }
        let t = text.text
        let inf = Int.max / 4
        // cost[i][c]: pieces 0..<i read as c columns; from[i][c]: pieces in the last column.
        var cost = Array(repeating: Array(repeating: inf, count: p + 1), count: p + 1)
        var from = Array(repeating: Array(repeating: 0, count: p + 1), count: p + 1)
        var kind = Array(repeating: [TaskTableReader.Column?](repeating: nil, count: p + 1), count: p + 1)
        cost[0][0] = 0
        let alone = pieces.map { classify(Array(t[$0])) != nil }
        for i in 0..<p {
            var joined: [Unicode.Scalar] = []
            var names = 0
            for w in 1...min(maxJoin, p - i) {
                joined += t[pieces[i + w - 1]]
                if alone[i + w - 1] { names += 1 }
                // Pieces that are names alone are joined only to reach the first row's count;
                // a join holds one such piece at most, unless nothing else is left to join.
                let extraNames = w == 1 ? 0 : (names == w ? names : max(0, names - 1))
                if extraNames > 0, maxColumns == nil { continue }
                guard let m = classify(joined) else { continue }
                let col = m.column
                let c = (m.exact ? 0 : guessCost) + extraNames * namesJoinCost
                for n in 0...i where cost[i][n] < inf && cost[i][n] + c < cost[i + w][n + 1] {
                    cost[i + w][n + 1] = cost[i][n] + c
                    from[i + w][n + 1] = w
                    kind[i + w][n + 1] = col
                }
            }
        }
        var best: Int? = nil
        for n in 1...p where cost[p][n] < inf && (maxColumns.map { n <= $0 } ?? true) {
            guard let b = best else { best = n; continue }
            if maxColumns != nil { if n > b { best = n } }
            else if cost[p][n] < cost[p][b] || (cost[p][n] == cost[p][b] && n > b) { best = n }
        }
        guard var n = best else { return nil }
        var i = p
        var columns: [TaskTableReader.Column] = []
        var names: [String] = []
        while i > 0 {
            let w = from[i][n]
            guard let col = kind[i][n] else { return nil }
            columns.append(col)
            names.append((i - w..<i).map { text.original(pieces[$0]) }.joined())
            i -= w
            n -= 1
        }
        return Header(columns: columns.reversed(), names: names.reversed())
    }
}
