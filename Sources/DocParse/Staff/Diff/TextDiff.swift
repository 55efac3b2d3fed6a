/// Character-level differences between two texts, for the 修改对照表's marked wording.
///
/// Myers' O((N+M)·D) algorithm over Unicode scalars, after cutting the common prefix and
/// suffix (linear). Hand-written because none of the packages available offline diffs
/// sequences; Swift's `CollectionDifference` (`difference(from:)`) is the same algorithm but
/// has no bound on D, and an edited item may be long. To stay linear in the input, a middle
/// part longer than `maxScalars` or needing more than `maxEdits` edits (fewer for long texts:
/// `workBudget` bounds the steps) is reported as one deletion and one insertion, which is what
/// a reader would make of so large a change anyway.
///
/// ```swift
/// TextDiff.pieces("全面提高质量", "全面提升教学质量")
/// // [same 全面提, delete 高, insert 升教学, same 质量]
/// ```
public enum TextDiff {
    /// One run of the result.
    public struct Piece: Sendable, Equatable {
        /// `same` (in both), `delete` (only in the old text), `insert` (only in the new text).
        public enum Op: String, Sendable { case same, delete, insert }
        /// What happened to the run.
        public var op: Op
        /// The run's text.
        public var text: String
    }

    static let maxScalars = 20_000
    static let maxEdits = 600
    /// Steps one item's diff may take ((N+M)·D), so that a comparison of two long drafts made
    /// of long, heavily rewritten items stays within a constant factor of their length.
    static let workBudget = 4_000_000

    /// The pieces that turn `old` into `new`, in reading order (a deletion before the
    /// insertion that replaces it).
    ///
    /// - Parameters:
    ///   - old: The earlier wording.
    ///   - new: The later wording.
    /// - Returns: Runs whose `same` and `delete` texts spell `old` and whose `same` and
    ///   `insert` texts spell `new`.
    public static func pieces(_ old: String, _ new: String) -> [Piece] {
        let a = Array(old.unicodeScalars), b = Array(new.unicodeScalars)
        var pre = 0
        while pre < a.count, pre < b.count, a[pre] == b[pre] { pre += 1 }
        var suf = 0
        while suf < a.count - pre, suf < b.count - pre, a[a.count - 1 - suf] == b[b.count - 1 - suf] { suf += 1 }
        let midA = Array(a[pre..<(a.count - suf)]), midB = Array(b[pre..<(b.count - suf)])
        var ops: [(Piece.Op, Unicode.Scalar)] = []
        ops.reserveCapacity(a.count + b.count)
        for s in a[0..<pre] { ops.append((.same, s)) }
        if midA.count + midB.count <= maxScalars, let mid = myers(midA, midB) {
            ops += mid
        } else {
            for s in midA { ops.append((.delete, s)) }
            for s in midB { ops.append((.insert, s)) }
        }
        for s in a[(a.count - suf)...] { ops.append((.same, s)) }
        return tidy(group(ops))
    }

    /// The edit script, or nil when it needs more than `maxEdits` edits.
    static func myers(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> [(Piece.Op, Unicode.Scalar)]? {
        let n = a.count, m = b.count
        if n == 0 { return b.map { (.insert, $0) } }
        if m == 0 { return a.map { (.delete, $0) } }
        let limit = min(maxEdits, n + m, max(32, workBudget / (n + m)))
        let off = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        for d in 0...limit {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[k - 1 + off] < v[k + 1 + off])) ? v[k + 1 + off] : v[k - 1 + off] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[k + off] = x
                if x >= n, y >= m { return backtrack(a, b, trace, d, off) }
            }
        }
        return nil
    }

    static func backtrack(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], _ trace: [[Int]], _ end: Int, _ off: Int) -> [(Piece.Op, Unicode.Scalar)] {
        var x = a.count, y = b.count
        var out: [(Piece.Op, Unicode.Scalar)] = []
        var d = end
        while d > 0 {
            let v = trace[d]
            let k = x - y
            let prevK = (k == -d || (k != d && v[k - 1 + off] < v[k + 1 + off])) ? k + 1 : k - 1
            let prevX = v[prevK + off], prevY = prevX - prevK
            while x > prevX, y > prevY { out.append((.same, a[x - 1])); x -= 1; y -= 1 }
            if x == prevX { out.append((.insert, b[y - 1])); y -= 1 } else { out.append((.delete, a[x - 1])); x -= 1 }
            d -= 1
        }
        while x > 0, y > 0 { out.append((.same, a[x - 1])); x -= 1; y -= 1 }
        return out.reversed()
    }

    static func group(_ ops: [(Piece.Op, Unicode.Scalar)]) -> [Piece] {
        var out: [Piece] = []
        for (op, s) in ops {
            if let last = out.last, last.op == op { out[out.count - 1].text.unicodeScalars.append(s) } else {
                var t = ""
                t.unicodeScalars.append(s)
                out.append(Piece(op: op, text: t))
            }
        }
        return out
    }

    /// Makes the marks readable: a one-character run kept between two changes (提高 → 提升
    /// keeps 提 but `高教` → `升学` would otherwise alternate mark, plain, mark) is folded
    /// into the change around it, and within each changed stretch the deletions come first.
    static func tidy(_ pieces: [Piece]) -> [Piece] {
        var p = pieces
        var i = 1
        while i < p.count - 1 {
            if p[i].op == .same, p[i].text.unicodeScalars.count == 1, p[i - 1].op != .same, p[i + 1].op != .same {
                p[i] = Piece(op: .delete, text: p[i].text)
                p.insert(Piece(op: .insert, text: p[i].text), at: i + 1)
                i += 2
            } else {
                i += 1
            }
        }
        // Regroup each stretch between two `same` runs as one deletion then one insertion.
        var out: [Piece] = []
        var del = "", ins = ""
        func flush() {
            if !del.isEmpty { out.append(Piece(op: .delete, text: del)) }
            if !ins.isEmpty { out.append(Piece(op: .insert, text: ins)) }
            del = ""; ins = ""
        }
        for piece in p {
            switch piece.op {
            case .delete: del += piece.text
            case .insert: ins += piece.text
            case .same:
                flush()
                if let last = out.last, last.op == .same { out[out.count - 1].text += piece.text } else { out.append(piece) }
            }
        }
        flush()
        return out
    }
}
