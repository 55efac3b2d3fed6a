/// Issuer-and-date signatures beyond the tail's signature lines (`MetadataExtractor.lastSignature`):
///
/// - a covering notice's signature in the head (`河南省人民政府办公厅` / `2023年6月30日` before
///   the plan's own title): the notice's issuer and date are the document's;
/// - a signature glued to the end of a text that lost its line breaks
///   (`…落地见效。国务院办公厅2020年7月15日(此件公开发布)`);
/// - the body that adopted a law (`2012年12月26日 上海市…常务委员会第三十八次会议通过`).
enum SignatureFinder {
    typealias S = [Unicode.Scalar]

    /// The first organization line followed by a date line in the head.
    static func head(_ head: [LineView]) -> MetadataExtractor.Signature? {
        MetadataExtractor.firstSignature(Array(head.prefix(40)))
    }

    /// Lines looked back from a tail signature for the opener of an appended document.
    static let appendixLookBack = 300

    /// Whether the signature at `range` closes an appended document (`起草说明`, `附件`)
    /// rather than the document itself: its date is then not the document's. Looks back a
    /// bounded number of lines.
    static func closesAppendix(_ t: NormalizedText, _ range: Range<Int>) -> Bool {
        var i = t.lineIndex(of: range.lowerBound) - 1
        var seen = 0
        while i >= 0, seen < appendixLookBack {
            let l = t.lines[i]
            if l.zone == .content, opensAppendix(Array(t.text[Blanks.trim(t.text, l.range)])) { return true }
            i -= 1
            seen += 1
        }
        return false
    }

    static let explanationOpeners = ZoneWords.explanationOpeners.map { Array($0.unicodeScalars) }
    static let attachment = Array(ZoneWords.attachmentWord.unicodeScalars)

    /// `起草说明`, `《…》起草情况说明`, `附件`, `附件2` on a line of their own (a final `:` aside):
    /// the opener of an appended document, as the outline's zones read it.
    static func opensAppendix(_ s: S) -> Bool {
        var c = s
        while let l = c.last, l == ":" || l == " " { c.removeLast() }
        guard !c.isEmpty, c.count <= 60, !c.contains("。"), !c.contains(",") else { return false }
        for o in explanationOpeners where c.count >= o.count && c.suffix(o.count).elementsEqual(o) { return true }
        guard c.count >= attachment.count, c.prefix(attachment.count).elementsEqual(attachment) else { return false }
        return c.dropFirst(attachment.count).allSatisfy { ScalarScan.isDigit($0) || $0 == " " }
    }

    /// The date on the line after a signature line (`2023年6月30日`, `二〇二三年六月三十日`,
    /// damaged `2023728`).
    static func date(after sig: MetadataExtractor.Signature, in lines: [LineView]) -> (String, Range<Int>)? {
        // The line that ends the signature (joint signers may stand on lines above it).
        let last = max(sig.range.lowerBound, sig.range.upperBound - 1)
        guard let k = lines.firstIndex(where: { $0.range.contains(last) }), k + 1 < lines.count else { return nil }
        let l = lines[k + 1]
        let r = l.trimmedRange
        let s = Array(l.scalars[(r.lowerBound - l.range.lowerBound)..<(r.upperBound - l.range.lowerBound)])
        if let d = DateParser.firstDate(in: s), d.range.lowerBound == 0, d.iso.count == 10 {
            return (d.iso, (r.lowerBound + d.range.lowerBound)..<(r.lowerBound + d.range.upperBound))
        }
        if let iso = lostCharactersDate(s) { return (iso, r) }
        return nil
    }

    /// `2023728`, `20230728`: a date whose 年/月/日 a capture dropped. Seven digits are read
    /// only when one split of month and day is valid (`2023728` → 7-28; `2023111` is either
    /// 1-11 or 11-1, so nil).
    static func lostCharactersDate(_ s: S) -> String? {
        guard s.count == 7 || s.count == 8, s.allSatisfy(ScalarScan.isDigit), let y = ScalarScan.year(s, 0, s.count) else { return nil }
        let rest = s[4...].map { Int($0.value - 48) }
        var found: [String] = []
        for mLen in 1...2 {
            let dLen = rest.count - mLen
            guard dLen >= 1, dLen <= 2 else { continue }
            let m = rest.prefix(mLen).reduce(0) { $0 * 10 + $1 }
            let d = rest.suffix(dLen).reduce(0) { $0 * 10 + $1 }
            // A written leading zero belongs to a two-digit field only.
            if mLen == 1 && rest[0] == 0 { continue }
            if dLen == 1 && rest[mLen] == 0 { continue }
            if (1...12).contains(m), (1...31).contains(d) { found.append(DateParser.iso(y, m, d)) }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Longest note after a glued signature (`(此件公开发布)`).
    static let noteMax = 12
    /// Longest issuer name read before a glued date.
    static let nameMax = 20

    /// `…。国务院办公厅2020年7月15日(此件公开发布)` at the end of the last content line.
    static func glued(_ t: NormalizedText) -> (MetadataExtractor.Signature, String, Range<Int>)? {
        guard let line = t.lines.last(where: { $0.zone == .content && !Blanks.trim(t.text, $0.range).isEmpty }) else { return nil }
        let r = Blanks.trim(t.text, line.range)
        var end = r.upperBound
        // A bracketed note after the date.
        if t.text[end - 1] == ")" {
            var b = end - 1
            while b > r.lowerBound, end - b <= noteMax, t.text[b] != "(" { b -= 1 }
            if t.text[b] == "(" { end = b }
        }
        let from = max(r.lowerBound, end - 40)
        let s = Array(t.text[from..<end])
        var i = 0
        while i < s.count {
            if let d = DateParser.numericDate(s, i) ?? DateParser.hanDate(s, i), d.range.upperBound == s.count, d.iso.count == 10 {
                var b = i
                while b > 0, i - b < nameMax, CharClass.isHan(s[b - 1].value) { b -= 1 }
                let name = SourceText.utf8String(s[b..<i])
                guard name.count >= 2, DocTypeWords.issuerEndings.contains(where: { name.hasSuffix($0) }) else { return nil }
                let nr = (from + b)..<(from + i)
                return (MetadataExtractor.Signature(name: name, range: nr, parts: [nr]), d.iso, (from + i)..<(from + d.range.upperBound))
            }
            i += 1
        }
        return nil
    }

    static let adopted = Array(MetadataWords.adoptedBy.unicodeScalars)
    static let ordinalPrefix = MetadataWords.meetingOrdinalPrefix.unicodeScalars.first!

    /// `2012年12月26日 上海市第十三届人民代表大会常务委员会第三十八次会议通过`: the adopting body.
    static func adoptingBody(_ head: [LineView]) -> MetadataExtractor.Signature? {
        for l in head.prefix(10) {
            let s = l.scalars
            guard s.count >= adopted.count else { continue }
            var a: Int? = nil
            for i in 0...(s.count - adopted.count) where s[i] == adopted[0] && s[i..<(i + adopted.count)].elementsEqual(adopted) { a = i; break }
            guard let a, let meeting = s[..<a].lastIndex(of: ordinalPrefix) else { continue }
            var b = 0
            if let d = DateParser.firstDate(in: s), d.range.upperBound <= meeting { b = d.range.upperBound }
            while b < meeting, s[b] == " " { b += 1 }
            var e = meeting
            while e > b, s[e - 1] == " " { e -= 1 }
            let name = SourceText.utf8String(s[b..<e])
            guard name.count >= 3, name.count <= 40, DocTypeWords.issuerEndings.contains(where: { name.hasSuffix($0) }) else { continue }
            let r = (l.range.lowerBound + b)..<(l.range.lowerBound + e)
            return MetadataExtractor.Signature(name: name, range: r, parts: [r])
        }
        return nil
    }

    // MARK: - Forms read from the opening of the text

    static let orderMark = MetadataWords.orderMark.unicodeScalars.first!
    static let nationalPrefix = Array(MetadataWords.nationalPrefix.unicodeScalars)
    static let numberSuffix = MetadataWords.numberSuffix.unicodeScalars.first!
    static let distribution = MetadataWords.distributionPhrases.map { Array($0.unicodeScalars) }
    /// Lines of the head read by the opening forms: an order states its issuer, a text
    /// without line breaks its covering signature, in its first lines.
    static let openingLines = 5
    /// Longest organization name these forms read.
    static let nameLimit = 30

    static func isOrganization(_ name: S) -> Bool {
        let n = SourceText.utf8String(name)
        return n.count >= 2 && DocTypeWords.issuerEndings.contains(where: { n.hasSuffix($0) })
    }

    /// `中华人民共和国国务院令第432号`, `某市人民政府令第5号` opening a line: the body whose
    /// order the document is (a national body without the country's name).
    static func orderIssuer(_ head: [LineView]) -> MetadataExtractor.Signature? {
        for l in head.prefix(openingLines) {
            let s = l.scalars
            var b = ScalarScan.skipBlanks(s, 0, s.count)
            var e = b
            while e < s.count, e - b <= nameLimit + nationalPrefix.count, ScalarScan.isHan(s[e]), s[e] != orderMark { e += 1 }
            // The mark, then 第N号 (digits or numerals).
            guard e < s.count, s[e] == orderMark, e + 1 < s.count, s[e + 1] == ordinalPrefix else { continue }
            var k = e + 2
            while k < s.count, k - e <= 8, ScalarScan.isDigit(s[k]) || DateParser.hanDigits[s[k]] != nil { k += 1 }
            guard k > e + 2, k < s.count, s[k] == numberSuffix else { continue }
            if e - b > nationalPrefix.count, Array(s[b..<(b + nationalPrefix.count)]) == nationalPrefix { b += nationalPrefix.count }
            guard e - b <= nameLimit, isOrganization(Array(s[b..<e])) else { continue }
            let r = (l.range.lowerBound + b)..<(l.range.lowerBound + e)
            return MetadataExtractor.Signature(name: SourceText.utf8String(s[b..<e]), range: r, parts: [r])
        }
        return nil
    }

    /// Longest signer (an organization, or a title and a person) between a covering
    /// sentence and its date.
    static let signerMax = 20

    /// A signature written on the same line right after a covering sentence, as a text that
    /// lost its line breaks has it: `…现予公布，自2005年5月1日起施行。总理 某某二〇〇五年二月十五日…`.
    /// The date must follow the sentence's `。` within `signerMax` scalars of Han text and
    /// blanks, and must not open a deadline (`…日起`). The signer is returned when it is an
    /// organization (a person is no issuer).
    static func afterCovering(_ head: [LineView]) -> (signer: MetadataExtractor.Signature?, date: (String, Range<Int>))? {
        for l in head.prefix(openingLines) {
            let s = l.scalars
            // The first distribution phrase, then the end of its sentence.
            var at: Int? = nil
            var i = 0
            while at == nil, i < s.count {
                for d in distribution where i + d.count <= s.count && s[i] == d[0] && s[i..<(i + d.count)].elementsEqual(d) { at = i + d.count; break }
                i += 1
            }
            guard let from = at else { continue }
            var stop = from
            while stop < s.count, s[stop] != "。" { stop += 1 }
            guard stop < s.count else { continue }
            let b = ScalarScan.skipBlanks(s, stop + 1, s.count)
            var k = b
            while k < s.count, k - b <= signerMax {
                if let d = DateParser.numericDate(s, k) ?? DateParser.hanDate(s, k) {
                    guard d.iso.count == 10, d.range.upperBound >= s.count || !DateWords.notSignatureAfter.contains(s[d.range.upperBound]) else { break }
                    var e = k
                    while e > b, s[e - 1] == " " { e -= 1 }
                    let name = Array(s[b..<e])
                    let base = l.range.lowerBound
                    let signer: MetadataExtractor.Signature? = isOrganization(name)
                        ? MetadataExtractor.Signature(name: SourceText.utf8String(name), range: (base + b)..<(base + e), parts: [(base + b)..<(base + e)])
                        : nil
                    return (signer, (d.iso, (base + d.range.lowerBound)..<(base + d.range.upperBound)))
                }
                guard ScalarScan.isHan(s[k]) || s[k] == " " else { break }
                k += 1
            }
        }
        return nil
    }
}
