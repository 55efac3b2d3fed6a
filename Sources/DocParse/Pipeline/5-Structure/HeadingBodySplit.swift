/// A heading run into its body with no punctuation (`八、加强组织领导各有关部门要根据…`,
/// `(二)强化教育科研引领推进国家级教学成果…`): the title is the heading part, "as the
/// neighbouring headings are shaped" (the annotation guide's rule).
///
/// Applied per marker style, only where the style is written as short headings: at least
/// `minimumSiblings` nodes, most of them (`shortShare`) titled in at most `shortMax`
/// scalars without a comma. A node of that style whose first sentence is long or holds a
/// comma is cut before the first body-opening word (`HeadingMarkers.bodyOpeners`) that
/// starts 4–25 scalars into it with no punctuation before it. Each cut is reported, since
/// the reading is a judgement. Linear: one bounded scan per node.
enum HeadingBodySplit {
    static let minimumSiblings = 3
    static let shortShare = 0.6
    static let shortMax = 25
    static let cutRange = 4...25
    static let openers: [[Unicode.Scalar]] = HeadingMarkers.bodyOpeners.map { Array($0.unicodeScalars) }

    /// End of the node's first sentence (or heading line).
    static func sentenceEnd(_ t: [Unicode.Scalar], _ d: DraftNode) -> Int {
        let heading = d.segments[0]
        var k = d.bodyStart
        while k < heading.upperBound {
            if t[k] == "。" || t[k] == "!" || t[k] == "?" { return k }
            k += 1
        }
        return heading.upperBound
    }

    static func isPunctuation(_ c: Unicode.Scalar) -> Bool { CharClass.isPunctuation(c.value) && c != "\"" }

    static func apply(_ drafts: inout [DraftNode], _ text: NormalizedText, _ diagnostics: inout [Diagnostic]) {
        byStyle(&drafts, text, &diagnostics)
        bySiblingEnding(&drafts, text, &diagnostics)
        listLeadIns(&drafts, text)
        byIndentation(&drafts, text, &diagnostics)
    }

    /// Fewest blanks that part a heading from its paragraph (`　　`, a paragraph's indent).
    static let indentMin = 2
    /// Fewest scalars of the paragraph after the blanks, up to its sentence's end.
    static let paragraphMin = 4

    /// A heading and its paragraph joined with only the paragraph's indent between them
    /// (`一、总体目标　　到2025年,全市…`, a crawl that joined its `<p>`s): the title ends at
    /// the indent. Only a short heading with no punctuation, an indent of two blanks or more
    /// (a single blank is often a PDF's spacing inside a title, `加强 组织领导`), and text
    /// after it that goes on as a sentence. Reported, since the reading is a judgement.
    static func byIndentation(_ drafts: inout [DraftNode], _ text: NormalizedText, _ diagnostics: inout [Diagnostic]) {
        let t = text.text
        for i in drafts.indices where drafts[i].titleCell == nil && drafts[i].titleCut == nil {
            let d = drafts[i]
            let end = sentenceEnd(t, d)
            var k = d.bodyStart
            let limit = min(end, d.bodyStart + shortMax + 1)
            while k < limit, t[k] != " ", !isPunctuation(t[k]) { k += 1 }
            guard k < limit, t[k] == " ", k - d.bodyStart >= 2 else { continue }
            var q = k
            while q < end, t[q] == " " { q += 1 }
            guard q - k >= indentMin, end - q >= paragraphMin, CharClass.isHan(t[q].value) || CharClass.isDigit(t[q].value) else { continue }
            drafts[i].titleCut = k
            diagnostics.append(cutDiagnostic(text, k))
        }
    }

    static func cutDiagnostic(_ text: NormalizedText, _ k: Int) -> Diagnostic {
        Diagnostic(severity: .info, code: "outline.heading-run-into-body",
                   message: "the heading ran into its text with no punctuation; its title was cut where the text starts, as the neighbouring headings are shaped",
                   span: text.span(k..<(k + 1)))
    }

    /// Whether a node's first sentence reads as a heading run into its body: long, or
    /// holding a comma.
    static func runsOn(_ t: [Unicode.Scalar], _ d: DraftNode) -> Bool {
        let end = sentenceEnd(t, d)
        if end - d.bodyStart > shortMax { return true }
        for k in d.bodyStart..<end where t[k] == "," { return true }
        return false
    }

    /// Longest title a sibling's ending is looked for in; the shortest and longest shared
    /// ending matched; the longest bracketed note after a title (`(票决项目)`).
    static let siblingTitleMax = 40
    static let endingMin = 4
    static let endingMax = 10
    static let noteMax = 10

    /// Where a short sibling's title starts and its core ends (before a closing bracketed
    /// note), or nil when its title holds a comma or is longer than `siblingTitleMax`.
    static func shortTitle(_ t: [Unicode.Scalar], _ d: DraftNode) -> (core: Int, start: Int)? {
        guard d.titleCell == nil else { return nil }
        var e = d.titleCut ?? sentenceEnd(t, d)
        for k in d.bodyStart..<e where t[k] == "," { return nil }
        while e > d.bodyStart, t[e - 1] == " " { e -= 1 }
        if e > d.bodyStart, t[e - 1] == ")" {
            var b = e - 1
            while b > d.bodyStart, e - b <= noteMax, t[b] != "(" { b -= 1 }
            if t[b] == "(" { e = b }
        }
        guard e - d.bodyStart >= endingMin, e - d.bodyStart <= siblingTitleMax else { return nil }
        return (e, d.bodyStart)
    }

    /// The item after two short siblings whose titles end alike (`…配套管网建设项目`,
    /// `…配套设施建设项目(票决项目)`), run into its body with no punctuation
    /// (`3、…南延线建设项目(票决项目)工程起于…`): cut after the shared ending (4–10
    /// scalars, a bracketed note after it kept) where the item's first sentence repeats it
    /// before any comma. Two siblings, not one: a law's articles repeat their nouns
    /// (`…保障性住房`) without being shaped as headings. Siblings are nodes of one depth
    /// under one parent, whatever their marker style. One bounded scan per node.
    static func bySiblingEnding(_ drafts: inout [DraftNode], _ text: NormalizedText, _ diagnostics: inout [Diagnostic]) {
        let t = text.text
        func previousSibling(_ i: Int) -> Int? {
            var j = i - 1
            while j >= 0, drafts[j].depth > drafts[i].depth { j -= 1 }
            return j >= 0 && drafts[j].depth == drafts[i].depth ? j : nil
        }
        for i in drafts.indices where drafts[i].titleCell == nil && drafts[i].titleCut == nil {
            guard let j1 = previousSibling(i), let j2 = previousSibling(j1),
                  let a = shortTitle(t, drafts[j1]), let b = shortTitle(t, drafts[j2]) else { continue }
            // The ending both siblings share.
            var n = 0
            while n < endingMax, a.core - n > a.start, b.core - n > b.start, t[a.core - n - 1] == t[b.core - n - 1] { n += 1 }
            guard n >= endingMin else { continue }
            let ending = t[(a.core - n)..<a.core]
            let d = drafts[i]
            guard runsOn(t, d) else { continue }
            let end = sentenceEnd(t, d)
            var limit = d.bodyStart
            while limit < min(end, d.bodyStart + siblingTitleMax), t[limit] != ",", t[limit] != ":", t[limit] != ";" { limit += 1 }
            var k = d.bodyStart + endingMin
            var found: Int? = nil
            while k + n <= limit {
                if t[k] == ending.first!, t[k..<(k + n)].elementsEqual(ending) { found = k + n; break }
                k += 1
            }
            guard var cut = found else { continue }
            if cut < limit, t[cut] == "(" {
                var c = cut + 1
                while c < limit, c - cut <= noteMax, t[c] != ")" { c += 1 }
                if c < limit, t[c] == ")" { cut = c + 1 }
            }
            guard cut < end else { continue }
            drafts[i].titleCut = cut
            diagnostics.append(cutDiagnostic(text, cut))
        }
    }

    /// A heading whose first sentence is a short lead-in, a colon and a list separated by
    /// `;` (`(一)知识产权保护方面5项:A;B;C。`): the title is the lead-in, as a sibling
    /// written without its list (`(四)军民深度融合方面6项。`) reads. Not a repair, so no
    /// diagnostic.
    static func listLeadIns(_ drafts: inout [DraftNode], _ text: NormalizedText) {
        let t = text.text
        for i in drafts.indices where drafts[i].titleCell == nil && drafts[i].titleCut == nil {
            let d = drafts[i]
            let end = sentenceEnd(t, d)
            var colon: Int? = nil
            var k = d.bodyStart
            while k < min(end, d.bodyStart + shortMax + 1) {
                if t[k] == ":" { colon = k; break }
                if isPunctuation(t[k]) { break }
                k += 1
            }
            guard let c = colon, c - d.bodyStart >= 2 else { continue }
            var list = false
            for k in (c + 1)..<end where t[k] == ";" { list = true; break }
            if list { drafts[i].titleCut = c }
        }
    }

    /// The rule of the guide, per marker style (see the type's comment).
    static func byStyle(_ drafts: inout [DraftNode], _ text: NormalizedText, _ diagnostics: inout [Diagnostic]) {
        let t = text.text
        var byStyle: [MarkerStyle: [Int]] = [:]
        for (i, d) in drafts.enumerated() where d.titleCell == nil { byStyle[d.style, default: []].append(i) }
        for (_, idx) in byStyle where idx.count >= minimumSiblings {
            var short = 0
            var long: [Int] = []
            for i in idx {
                let d = drafts[i]
                let end = sentenceEnd(t, d)
                var comma = false
                for k in d.bodyStart..<end where t[k] == "," { comma = true; break }
                if !comma, end - d.bodyStart <= shortMax { short += 1 } else { long.append(i) }
            }
            guard Double(short) >= shortShare * Double(idx.count) else { continue }
            for i in long {
                let d = drafts[i]
                let end = sentenceEnd(t, d)
                var k = d.bodyStart
                let limit = min(end, d.bodyStart + cutRange.upperBound)
                while k < limit {
                    if isPunctuation(t[k]) { break }
                    if k - d.bodyStart >= cutRange.lowerBound,
                       let w = openers.first(where: { k + $0.count <= end && Array(t[k..<(k + $0.count)]) == $0 }) {
                        _ = w
                        drafts[i].titleCut = k
                        diagnostics.append(cutDiagnostic(text, k))
                        break
                    }
                    k += 1
                }
            }
        }
    }
}
