/// Finds units named as subjects of duty sentences in the 保障 section:
/// `教育部门要发挥统筹协调作用;发改部门要配合做好立项审批工作` → 教育部门, 发改部门 (`mentioned`).
///
/// The section is the top-level outline node whose title holds a word of
/// `RoleWords.dutySectionWords` (`三、保障措施`); without an outline, the lines from such a
/// top-level heading (`四、组织保障`) to the next one. A subject starts a clause (after `。`, `;`,
/// `:` or a list marker), is made only of unit names (strict splitting) and is followed by a
/// duty verb (`要`, `应`, `负责`, `做好`). Clauses opening with an action (`发挥…领导小组牵头…`) are not
/// subjects.
enum MentionFinder {
    static let verbs = WordTable<Void>(words: RoleWords.mentionVerbs)
    static let stops = WordTable<Void>(words: RoleWords.mentionStops)
    static let sectionWords = WordTable<Void>(words: RoleWords.dutySectionWords)
    static let maxSubject = 24

    static func find(in text: NormalizedText, outline: [OutlineNode], excluding: [Range<Int>]) -> [Attribution] {
        let t = text.text
        var out: [Attribution] = []
        let sortedExcluded = excluding.sorted { $0.lowerBound < $1.lowerBound }
        for region in dutyRegions(text, outline) {
            var s = region.lowerBound
            while s < region.upperBound {
                // The clause runs to the next `。` `;` `:` or line end.
                var e = s
                while e < region.upperBound, !isClauseEnd(t[e].value) { e += 1 }
                if let a = subject(text, skipMarker(t, s, e)..<e), !overlapsAny(sortedExcluded, a.range),
                   text.lines[text.lineIndex(of: a.range.lowerBound)].zone == .content {
                    out.append(a)
                }
                s = e + 1
            }
        }
        return out
    }

    /// True when `r` overlaps one of `sorted` (disjoint ranges in order): binary search, so a
    /// long 保障 section next to thousands of groups stays linear.
    static func overlapsAny(_ sorted: [Range<Int>], _ r: Range<Int>) -> Bool {
        // The last range starting before `r` ends; it and the one before are the only ones
        // that can reach it.
        guard let last = sorted.lastIndexIfAny(keyAtMost: r.upperBound - 1, { $0.lowerBound }) else { return false }
        var k = last
        while k >= 0, k >= last - 1 {
            if sorted[k].overlaps(r) { return true }
            k -= 1
        }
        return false
    }

    @inline(__always) static func isClauseEnd(_ v: UInt32) -> Bool {
        v == 0x3002 || v == 0x3B || v == 0x3A || v == 0x0A || v == 0x21 || v == 0x3F
    }

    /// Skips blanks and a list marker at a clause start: `(一)`, `1.`, `2、`, `一、`.
    static func skipMarker(_ t: [Unicode.Scalar], _ s: Int, _ e: Int) -> Int {
        var i = s
        while i < e, t[i].value == 0x20 { i += 1 }
        if i < e, t[i].value == 0x28 {
            var j = i + 1
            while j < e, CharClass.isChineseNumeral(t[j].value) || CharClass.isDigit(t[j].value) { j += 1 }
            if j > i + 1, j < e, t[j].value == 0x29 { i = j + 1 }
        } else {
            var j = i
            while j < e, CharClass.isChineseNumeral(t[j].value) || CharClass.isDigit(t[j].value) { j += 1 }
            if j > i, j < e, t[j].value == 0x3001 || t[j].value == 0x2E { i = j + 1 }
        }
        while i < e, t[i].value == 0x20 { i += 1 }
        return i
    }

    /// The subject of a clause when it is a list of units followed by a duty verb.
    static func subject(_ text: NormalizedText, _ r: Range<Int>) -> Attribution? {
        let t = text.text
        guard r.count >= 3, stops.prefix(t, at: r.lowerBound, end: r.upperBound) == nil else { return nil }
        var p = r.lowerBound + 2
        while p < min(r.upperBound, r.lowerBound + maxSubject) {
            if t[p].value == 0x2C { return nil } // the subject never spans a comma
            if let v = verbs.prefix(t, at: p, end: r.upperBound),
               let units = UnitListSplitter.split(text, r.lowerBound..<p, strict: true) {
                let whole = r.lowerBound..<(p + v.length)
                return Attribution(form: .mention, text: text.original(whole), span: text.span(whole),
                                   clauses: [AttributionClause(role: .mentioned, roleWord: text.original(p..<(p + v.length)),
                                                               units: units)],
                                   range: whole)
            }
            p += 1
        }
        return nil
    }

    /// Normalized ranges of the 保障 sections.
    static func dutyRegions(_ text: NormalizedText, _ outline: [OutlineNode]) -> [Range<Int>] {
        if !outline.isEmpty {
            return outline.filter { containsWord(Array($0.title.unicodeScalars)) }
                .map { node in
                    // The whole section, not only its heading: the duty sentences sit in its children.
                    var extent = node.span
                    extent.end = node.subtreeEnd
                    return OutlineAttacher.normalizedRange(of: extent, in: text)
                }
        }
        let t = text.text
        var out: [Range<Int>] = []
        var open: Int?
        for line in text.lines where line.zone == .content {
            guard let head = topHeading(t, line.range) else { continue }
            if let o = open { out.append(o..<line.range.lowerBound); open = nil }
            if head.count <= 20, containsWord(Array(t[head])) { open = line.range.lowerBound }
        }
        if let o = open { out.append(o..<t.count) }
        return out
    }

    /// The line's text when it starts with a top-level marker `一、`…`十、`.
    static func topHeading(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        var i = r.lowerBound
        while i < r.upperBound, t[i].value == 0x20 { i += 1 }
        let s = i
        while i < r.upperBound, CharClass.isChineseNumeral(t[i].value) { i += 1 }
        guard i > s, i - s <= 3, i < r.upperBound, t[i].value == 0x3001 else { return nil }
        var e = r.upperBound
        while e > i, t[e - 1].value == 0x20 { e -= 1 }
        return s..<e
    }

    static func containsWord(_ s: [Unicode.Scalar]) -> Bool {
        for i in s.indices where sectionWords.prefix(s, at: i, end: s.count) != nil { return true }
        return false
    }
}
