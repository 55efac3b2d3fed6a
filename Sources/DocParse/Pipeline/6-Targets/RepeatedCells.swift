/// Rule `repeated cell`: a spreadsheet that splits an item into sub-rows often repeats the
/// item's own cells (its task, its goal sentence) on every sub-row instead of merging them.
/// The text of a tab-separated cell that is the same as the cell in the same column of the
/// row right above states nothing new: its figures were counted on the first row.
///
/// Figures arrive in text order, so the current line and the one above it are found once per
/// line (a scan to the line's ends), and the verdict is kept per column: the whole text costs
/// time linear in its length, one-line input included.
struct RepeatedCells {
    let t: [Unicode.Scalar]
    /// Normalization folds a tab into a blank; the original text tells a tab from a blank.
    let toSource: SourceOffsets
    let source: [Unicode.Scalar]
    private var line: Range<Int>? = nil
    private var cells: [Range<Int>] = []
    private var above: [Range<Int>] = []
    private var verdicts: [Int: Bool] = [:]

    init(_ text: NormalizedText) {
        t = text.text
        toSource = text.toSource
        source = text.source.scalars
    }

    /// No text: nothing is repeated (for callers that run the extractor on bare scalars).
    init() {
        t = []
        toSource = SourceOffsets()
        source = []
    }

    @inline(__always) func isTab(_ k: Int) -> Bool {
        guard t[k].value == 0x20 || t[k].value == 0x09, k < toSource.count else { return false }
        let o = Int(toSource[k])
        return o < source.count && source[o].value == 0x09
    }

    /// True when the figure starting at `i` sits in a cell repeated from the row above.
    mutating func repeated(_ i: Int) -> Bool {
        if line.map({ !($0.lowerBound <= i && i < $0.upperBound) }) ?? true { enter(i) }
        guard !t.isEmpty, cells.count >= 2 else { return false }
        let c = cells.lastIndex(keyAtMost: i) { $0.lowerBound }
        guard cells[c].contains(i) else { return false }
        if let v = verdicts[c] { return v }
        var v = false
        if c < above.count {
            let a = cells[c], b = above[c]
            v = a.count == b.count && !a.isEmpty && zip(t[a], t[b]).allSatisfy { $0 == $1 }
        }
        verdicts[c] = v
        return v
    }

    private mutating func enter(_ i: Int) {
        let r = Self.lineRange(t, around: i)
        line = r
        cells = self.cells(r)
        verdicts = [:]
        above = r.lowerBound >= 1 && cells.count >= 2 ? self.cells(Self.lineRange(t, around: r.lowerBound - 1)) : []
    }

    /// The line holding offset `i` (a `\n` at `i` ends the line before it).
    static func lineRange(_ t: [Unicode.Scalar], around i: Int) -> Range<Int> {
        var s = min(i, t.count)
        while s > 0, t[s - 1] != "\n" { s -= 1 }
        var e = min(i, t.count)
        while e < t.count, t[e] != "\n" { e += 1 }
        return s..<e
    }

    /// The tab-separated cells of a line, blanks at their ends left out.
    func cells(_ r: Range<Int>) -> [Range<Int>] {
        // A line whose source holds no tab has no cells: it is answered by one scan of its
        // source instead of mapping every blank back (a binary search each; `repeated` was
        // 0.5 % of all samples of `parsecli batch` over the corpus, `perf record`, 2026-12-05).
        // The offset map is increasing, so every blank of `r` maps into `a...b`.
        guard r.lowerBound < toSource.count, !r.isEmpty else { return [] }
        let a = Int(toSource[r.lowerBound])
        let b = Int(toSource[min(r.upperBound, toSource.count) - 1])
        guard a <= b, source[a...min(b, source.count - 1)].contains(where: { $0.value == 0x09 }) else { return [] }
        var out: [Range<Int>] = []
        var s = r.lowerBound
        for k in r where isTab(k) {
            out.append(Blanks.trim(t, s..<k))
            s = k + 1
        }
        guard !out.isEmpty else { return [] }
        out.append(Blanks.trim(t, s..<r.upperBound))
        return out
    }
}
