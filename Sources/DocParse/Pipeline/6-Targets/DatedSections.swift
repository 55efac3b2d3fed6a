/// Sections whose heading names one year and says what the section does with it: looks back
/// (`一、2023年工作回顾`) or lists the year's work (`二、2024年重点任务`); and sections whose
/// heading, with no year, names the state reached before the document (`一、发展现状`). A government work report
/// has both, one after the other, and writes its figures bare (`精细治理背街小巷1650条`,
/// `新开工300个、完工200个`): the heading, not a verb or comparator beside each figure, says
/// whether the figure is done or to be done.
struct DatedSections {
    /// `background`: a heading with no year that names the state reached before the document
    /// (`一、发展现状`, `第一章 规划基础`, `(一)发展成效`): a plan's figures there are its past.
    enum Tense { case review, task, background }

    struct Section {
        var range: Range<Int>
        var tense: Tense
    }

    /// In text order, not nested (the outermost dated heading wins).
    let sections: [Section]

    static let review = WordMatch.scalars(TargetWords.reviewHeadingWords)
    static let task = WordMatch.scalars(TargetWords.taskHeadingWords)

    init(_ sections: [Section] = []) { self.sections = sections }

    /// Rule `dated section`: reads the outline's headings (each once, its title only).
    init(outline: [OutlineNode], text: NormalizedText) {
        var out: [Section] = []
        // The nodes are read in place (a `for n in nodes` loop copied every node of the
        // outline, with a retain and release per field).
        func visit(_ nodes: [OutlineNode]) {
            nodes.withUnsafeBufferPointer { level in
                for k in level.indices {
                    if let tense = Self.tense(level[k].title) {
                        let n = level[k]
                        let span = Span(start: n.span.start, end: n.subtreeEnd, line: n.span.line, column: n.span.column)
                        out.append(Section(range: text.normalizedRange(of: span), tense: tense))
                    } else {
                        visit(level[k].children)
                    }
                }
            }
        }
        visit(outline)
        sections = out
    }

    static let background = WordMatch.scalars(TargetWords.backgroundHeadingWords)
    static let backgroundVerbs = WordMatch.scalars(TargetWords.backgroundHeadingVerbs)

    /// Whether one of `words` stands anywhere in the (short) heading `t`.
    static func holds(_ t: [Unicode.Scalar], _ words: [[Unicode.Scalar]]) -> Bool {
        t.indices.contains { i in words.contains { WordMatch.at(t, i, t.count, $0) } }
    }

    /// Rule `background section`: a short heading naming the state reached so far, with no
    /// verb that makes it a task (`夯实发展基础` is work to do).
    static func isBackground(_ title: String) -> Bool {
        let t = Array(title.unicodeScalars.prefix(TargetWords.backgroundHeadingLength + 1))
        guard t.count <= TargetWords.backgroundHeadingLength else { return false }
        return holds(t, background) && !holds(t, backgroundVerbs)
    }

    /// The tense of a short heading naming one year, or of a background heading with none;
    /// nil for any other heading.
    static func tense(_ title: String) -> Tense? {
        guard OutlineLookup.headingYear(title) != nil else { return isBackground(title) ? .background : nil }
        let t = Array(title.unicodeScalars.prefix(25))
        if holds(t, review) { return .review }
        if holds(t, task) { return .task }
        return nil
    }

    /// The tense at normalized offset `i`; `cursor` walks forward with ascending offsets, so a
    /// whole document's figures cost one pass over the sections.
    func tense(at i: Int, cursor: inout Int) -> Tense? {
        while cursor < sections.count, sections[cursor].range.upperBound <= i { cursor += 1 }
        guard cursor < sections.count, sections[cursor].range.contains(i) else { return nil }
        return sections[cursor].tense
    }
}
