/// Puts the pieces of one table row under the columns of its header when the extraction left
/// no exact cell boundaries: cells cut at blanks that also stand inside cells
/// (`加强水资源保 护`), empty (merged) cells that left only an extra blank (`2  严守…`) or
/// nothing at all, a unit cell running over lines, a row that lost a cell.
///
/// Each column takes a run of adjacent pieces (possibly none). The reading chosen costs least:
/// a unit column holding a piece that is no list of unit names, a person column (分管领导)
/// holding a unit, a text column holding a unit list, pieces joined inside a text cell (more
/// when a short piece joins a long one than when two short ones join; a joined cell rather opens with a whole word than with a one- or two-character fragment), an
/// empty cell that no extra blank explains, an extra blank between two filled cells. Empty
/// columns after the last piece cost nothing (a row's trailing empty cells leave no trace).
/// On a tie the first reading the programme finds wins: the later of two columns takes the
/// piece they could share (`各乡镇` / `县开发区` / `县直有关单位` under 主体 and 配合: one, then two). A dynamic programme over pieces × columns with at
/// most `maxPiecesPerCell` pieces a cell: linear in the row's pieces.
enum CellAligner {
    struct Piece {
        var range: Range<Int>
        /// Blanks before the piece on its line (a piece opening a line counts 1).
        var gap: Int
    }

    static let maxPiecesPerCell = 16
    // Costs, in tenths.
    static let unexplainedEmpty = 10
    static let unusedBlanks = 5
    static let textJoin = 5
    /// Joining a short piece to a long one: a narrow cell wraps into short pieces alike.
    static let unevenJoin = 8
    static let shortPiece = 8
    static let fragmentOpening = 20
    static let unitInText = 10
    static let unitJoin = 3
    static let misplaced = 30

    /// What each piece looks like, with running counts so that a cell's cost is O(1).
    struct Classes {
        var unit: [Bool] = []
        var person: [Bool] = []
        var fragment: [Bool] = []
        var single: [Bool] = []
        /// `units[i]`: pieces before i that are unit lists; `people[i]`: that look like persons.
        var units: [Int] = [0]
        var people: [Int] = [0]
        /// `joins[i]`: the cost of joining, inside a text cell, each piece before i to the one
        /// after it, summed.
        var joins: [Int] = [0]
    }

    /// Longest piece read as (part of) a person's name.
    static let personMax = 4

    static func classes(_ text: NormalizedText, _ pieces: [Piece]) -> Classes {
        let t = text.text
        var c = Classes()
        for p in pieces {
            let r = p.range
            let allHan = r.allSatisfy { CharClass.isHan(t[$0].value) }
            let unit = UnitListSplitter.split(text, r, strict: true) != nil
            let person = !unit && allHan && r.count <= personMax
            c.unit.append(unit)
            c.person.append(person)
            c.fragment.append(allHan && r.count <= 2)
            c.single.append(allHan && r.count == 1)
            c.units.append(c.units[c.units.count - 1] + (unit ? 1 : 0))
            c.people.append(c.people[c.people.count - 1] + (person ? 1 : 0))
        }
        for i in pieces.indices {
            let join = i == 0 ? 0
                : (pieces[i - 1].range.count <= shortPiece && pieces[i].range.count <= shortPiece ? textJoin : unevenJoin)
            c.joins.append(c.joins[c.joins.count - 1] + join)
        }
        return c
    }

    /// The cell of every column (an empty range where a column is empty), or nil when the
    /// pieces cannot fill the columns (the first column is the number and takes the first
    /// piece alone).
    static func align(_ text: NormalizedText, _ header: [TaskTableReader.Column], _ pieces: [Piece]) -> (cells: [Range<Int>], cost: Int)? {
        let n = header.count, m = pieces.count
        guard n >= 1, m >= 1, m <= n * maxPiecesPerCell else { return nil }
        let cls = classes(text, pieces)
        let inf = Int.max / 4
        // cost[c][j]: columns 0..<c filled from pieces 0..<j, the last filled column ending at j.
        var cost = Array(repeating: Array(repeating: inf, count: m + 1), count: n + 1)
        // back[c][j]: (empty columns before the last filled one, pieces it took).
        var back = Array(repeating: Array(repeating: (0, 0), count: m + 1), count: n + 1)
        cost[0][0] = 0
        for c in 0..<n {
            for j in 0...m where cost[c][j] < inf {
                if j == m { continue }
                let extra = j == 0 ? 0 : max(0, pieces[j].gap - 1)
                for k in 0..<(n - c) {  // k empty columns, then column c + k takes pieces
                    let col = c + k
                    if k > 0, header[c] == .number, c == 0 { break }
                    let boundary = max(0, k - extra) * unexplainedEmpty + (extra > k ? unusedBlanks : 0)
                    for g in 1...min(maxPiecesPerCell, m - j) {
                        guard let cell = cellCost(header[col], j, g, cls, pieces) else { continue }
                        let total = cost[c][j] + boundary + cell
                        // `<` keeps the first reading found (see the tie rule above).
                        if total < cost[col + 1][j + g] {
                            cost[col + 1][j + g] = total
                            back[col + 1][j + g] = (k, g)
                        }
                    }
                }
            }
        }
        // Trailing empty columns are free.
        var bestC = -1
        for c in 1...n where cost[c][m] < inf && (bestC < 0 || cost[c][m] < cost[bestC][m]) { bestC = c }
        guard bestC > 0 else { return nil }
        var cells = Array(repeating: pieces[m - 1].range.upperBound..<pieces[m - 1].range.upperBound, count: n)
        var c = bestC, j = m
        while c > 0 {
            let (k, g) = back[c][j]
            cells[c - 1] = pieces[j - g].range.lowerBound..<pieces[j - 1].range.upperBound
            for e in 0..<k { cells[c - 2 - e] = pieces[j - g].range.lowerBound..<pieces[j - g].range.lowerBound }
            c -= 1 + k
            j -= g
        }
        return (cells, cost[bestC][m])
    }

    /// What column `col` costs holding pieces `j..<j+g`; nil when it cannot hold them.
    static func cellCost(_ col: TaskTableReader.Column, _ j: Int, _ g: Int, _ cls: Classes, _ pieces: [Piece]) -> Int? {
        switch col {
        case .number:
            return j == 0 && g == 1 ? 0 : nil
        case .units(.leaders):
            return (g - (cls.people[j + g] - cls.people[j])) * misplaced
        case .units, .unitName:
            return (g - 1) * unitJoin + (g - (cls.units[j + g] - cls.units[j])) * misplaced
        case .task, .deadline, .other:
            var s = (cls.joins[j + g] - cls.joins[j + 1]) + (cls.units[j + g] - cls.units[j]) * unitInText
            // A cell rather opens with a whole word than with the tail of a broken one.
            if g > 1 ? cls.fragment[j] : cls.single[j] { s += fragmentOpening }
            return s
        }
    }
}
