/// Finds the outline node a fact belongs to: the deepest node whose section contains it.
enum OutlineLookup {
    static let since = Array(DeadlinePhrases.since.unicodeScalars)

    /// What the target stage reads of one node on the path to a figure.
    struct Step {
        let id: String
        let title: String
        let titleSpan: Span?
    }

    /// The nodes from the top level down to the deepest one whose extent, from its marker to
    /// the end of its last descendant, contains `span` (a heading's own span stops at its first
    /// child, so the extent decides containment); siblings are ordered, so each level is a
    /// binary search. Each node as its id, title and title span: the target stage asks this
    /// once per target (heading years, goal headings, the deepest node's id), where it asked
    /// for the path of nodes twice and the deepest node once, each building copies of the
    /// nodes (`OutlineNode` copies and their retains were 2 % of all samples of
    /// `parsecli batch` over the corpus, `perf record`, 2026-12-05). The levels are read in
    /// place through buffer pointers.
    static func steps(containing span: Span, in nodes: [OutlineNode]) -> [Step] {
        var out: [Step] = []
        collect(span, nodes, &out)
        return out
    }

    private static func collect(_ span: Span, _ nodes: [OutlineNode], _ out: inout [Step]) {
        nodes.withUnsafeBufferPointer { level in
            guard !level.isEmpty else { return }
            // The last node starting at or before the span (`lastIndexIfAny(keyAtMost:)`).
            var lo = 0
            var hi = level.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if level[mid].span.start <= span.start { lo = mid } else { hi = mid - 1 }
            }
            guard level[lo].span.start <= span.start, span.end <= extentEnd(level, lo) else { return }
            out.append(Step(id: level[lo].id, title: level[lo].title, titleSpan: level[lo].titleSpan))
            collect(span, level[lo].children, &out)
        }
    }

    /// `OutlineNode.subtreeEnd` of `level[k]`, read in place (passing the node by value copied it).
    private static func extentEnd(_ level: UnsafeBufferPointer<OutlineNode>, _ k: Int) -> Int {
        let end = level[k].span.end
        return level[k].children.withUnsafeBufferPointer { c in
            c.isEmpty ? end : max(end, extentEnd(c, c.count - 1))
        }
    }

    static let goalWords = WordMatch.scalars(DeadlinePhrases.goalHeadingWords)

    /// Rule `goal heading`: a heading that names goals (`(二)发展目标`) whose body opens with a
    /// deadline (`到2025年,…`) dates its whole section, the paragraphs and the list under it
    /// included. Nil otherwise. Reads a bounded stretch after the title, so each node costs O(1).
    static func goalYear(titleSpan: Span?, in text: NormalizedText) -> Deadline? {
        // The title as normalized (simplified shadow: `發展目標` reads as `发展目标`).
        guard let titleSpan else { return nil }
        let t = text.text
        let titleRange = text.normalizedRange(of: titleSpan)
        guard titleRange.count <= 15,
              titleRange.contains(where: { i in goalWords.contains { WordMatch.at(t, i, titleRange.upperBound, $0) } }) else { return nil }
        var p = titleRange.upperBound
        let limit = min(t.count, p + 12)
        while p < limit, t[p] == "。" || t[p] == " " || t[p] == "\n" || t[p] == ":" || t[p] == "." { p += 1 }
        let window = p..<min(t.count, p + 30)
        guard let d = DeadlineFinder.deadlines(t, sentence: window).first, d.range.lowerBound - p <= 4, !d.weak else { return nil }
        return d
    }

    /// Rule `heading year`: the one year a short heading names (`二、2024年工作要点`,
    /// `(一)2025年重点任务`). Nil for a heading that reads as a sentence (it has , ; 。),
    /// names a span (`2023—2025年`), a past period (`2022年以来`) or more than one year.
    static func headingYear(_ title: String) -> Int? {
        // Only short titles qualify: read at most 25 scalars, so a title that runs for a whole
        // paragraph costs nothing (this is asked for every target under it).
        // A year is four ASCII digits, and a title of at most 24 scalars has at most 96 UTF-8
        // bytes: a title with no digit among its first 100 bytes names none, and is answered
        // without building its scalars (most headings; `headingYear` over every heading was
        // 0.8 % of all samples of `parsecli batch` over the corpus, `perf record`, 2026-12-05).
        guard title.utf8.prefix(100).contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let t = Array(title.unicodeScalars.prefix(25))
        guard t.count <= 24, !t.contains(where: { ",，;；。:：".unicodeScalars.contains($0) }) else { return nil }
        var year: Int? = nil
        var i = 0
        while i + 4 < t.count {
            if let y = YearReader.year(t, i, t.count) {
                // `2023 年工作回顾`: a PDF text layer keeps a blank between digits and Han.
                var m = i + 4
                if t[m] == " ", m + 1 < t.count { m += 1 }
                if year != nil || t[m] != ScaleWords.yearMark { return nil }
                if i > 0, DeadlinePhrases.yearSpanSeparators.contains(t[i - 1]) { return nil }
                if m + 1 < t.count, DeadlinePhrases.yearSpanSeparators.contains(t[m + 1]) { return nil }
                if WordMatch.at(t, m + 1, t.count, since) { return nil }
                year = y
                i = m + 1
                continue
            }
            i += 1
        }
        return year
    }
}
