/// Finds the document's title in its head, in the shapes real pages and copies give it:
///
/// - a header field (`名称:`, `标题:`), whatever kind word it ends with;
/// - a title line ending with a kind word (`…实施方案`, `…管理办法(试行)`), possibly broken
///   over up to four short lines (`洛阳市加强数字政府建设` / `实施方案(2023—2025年)`), with page
///   labels, file extensions and a run-on document number cut off (`TitleCleaner`);
/// - the document inside a notice: `X关于印发《Y》的通知` gives Y, or better the plan's own
///   title line when it follows the notice; the notice's issuer is kept as a hint;
/// - no title line at all: the document a covering notice hands down (`现将《Y》印发给你们`);
/// - a text that lost its line breaks: the title that opens its first line
///   (`国务院关于…的若干意见国发〔2013〕24号各省…`, `江西省2023年…工作要点 为深入…`).
///
/// Breadcrumbs (`当前位置:首页>…`) and header-field lines are never titles. Reads only the
/// head lines (bounded) and the first 160 scalars of a long first line.
enum TitleFinder {
    typealias S = [Unicode.Scalar]

    struct Found {
        var title: TitleText
        var type: DocType?
        /// The issuer a notice title names before `关于`.
        var issuerHint: TitleText?
        /// A date a listing page writes before the title (`• 2024.03.04 X关于…的通知`).
        var listedDate: (iso: String, range: Range<Int>)? = nil
        /// The rule that read the title (`--trace`).
        var form: MetadataForm = .titleLine
    }

    /// Whether the lines hold a covering notice that hands a document down (a distribution
    /// phrase, or a `关于印发…的通知` title) or forwards one (`现转发给你们`): then the
    /// notice's signature is the document's.
    static func handsDown(_ t: NormalizedText, _ lines: ArraySlice<LineView>) -> Bool {
        for l in lines {
            let x = lineText(t, l)
            if distribution.contains(where: { x.find($0) != nil }) { return true }
            if forwarding.contains(where: { x.find($0) != nil }) { return true }
            if TitleCleaner.unwrapNotice(TitleCleaner.clean(x)) != nil { return true }
        }
        return false
    }

    /// The date at the start of a listing line, before its title.
    static func listedDate(_ x: TitleText) -> (iso: String, range: Range<Int>)? {
        var k = 0
        while k < x.count, TitleCleaner.bullets.contains(x.s[k]) || x.s[k] == " " { k += 1 }
        guard let d = DateParser.numericDate(x.s, k), d.iso.count == 10, d.range.upperBound < x.count else { return nil }
        return (d.iso, x.at[d.range.lowerBound]..<(x.at[d.range.upperBound - 1] + 1))
    }

    static let breadcrumbWords = MetadataWords.breadcrumbWords.map(TitleCleaner.w)
    static let homePage = TitleCleaner.w(MetadataWords.homePage)
    static let distribution = MetadataWords.distributionPhrases.map(TitleCleaner.w)
    static let forwarding = MetadataWords.forwardingPhrases.map(TitleCleaner.w)

    /// A location line: `您现在所在的位置: 网站首页 > …`, `>政府信息公开 >…`.
    static func isBreadcrumb(_ s: S) -> Bool {
        let x = TitleText(s: s, at: Array(0..<s.count)).trimmed()
        if x.s.first == ">" { return true }
        if breadcrumbWords.contains(where: { x.find($0) != nil }) { return true }
        if x.find(homePage) != nil && x.s.contains(">") { return true }
        return isPath(x)
    }

    static let pathSeparators: Set<Unicode.Scalar> = Set(MetadataWords.breadcrumbSeparators.compactMap(\.unicodeScalars.first))
    /// Longest step of a location path (`政府信息公开 > 政策文件`).
    static let pathStepMax = 20

    /// A location path without a home page or label: two or more short steps joined by `>`
    /// (`政务公开 > 政策文件 > 规划计划`), none with sentence punctuation. A title never reads so.
    static func isPath(_ x: TitleText) -> Bool {
        var steps = 0, separators = 0, length = 0
        func close() -> Bool {
            if length > pathStepMax { return false }
            if length > 0 { steps += 1 }
            length = 0
            return true
        }
        for c in x.s {
            if pathSeparators.contains(c) {
                separators += 1
                guard close() else { return false }
            } else if c == "。" || c == "," || c == ";" || c == ":" {
                return false
            } else if c != " " {
                length += 1
            }
        }
        guard close() else { return false }
        return separators > 0 && steps >= 2
    }

    static func lineText(_ t: NormalizedText, _ l: LineView) -> TitleText { TitleText(t, [l.trimmedRange]) }

    /// A line that may be (part of) a title: no sentence punctuation, not too long, not a
    /// breadcrumb or a header-field line, not a numbered heading.
    static func mayHoldTitle(_ t: NormalizedText, _ l: LineView, maxLength: Int) -> Bool {
        let n = l.trimmedCount
        guard n >= 2, n <= maxLength else { return false }
        for c in l.scalars where c == "。" || c == ";" || c == "|" { return false }
        if isBreadcrumb(l.scalars) || MetadataExtractor.isFieldLine(l) { return false }
        let r = l.trimmedRange
        if MarkerReader.read(t.text, at: r.lowerBound, end: r.upperBound)?.form == .intact { return false }
        return true
    }

    /// The title of a group of lines, when it reads as one: cleaned, 4–120 scalars, a kind
    /// word at its end or a notice.
    static func candidate(_ t: NormalizedText, _ group: [LineView]) -> Found? {
        let x = TitleCleaner.clean(TitleText(t, group.map(\.trimmedRange)))
        guard x.count >= 4, x.count <= 120 else { return nil }
        for c in x.s where c == "," || c == ":" { if group.count > 1 || x.count > 60 { return nil } }
        // A cover letter (`关于征求《…》意见建议的函`) is no title; any other `关于…` title is.
        if CoverLetter.isTitle(x.s) { return nil }
        let listed = group.count == 1 ? listedDate(lineText(t, group[0])) : nil
        if let n = TitleCleaner.unwrapNotice(x) {
            return Found(title: n.inner, type: TitleCleaner.docType(n.inner), issuerHint: n.issuer, listedDate: listed, form: .titleNotice)
        }
        guard let type = TitleCleaner.docType(x) else { return nil }
        return Found(title: x, type: type, issuerHint: TitleCleaner.issuerPrefix(x), listedDate: listed)
    }

    /// A line that can continue a title broken over lines: short, no date (a signature's
    /// date line is no part of the title above it), no bracketed note (`(此件公开发布)`).
    static func mayContinueTitle(_ t: NormalizedText, _ l: LineView) -> Bool {
        guard mayHoldTitle(t, l, maxLength: 40) else { return false }
        let x = lineText(t, l)
        if DateParser.firstDate(in: x.s) != nil || SignatureFinder.lostCharactersDate(x.s) != nil { return false }
        return !isBracketNote(x)
    }

    /// `(此件公开发布)`, `(本文有删减)`: a short bracketed note, neither title nor period.
    static func isBracketNote(_ x: TitleText) -> Bool {
        x.s.first == "(" && x.s.last == ")" && x.count <= 14 && TitleCleaner.docType(x) == nil && ScalarScan.period(x.s) == nil
    }

    /// The longest group of up to four lines from `k` that reads as a title. A group that
    /// already reads as a title does not take a next line that reads as one on its own
    /// (a notice's title above the plan's own title).
    static func group(_ t: NormalizedText, _ lines: [LineView], from k: Int) -> (Found, next: Int, isNotice: Bool)? {
        guard mayHoldTitle(t, lines[k], maxLength: 90) else { return nil }
        let first = lineText(t, lines[k])
        if isBracketNote(first) { return nil }
        if DateParser.firstDate(in: first.s).map({ $0.range.lowerBound == 0 && $0.range.upperBound == first.count }) == true { return nil }
        var best: (Found, Int, Bool)? = nil
        var n = 1
        while k + n <= lines.count, n <= 4 {
            if n > 1 {
                guard mayContinueTitle(t, lines[k + n - 1]) else { break }
                if best != nil, candidate(t, [lines[k + n - 1]]) != nil { break }
            }
            let g = Array(lines[k..<(k + n)])
            if let f = candidate(t, g) {
                let x = TitleCleaner.clean(TitleText(t, g.map(\.trimmedRange)))
                best = (f, k + n, TitleCleaner.unwrapNotice(x) != nil)
            }
            n += 1
        }
        return best
    }

    static func find(_ t: NormalizedText, _ fields: HeadFields) -> Found? {
        let head = fields.lines
        // A header field names the document.
        if let (_, r) = MetadataExtractor.labelledText(fields, labels: MetadataWords.titleLabels) {
            let x = TitleCleaner.clean(TitleText(t, [r]))
            if x.count >= 4 {
                if let n = TitleCleaner.unwrapNotice(x) {
                    return Found(title: n.inner, type: TitleCleaner.docType(n.inner), issuerHint: n.issuer, form: .titleLabel)
                }
                return Found(title: x, type: TitleCleaner.docType(x), issuerHint: TitleCleaner.issuerPrefix(x), form: .titleLabel)
            }
        }
        let limit = MetadataExtractor.firstBodyLine(head)
        var k = 0
        while k <= limit, k < head.count {
            guard var (f, next, isNotice) = group(t, head, from: k) else { k += 1; continue }
            // Cover lines in large type (`2023` / `XX` / `教育工作` / `要点`) followed by the
            // same title on one line: the one line is the title as written.
            if next - k > 1 {
                for j in next..<min(next + 2, head.count) {
                    if let (one, oneNext, oneNotice) = group(t, head, from: j), oneNext == j + 1,
                       isSubsequence(f.title.s, of: one.title.s) {
                        (f, next, isNotice) = (one, oneNext, oneNotice)
                        break
                    }
                }
            }
            if !isNotice { return f }
            // A notice: the plan's own title line, when it follows the notice, is the title.
            var j = next
            while j < head.count {
                if let (own, _, ownNotice) = group(t, head, from: j), !ownNotice, own.title.count >= 6 {
                    return Found(title: own.title, type: own.type, issuerHint: f.issuerHint ?? own.issuerHint, listedDate: f.listedDate,
                                 form: .titleNotice)
                }
                j += 1
            }
            return f
        }
        if let f = afterNoticeSignature(t, head) { return f }
        if let f = handedDown(t, head) { return f }
        return leadingTitle(t, head) ?? weakTitle(t, head)
    }

    static let weakEndings: [(S, DocType)] = MetadataWords.weakEndings.map { (TitleCleaner.w($0.word), $0.type) }

    /// Rule `title with a weak kind word`: the document's first line, alone (the next line
    /// cannot continue a title: an outline heading, a sentence), naming its year and ending
    /// with a weak kind word (`某县2024年重点工作任务`, a trailing year range or qualifier aside).
    /// Without a year such a line is as likely a sentence (`今年要抓好以下几项重点工作`).
    static func weakTitle(_ t: NormalizedText, _ head: [LineView]) -> Found? {
        guard let k = head.firstIndex(where: { $0.trimmedCount > 0 }), mayHoldTitle(t, head[k], maxLength: 60),
              !isBreadcrumb(head[k].scalars) else { return nil }
        if let n = head[(k + 1)...].first(where: { $0.trimmedCount > 0 }), mayContinueTitle(t, n) { return nil }
        let x = TitleCleaner.clean(lineText(t, head[k]))
        guard x.count >= 6, x.s.indices.contains(where: { ScalarScan.year(x.s, $0, x.count) != nil }) else { return nil }
        var s = x.s
        s.removeLast(ScalarScan.trailingYears(s))
        while let l = s.last, l == " " || l == ")" || l == "(" { s.removeLast() }
        for (w, type) in weakEndings where s.count > w.count && Array(s.suffix(w.count)) == w {
            return Found(title: x, type: type, issuerHint: TitleCleaner.issuerPrefix(x), form: .titleWeakEnding)
        }
        return nil
    }

    /// The plan's own title under a covering notice that has no title line of its own (a
    /// 文号 line, the addressees, the covering sentence, the signature and its date, then the
    /// plan): the title group within two lines after the signature's date line.
    static func afterNoticeSignature(_ t: NormalizedText, _ head: [LineView]) -> Found? {
        guard let s = SignatureFinder.head(head), let k = head.firstIndex(where: { $0.range.contains(s.range.lowerBound) }) else { return nil }
        for j in (k + 2)..<min(head.count, k + 4) {
            if let (f, _, isNotice) = group(t, head, from: j), !isNotice {
                var own = f
                own.form = .titleAfterNotice
                return own
            }
        }
        return nil
    }

    /// Whether `a`'s scalars (blanks aside) occur in `b` in order.
    static func isSubsequence(_ a: S, of b: S) -> Bool {
        var j = 0
        for c in a where c != " " {
            while j < b.count, b[j] != c { j += 1 }
            guard j < b.count else { return false }
            j += 1
        }
        return true
    }

    /// `现将《Y》印发给你们`, `《Y》已经…同意,现印发给你们`, `《Y》…现予公布`: the document a
    /// covering notice hands down, when the head has no title line. The first `《》` of the
    /// sentence that holds a distribution phrase.
    static func handedDown(_ t: NormalizedText, _ head: [LineView]) -> Found? {
        for l in head.prefix(30) {
            let x = lineText(t, l)
            var i = 0
            while let open = x.find(["《"], from: i) {
                guard let close = x.find(["》"], from: open + 1) else { break }
                var end = close + 1
                while end < x.count, x.s[end] != "。" { end += 1 }
                let sentence = x.slice(close..<end)
                if distribution.contains(where: { sentence.find($0) != nil }), close - open - 1 >= 4 {
                    let inner = x.slice((open + 1)..<close)
                    return Found(title: inner, type: TitleCleaner.docType(inner), issuerHint: nil, form: .titleHandedDown)
                }
                // `X、Y发布《Z》`: the bodies that issued Z, named before the verb.
                if close - open - 1 >= 4, let (verbStart, _) = issuingVerb(x, before: open) {
                    let inner = x.slice((open + 1)..<close)
                    return Found(title: inner, type: TitleCleaner.docType(inner), issuerHint: issuersBefore(x, verbStart), form: .titleHandedDown)
                }
                i = end
            }
        }
        return nil
    }

    /// The title that opens the first content line of a text that lost its line breaks: a
    /// kind word within the first 120 scalars, with no sentence punctuation before it,
    /// followed by a blank, a document number or the line's end.
    static func leadingTitle(_ t: NormalizedText, _ head: [LineView]) -> Found? {
        // The first content line that is not a page's breadcrumb (`首页 > 政务公开 > …` above a
        // one-line text saved from the web).
        guard let first = t.lines.first(where: { l in
            let r = Blanks.trim(t.text, l.range)
            // A breadcrumb is short: its first 200 scalars tell, whatever the line's length.
            return l.zone == .content && !r.isEmpty
                && !isBreadcrumb(Array(t.text[r.lowerBound..<min(r.upperBound, r.lowerBound + 200)]))
        }) else { return nil }
        let r = Blanks.trim(t.text, first.range)
        let window = r.lowerBound..<min(r.upperBound, r.lowerBound + 160)
        let x = TitleText(t, [window])
        if let f = handedDownIn(x) { return f }
        var e = 4
        while e <= min(x.count, 120) {
            let c = x.s[e - 1]
            if c == "。" || c == "," || c == ";" || c == ":" || c == "!" || c == "?" { return nil }
            if TitleCleaner.kindEnding(x.s, e) != nil {
                let atEnd = e == x.count
                let blank = !atEnd && x.s[e] == " "
                let number = !atEnd && ScalarScan.documentNumber(at: e, x.s, x.count) != nil
                if atEnd || blank || number {
                    let title = x.slice(0..<e).trimmed()
                    guard title.count >= 6 else { return nil }
                    return Found(title: title, type: TitleCleaner.docType(title), issuerHint: TitleCleaner.issuerPrefix(title), form: .titleLeading)
                }
            }
            e += 1
        }
        return nil
    }

    /// The issuing verb (`发布`, `印发`) written right before offset `open`.
    static func issuingVerb(_ x: TitleText, before open: Int) -> (Int, Int)? {
        for v in TitleCleaner.issuingVerbs where open >= v.count && Array(x.s[(open - v.count)..<open]) == v {
            return (open - v.count, open)
        }
        return nil
    }

    /// The organizations named right before `end` (back to a comma, colon or the line's
    /// start; a date before them is skipped), each ending like an organization; joint ones
    /// are separated by `、`.
    static func issuersBefore(_ x: TitleText, _ end: Int) -> TitleText? {
        var b = end
        while b > 0, CharClass.isHan(x.s[b - 1].value) || x.s[b - 1] == "、" { b -= 1 }
        let names = x.slice(b..<end).trimmed()
        guard names.count >= 2 else { return nil }
        let parts = names.string.split(separator: "、")
        guard !parts.isEmpty, parts.allSatisfy({ p in DocTypeWords.issuerEndings.contains(where: { p.hasSuffix($0) }) && p.count >= 2 }) else { return nil }
        return names
    }

    /// `…令第432号《电力监管条例》已经…通过,现予公布`: a handed-down title inside a run-on line.
    static func handedDownIn(_ x: TitleText) -> Found? {
        guard let open = x.find(["《"]), open <= 40, let close = x.find(["》"], from: open + 1), close - open - 1 >= 4 else { return nil }
        var end = close + 1
        while end < x.count, x.s[end] != "。" { end += 1 }
        let sentence = x.slice(close..<end)
        guard distribution.contains(where: { sentence.find($0) != nil }) else { return nil }
        let inner = x.slice((open + 1)..<close)
        return Found(title: inner, type: TitleCleaner.docType(inner), issuerHint: nil, form: .titleHandedDown)
    }
}
