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
                        diagnostics.append(Diagnostic(
                            severity: .info, code: "outline.heading-run-into-body",
                            message: "the heading ran into its text with no punctuation; its title was cut where the text starts, as the neighbouring headings are shaped",
                            span: text.span(k..<(k + 1))))
                        break
                    }
                    k += 1
                }
            }
        }
    }
}
