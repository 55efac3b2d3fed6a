/// Recognizes the lines that change zone: the opener of an appended document (`起草说明`,
/// `附件`), of a glossary (`名词解释`), a cover-letter title (`关于征求…的函`), attachment lists
/// (`附件:…`) and signature/date lines. Words live in `ZoneWords`. Each test looks at one
/// trimmed line, so zoning is linear.
enum ZoneClassifier {
    typealias Word = [Unicode.Scalar]
    static func w(_ s: String) -> Word { Array(s.unicodeScalars) }

    static let explanationOpeners = ZoneWords.explanationOpeners.map(w)
    static let glossaryOpeners = ZoneWords.glossaryOpeners.map(w)
    static let attachment = w(ZoneWords.attachmentWord)
    static let dateChars: Set<UInt32> = Set(ZoneWords.dateCharacters.compactMap { $0.unicodeScalars.first?.value })

    /// The line without surrounding blanks and `#` marks, and without a final `:`.
    static func core(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, t[lo] == " " || t[lo] == "#" { lo += 1 }
        while hi > lo, t[hi - 1] == " " || t[hi - 1] == "#" { hi -= 1 }
        if hi > lo, t[hi - 1] == ":" { hi -= 1 }
        while hi > lo, t[hi - 1] == " " { hi -= 1 }
        return lo..<hi
    }

    static func equals(_ t: [Unicode.Scalar], _ r: Range<Int>, _ word: Word) -> Bool {
        r.count == word.count && t[r].elementsEqual(word)
    }

    static func hasPrefix(_ t: [Unicode.Scalar], _ r: Range<Int>, _ word: Word) -> Bool {
        r.count >= word.count && t[r.lowerBound..<(r.lowerBound + word.count)].elementsEqual(word)
    }

    static func hasSuffix(_ t: [Unicode.Scalar], _ r: Range<Int>, _ word: Word) -> Bool {
        r.count >= word.count && t[(r.upperBound - word.count)..<r.upperBound].elementsEqual(word)
    }

    /// `名词解释:`
    static func isGlossaryOpener(_ t: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        let c = core(t, line)
        return glossaryOpeners.contains { equals(t, c, $0) }
    }

    /// What an appended document's first line says.
    enum AppendixOpener: Equatable {
        /// The opener names the document (`《…》起草情况说明`): it is the title.
        case titled
        /// The opener is only a label (`起草说明:`, `附件2`): the next line is the title.
        case label
    }

    /// `起草说明:`, `《…》起草情况说明`, `附件`, `附件2`; not `附件:征求意见反馈情况` (a list of
    /// attachments) and not a sentence that mentions a 起草说明.
    static func appendixOpener(_ t: [Unicode.Scalar], _ line: Range<Int>) -> AppendixOpener? {
        let c = core(t, line)
        guard !c.isEmpty, c.count <= 60 else { return nil }
        // `三、编制说明` is a heading of the document, not an appended one.
        if MarkerLexer.match(t, at: c.lowerBound, end: c.upperBound) != nil { return nil }
        for o in explanationOpeners {
            if equals(t, c, o) { return .label }
            if hasSuffix(t, c, o), !t[c].contains(where: { $0 == "。" || $0 == "," || $0 == ";" }) { return .titled }
        }
        if hasPrefix(t, c, attachment) {
            var k = c.lowerBound + attachment.count
            while k < c.upperBound, CharClass.isDigit(t[k].value) || t[k] == " " { k += 1 }
            if k == c.upperBound { return .label }
        }
        return nil
    }

    /// `附件:汉中市…` / `附件:1.…`: a list of attachments closing a document.
    static func isAttachmentList(_ t: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        let c = core(t, line)
        guard hasPrefix(t, c, attachment) else { return false }
        var k = c.lowerBound + attachment.count
        while k < c.upperBound, CharClass.isDigit(t[k].value) || t[k] == " " { k += 1 }
        return k < c.upperBound && t[k] == ":"
    }

    /// `关于征求《…》意见建议的函`
    static func isCoverLetterTitle(_ t: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        CoverLetter.isTitle(t[core(t, line)])
    }

    /// A line that is only a date: `2021年9月1日`, `2023-04-27`, `二〇二一年九月一日`, or the
    /// bare digits a capture leaves when it drops the date characters (`2023427`).
    static func isDateLine(_ t: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        let c = core(t, line)
        guard c.count >= 6, c.count <= 16 else { return false }
        var digits = 0, dateMarks = 0, separators = 0
        for k in c {
            let v = t[k].value
            if CharClass.isDigit(v) || v == 0x3007 || v == 0x96F6 || ChineseNumerals.digit(v) != nil || v == 0x5341 { digits += 1 }
            else if dateChars.contains(v) { dateMarks += 1 }
            else if v == 0x2D || v == 0x2E || v == 0x2F || v == 0x2014 { separators += 1 }
            else { return false }
        }
        let firstIsYear = CharClass.isDigit(t[c.lowerBound].value) || ChineseNumerals.digit(t[c.lowerBound].value) != nil
        guard firstIsYear else { return false }
        if dateMarks >= 2 || separators == 2 { return digits >= 4 }
        return dateMarks == 0 && separators == 0 && (digits == 7 || digits == 8) && CharClass.isDigit(t[c.lowerBound].value)
    }

    /// A short line without sentence punctuation: the issuing body above a date (`汉中市教育局`).
    static func isSignatureName(_ t: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        let c = core(t, line)
        guard !c.isEmpty, c.count <= 30 else { return false }
        for k in c where t[k] == "。" || t[k] == "," || t[k] == ";" || t[k] == ":" || t[k] == "、" { return false }
        return true
    }
}
