/// Finds cited documents: every `《…》` title, its issuer where the sentence names it, and the
/// document number written right after it.
///
/// ```
/// 落实县委教育工作领导小组、省精神文明建设执委会《关于…的意见》(鲁教组发〔2022〕1号)
/// → title 关于…的意见, issuer 县委教育工作领导小组、省精神文明建设执委会, number 鲁教组发〔2022〕1号
/// ```
///
/// The issuer is the unit list just before `《` once a lead-in verb (`贯彻落实`, `执行`) and an
/// issuing verb (`印发`) are set aside, or the units opening the title before `关于`
/// (`《中共中央、国务院关于…》`). A title right after another (`《A》《B》`, `《A》、《B》`) shares
/// its issuer. A title may wrap onto the next line; a `《` never closed is reported.
enum ReferenceFinder {
    static let issuingVerbs = WordTable<Void>(words: ReferenceWords.issuingVerbs)
    static let leadIns = WordTable<Void>(words: ReferenceWords.leadIns)
    static let aboutWords = WordTable<Void>(words: ReferenceWords.aboutWords)
    static let particles = WordTable<Void>(words: ReferenceWords.verbParticles)
    static let numberEnd = WordTable<Void>(words: ReferenceWords.numberEnd)
    /// Titles longer than this are a lost `》`, not a title.
    static let maxTitle = 120

    static func find(in text: NormalizedText, diagnostics: inout [Diagnostic]) -> [Reference] {
        let t = text.text
        var out: [Reference] = []
        var lastClose = -1
        var i = 0
        while i < t.count {
            guard t[i].value == 0x300A else { i += 1; continue } // 《
            let li = text.lineIndex(of: i)
            guard text.lines[li].zone == .content else { i += 1; continue }
            guard let (close, pieces) = closing(text, li, i) else {
                diagnostics.append(Diagnostic(severity: .info, code: "references.unclosed-title",
                                              message: "a 《 opens a title that is never closed",
                                              span: text.span(i..<(i + 1))))
                i += 1
                continue
            }
            let whole = i..<(close + 1)
            var ref = Reference(id: "r\(out.count + 1)", title: pieces.map { text.original($0) }.joined(), issuer: nil,
                                documentNumber: nil, span: text.span(whole))
            if let ir = issuerInside(text, pieces) ?? issuerBefore(text, li, i) {
                ref.issuer = text.original(ir)
                ref.issuerSpan = text.span(ir)
            } else if let prev = out.last, lastClose >= 0, sharesIssuer(t, lastClose, i) {
                ref.issuer = prev.issuer
                ref.issuerSpan = prev.issuerSpan
            }
            if let nr = documentNumber(t, after: close + 1) {
                ref.documentNumber = text.original(nr)
                ref.documentNumberSpan = text.span(nr)
            }
            out.append(ref)
            lastClose = close
            i = close + 1
        }
        return out
    }

    // MARK: - Title

    /// The `》` closing the `《` at `open`, and the title's pieces (one per line, blanks at line
    /// breaks dropped). The title may continue on the next non-blank line when it ran to the end
    /// of its line and the next line closes it.
    static func closing(_ text: NormalizedText, _ li: Int, _ open: Int) -> (Int, [Range<Int>])? {
        let t = text.text
        var depth = 0
        var pieces: [Range<Int>] = []
        var lineIdx = li
        var start = open + 1
        while lineIdx < text.lines.count {
            let r = text.lines[lineIdx].range
            var i = start
            while i < r.upperBound {
                let v = t[i].value
                if v == 0x300A { depth += 1 }
                if v == 0x300B {
                    if depth == 0 {
                        pieces.append(Blanks.trim(t, start..<i))
                        let total = pieces.reduce(0) { $0 + $1.count }
                        pieces.removeAll { $0.isEmpty }
                        return total > 0 && total <= maxTitle ? (i, pieces) : nil
                    }
                    depth -= 1
                }
                i += 1
            }
            pieces.append(Blanks.trim(t, start..<r.upperBound))
            // Continue on the next non-blank line, once, and only if it closes the title early.
            guard lineIdx == li, let next = ContentLines.next(text, after: lineIdx) else { return nil }
            let nr = text.lines[next].range
            var k = nr.lowerBound
            while k < nr.upperBound, k - nr.lowerBound < 40, t[k].value != 0x300B, t[k].value != 0x300A { k += 1 }
            guard k < nr.upperBound, t[k].value == 0x300B else { return nil }
            lineIdx = next
            start = nr.lowerBound
        }
        return nil
    }


    // MARK: - Issuer

    /// `《中共中央、国务院关于…》`: the units before `关于` inside the title.
    static func issuerInside(_ text: NormalizedText, _ pieces: [Range<Int>]) -> Range<Int>? {
        guard let p = pieces.first else { return nil }
        let t = text.text
        var i = p.lowerBound + 2
        while i < p.upperBound - 2 {
            if aboutWords.prefix(t, at: i, end: p.upperBound) != nil {
                let head = p.lowerBound..<i
                // Units (`中共中央、国务院关于…`) or a place standing for its government (`兴庆区关于…`).
                return UnitListSplitter.split(text, head, strict: true) != nil || isPlace(t, head) ? head : nil
            }
            i += 1
        }
        return nil
    }

    /// The issuer written before `《`, in the same clause (or on the line before, when the title
    /// opens its line and that line ends with an issuing verb: `淄博市人民政府办公室印发`).
    static func issuerBefore(_ text: NormalizedText, _ li: Int, _ open: Int) -> Range<Int>? {
        let t = text.text
        let lineStart = text.lines[li].range.lowerBound
        var end = open
        while end > lineStart, t[end - 1].value == 0x20 { end -= 1 }
        var lo = lineStart
        if end == lineStart {
            guard let prev = ContentLines.previous(text, before: li) else { return nil }
            let pr = Blanks.trim(t, text.lines[prev].range)
            guard issuingVerbs.suffix(t, endingAt: pr.upperBound, start: pr.lowerBound) != nil else { return nil }
            lo = pr.lowerBound
            end = pr.upperBound
        }
        var s = end
        while s > lo, !isBoundary(t[s - 1].value) { s -= 1 }
        var e = end
        if let p = particles.suffix(t, endingAt: e, start: s) { e -= p.length }
        if let v = issuingVerbs.suffix(t, endingAt: e, start: s) { e -= v.length }
        guard e > s else { return nil }
        // After a lead-in verb first (`深入贯彻教育部`, `严格执行自治区`): a whole segment may end like
        // a unit and still open with the verb (`落实县委教育工作领导小组`).
        var i = s
        while i < e {
            if let m = leadIns.prefix(t, at: i, end: e) {
                // Lead-ins chain (`为` + `贯彻落实`): the issuer starts after the last of them.
                var c = i + m.length
                while c < e, let n = leadIns.prefix(t, at: c, end: e) { c += n.length }
                if c < e, valid(text, c..<e) { return c..<e }
            }
            i += 1
        }
        return valid(text, s..<e) ? s..<e : nil
    }

    /// A place name: two to five Han characters ending in a level word (`兴庆区`, `汉中市`).
    static func isPlace(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 5, r.allSatisfy({ CharClass.isHan(t[$0].value) }) else { return false }
        return UnitListSplitter.placeEnds.suffix(t, endingAt: r.upperBound, start: r.upperBound - 1) != nil
    }

    static func valid(_ text: NormalizedText, _ r: Range<Int>) -> Bool {
        r.count >= 2 && UnitListSplitter.split(text, r, strict: true) != nil
    }

    @inline(__always) static func isBoundary(_ v: UInt32) -> Bool {
        // , ; 。 : ( ) 》 ! ? 〕 】
        v == 0x2C || v == 0x3B || v == 0x3002 || v == 0x3A || v == 0x28 || v == 0x29 || v == 0x300B || v == 0x21
            || v == 0x3F || v == 0x3015 || v == 0x3011
    }

    /// `《A》《B》` or `《A》、《B》`: the second title follows the first directly.
    static func sharesIssuer(_ t: [Unicode.Scalar], _ close: Int, _ open: Int) -> Bool {
        var k = close + 1
        while k < open, t[k].value == 0x20 || t[k].value == 0x3001 { k += 1 }
        return k == open
    }

    // MARK: - Document number

    /// `鲁教组发〔2022〕1号` right after a title, bare or in brackets.
    static func documentNumber(_ t: [Unicode.Scalar], after i: Int) -> Range<Int>? {
        var k = i
        while k < t.count, t[k].value == 0x20 { k += 1 }
        if k < t.count, t[k].value == 0x28 || t[k].value == 0x3014 && !(k + 1 < t.count && CharClass.isDigit(t[k + 1].value)) {
            k += 1
        }
        let start = k
        while k < t.count, k - start < 12, CharClass.isHan(t[k].value) { k += 1 }
        guard k > start, k < t.count, Brackets.isOpen(t[k].value) else { return nil }
        k += 1
        var digits = 0
        while k < t.count, CharClass.isDigit(t[k].value) { k += 1; digits += 1 }
        guard digits == 4, k < t.count, Brackets.isClose(t[k].value) else { return nil }
        k += 1
        var n = 0
        while k < t.count, CharClass.isDigit(t[k].value) { k += 1; n += 1 }
        guard n > 0, let end = numberEnd.prefix(t, at: k, end: t.count) else { return nil }
        return start..<(k + end.length)
    }
}
