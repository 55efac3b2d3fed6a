/// Folds the sub-rows of one numbered item of a table: a task table often gives one item
/// several rows (one per measure, `1.…` `2.…`) and writes the item's own cells — its number,
/// task, units and time limit — again on every sub-row, where a merged cell would have shown
/// them once. Read as they stand, each sub-row would be a new item, and every figure of the
/// task cell would count once per sub-row.
///
/// A row is a sub-row when its first cell is a row number (`3`, `3.`, `3、`) equal to the
/// first cell of the item's first row and at least one more filled cell repeats that row's
/// cell in the same column. Its repeated cells are blanked, so it reads as the rows under a
/// merged cell read: the item's first row whole, then rows holding only what differs (the
/// task-table layer hands those to the item as its sub-items). Every reader that hands rows
/// to the task-table layer (sheets, Word tables) folds through this one type, so they all
/// give the same shape.
struct RepeatedItemCells {
    typealias Cell = [Unicode.Scalar]
    /// The cells of the current item's first row, nil when no numbered item is open.
    private var head: [Cell]?

    /// Ends the current item (a category row, a one-cell row, another table).
    mutating func reset() { head = nil }

    /// The row as it is handed on: `cells` with the repeated cells blanked when it is a
    /// sub-row of the open item; otherwise unchanged, and a row opening with a row number
    /// opens a new item.
    mutating func fold(_ cells: [Cell]) -> [Cell] {
        guard let first = cells.first, let number = Self.rowNumber(first) else {
            head = nil
            return cells
        }
        if let h = head, Self.rowNumber(h[0]) == number {
            let shared = 1..<min(cells.count, h.count)
            let repeated = shared.filter { Self.filled(cells[$0]) && Self.trimmed(cells[$0]) == Self.trimmed(h[$0]) }
            if !repeated.isEmpty {
                var out = cells
                out[0] = []
                for i in repeated { out[i] = [] }
                return out
            }
        }
        head = cells
        return cells
    }

    static func filled(_ c: Cell) -> Bool { c.contains { !isBlank($0) } }

    static func isBlank(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\t" || u == "\n" || u == "\r" || u == "\u{3000}" }

    static func trimmed(_ c: Cell) -> ArraySlice<Unicode.Scalar> {
        var a = 0, b = c.count
        while a < b, isBlank(c[a]) { a += 1 }
        while b > a, isBlank(c[b - 1]) { b -= 1 }
        return c[a..<b]
    }

    /// The number of a row-number cell (`12`, `12.`, `12、`, blanks around it), nil for any
    /// other cell. At most three digits: a longer run is a figure or a year, not a row number.
    static func rowNumber(_ c: Cell) -> Int? {
        let t = trimmed(c)
        var v = 0, digits = 0
        var i = t.startIndex
        while i < t.endIndex, t[i].value >= 0x30 && t[i].value <= 0x39 {
            guard digits < 3 else { return nil }
            v = v * 10 + Int(t[i].value - 0x30)
            digits += 1
            i += 1
        }
        if i < t.endIndex, t[i] == "." || t[i] == "\u{3001}" { i += 1 }
        return digits > 0 && i == t.endIndex ? v : nil
    }
}
