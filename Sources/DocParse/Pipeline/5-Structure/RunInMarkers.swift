/// Markers that run on inside a line: text that lost its line breaks (a PDF copy, a crawl
/// field, a legal database) writes `…工作要求。一、加快编制总体方案。全面加强…（一）…` or
/// `…第一章 总  则第一条为了加强…` as one line, and the outline must still find every item.
///
/// Shape only says where a marker *may* start inside a line; the sequence (`LevelTracker`)
/// decides. A run-in marker is read only
/// - where a sentence, a clause, a lead-in or a bracketed attribution has just ended
///   (`。` `;` `:` `!` `?` `)` before it, blanks aside), so that numbers inside sentences
///   (`见第十二条`, `(2023)`) are never candidates;
/// - written whole (`一、` `(一)` `1.` `第三条`), never in a damaged or spaced form, since
///   those are only told from text by the line start they lack here;
/// - in sequence: the number its level expects next, or 1 opening a level below.
///
/// The first item of a document may also run on (`…现提出以下意见。一、…`), but only in a
/// style that opens documents (`一、`, `第一章`, `第一部分`, `第一条`), numbered 1: an inline
/// `(1)` in a preamble must not become the outline's top level.
///
/// Inline enumerations (`具体包括:1、…。2、…`) have the same shape inside a paragraph of a
/// document whose line breaks are intact, and there they are not items. So run-in markers are
/// read only in a text that lost its breaks: one where more markers run on inside lines than
/// open lines (`linesWereLost`).
enum RunInMarkers {
    /// Whether the text lost its line breaks: more whole markers run on after a boundary
    /// inside its content lines than open them, top-level ones (`一、`, `第X章`, `第X条`) among
    /// them. One pass over the text.
    static func linesWereLost(_ text: NormalizedText) -> Bool {
        let t = text.text
        var opening = 0, runningOn = 0, topLevel = 0
        // `isBoundary` as one bit test per scalar, true only at the rare boundary marks, so
        // the branch is predicted: the comparisons per scalar made this pass 0.7 % of all
        // samples of `parsecli batch` over the corpus (`perf record`, 2026-12-05).
        let boundaries = boundaryBits
        for line in text.lines where line.zone == .content {
            let r = ZoneTrim.trim(t, line.range)
            guard !r.isEmpty else { continue }
            if let c = MarkerReader.read(t, at: r.lowerBound, end: r.upperBound), c.form == .intact { opening += 1 }
            var p = r.lowerBound
            while p < r.upperBound {
                if boundaries.contains(t[p]) {
                    var q = p + 1
                    while q < r.upperBound, t[q] == " " { q += 1 }
                    if let c = candidate(t, at: q, end: r.upperBound) {
                        runningOn += 1
                        if opensDocument(c.styles[0]) { topLevel += 1 }
                    }
                }
                p += 1
            }
        }
        // A text that lost its breaks lost them before its top-level headings too; inline
        // `1、…2、…` lists alone never make a text read as one.
        return runningOn > opening && topLevel > 0
    }

    static let ordinalPrefix: UInt32 = HeadingMarkers.ordinalPrefix.value

    /// Whether `c` may start an ordinal marker (`第三条`).
    @inline(__always)
    static func mayOpenOrdinalWord(_ c: Unicode.Scalar) -> Bool { c.value == ordinalPrefix }

    /// The scalars `isBoundary` accepts.
    static let boundaryBits = ScalarBits(["。", ";", ":", "!", "?", ")", "〕", "】"])

    /// Whether `c` ends what comes before a run-in marker.
    @inline(__always)
    static func isBoundary(_ c: Unicode.Scalar) -> Bool { boundaryBits.contains(c) }

    /// Rule `blank before a run-in marker`: paragraphs joined with only their indentation
    /// left between them (a crawl that kept `　　` or a blank for each `<p>`:
    /// `…二、重点任务　　(一)加强建设。`). The first blank of a run after a Han character is a
    /// boundary too; the marker after it must still be whole and in sequence.
    @inline(__always)
    static func isBlankBoundary(_ t: [Unicode.Scalar], _ p: Int, from: Int) -> Bool {
        t[p] == " " && p > from && CharClass.isHan(t[p - 1].value)
    }

    /// The whole marker starting at `q` (inside `..<end`), when its body starts as text does:
    /// a Han character, an opening quote or bracket, or a blank before one.
    static func candidate(_ t: [Unicode.Scalar], at q: Int, end: Int) -> MarkerCandidate? {
        guard q < end, let m = MarkerLexer.match(t, at: q, end: end),
              let cand = MarkerReader.intact(t, q, m, end), cand.bodyStart < end else { return nil }
        let b = t[cand.bodyStart].value
        // Han text, a quotation (`"一件事"`), a title (`《…》`) or a bracket.
        guard CharClass.isHan(b) || b == 0x22 || b == 0x300A || b == 0x28 else { return nil }
        return cand
    }

    /// Styles that can open a document's outline in the middle of a line.
    static func opensDocument(_ s: MarkerStyle) -> Bool {
        switch s {
        case .cnComma, .chapter, .part, .article: return true
        default: return false
        }
    }

    /// Longest title of a chapter (`第一章 总  则`) run into its first article; bounds the look-ahead.
    static let chapterTitleMax = 30

    /// A chapter or part heading run into the text before it with no punctuation
    /// (`…温家宝二〇〇五年二月十五日电力监管条例第一章 总  则第一条…`): it is read when a blank
    /// follows its number, or its first article or section follows within a short title.
    static func isChapterOpening(_ t: [Unicode.Scalar], _ cand: MarkerCandidate, end: Int) -> Bool {
        guard cand.styles[0] == .chapter || cand.styles[0] == .part else { return false }
        if cand.range.upperBound < end, t[cand.range.upperBound] == " " { return true }
        var k = cand.bodyStart
        let limit = min(end, cand.bodyStart + chapterTitleMax)
        while k < limit {
            if let next = candidate(t, at: k, end: end), next.styles[0] == .article || next.styles[0] == .section { return true }
            if isBoundary(t[k]) || t[k] == "," { return false }
            k += 1
        }
        return false
    }

    /// The first place in `from..<end` where a document's first item runs on, with its marker.
    static func firstOpening(_ t: [Unicode.Scalar], from: Int, end: Int, tracker: LevelTracker) -> MarkerCandidate? {
        var p = from
        while p < end {
            let c = t[p]
            // After a boundary any opening style; elsewhere only a chapter heading that shows
            // itself (`isChapterOpening`).
            let afterBoundary = isBoundary(c)
            var q = p + 1
            if afterBoundary { while q < end, t[q] == " " { q += 1 } } else { q = p }
            if q > from, let cand = candidate(t, at: q, end: end), cand.ordinal == 1, opensDocument(cand.styles[0]),
               afterBoundary || isChapterOpening(t, cand, end: end),
               let pl = tracker.place(cand), pl.sequenceProblem == nil {
                return cand
            }
            p += 1
        }
        return nil
    }
}
