/// Reads the document's metadata from its own text: header fields of government
/// information pages (索引号, 发布机构, 发布日期…), the title line, signature lines.
///
/// Only the head of the document (the first `headLines` non-blank lines) and its tail are
/// read, so the cost does not grow with the body.
///
/// Scraped government pages put the facts a citation needs in different places (a header
/// table, the title line, a signature and date at the end), so each field is looked for
/// where such pages put it, and a field the text does not state stays nil rather than
/// guessed. ``DocumentParser`` calls it; call it directly to read metadata without
/// extracting the outline.
///
/// ```swift
/// let md = MetadataExtractor.extract(Normalizer.normalize(SourceText(text)))
/// print(md.title ?? "?", md.documentNumber ?? "", md.isDraft)
/// ```
public enum MetadataExtractor {
    static let headLines = 60
    static let tailLines = 40

    /// Reads title, issuer, date, index and document numbers, period, type and draft status.
    ///
    /// Only content lines (not boilerplate) of at most 600 scalars are read: the first 60
    /// and the last 40.
    ///
    /// - Parameter t: The normalized document.
    /// - Returns: The metadata, with a span for each field found.
    public static func extract(_ t: NormalizedText) -> Metadata {
        var md = Metadata()
        let head = lines(t, fromStart: true, limit: headLines)
        let tail = lines(t, fromStart: false, limit: tailLines)

        if let (v, r) = indexNumber(head) {
            md.indexNumber = v
            md.spans.indexNumber = t.span(r)
        }
        if let (v, r) = labelledDocumentNumber(head) {
            md.documentNumber = v
            md.spans.documentNumber = t.span(r)
        } else if let (v, r) = firstDocumentNumber(head, beforeLine: firstBodyLine(head)) {
            md.documentNumber = v
            md.spans.documentNumber = t.span(r)
        }
        let title = findTitle(t, head, &md)
        // The signature: a covering notice's in the head, else the document's own under its
        // text, else one glued to the end of a text that lost its line breaks.
        var signature: (Signature, date: (String, Range<Int>)?)? = nil
        if let s = SignatureFinder.head(head), let k = head.firstIndex(where: { $0.range.contains(s.range.lowerBound) }),
           TitleFinder.handsDown(t, head[..<k]) || TitleFinder.handsDown(t, head[k...].prefix(4)) {
            signature = (s, SignatureFinder.date(after: s, in: head))
        } else if let s = signatureLines(tail).last {
            // An appended document's signature names the same body but its own date.
            signature = (s, SignatureFinder.closesAppendix(t, s.range) ? nil : SignatureFinder.date(after: s, in: tail))
        } else if let g = SignatureFinder.glued(t) {
            signature = (g.0, (g.1, g.2))
        }
        findDate(t, head, tail, signature?.date, listed: title?.listedDate, &md)
        findIssuer(t, head, tail, signature?.0, titleIssuer: title?.issuerHint, &md)
        findDraft(t, head, &md)
        return md
    }

    // MARK: - Lines

    static func lines(_ t: NormalizedText, fromStart: Bool, limit: Int) -> [LineView] {
        var out: [LineView] = []
        let indices: [Int] = fromStart ? Array(t.lines.indices) : Array(t.lines.indices.reversed())
        for i in indices where t.lines[i].zone == .content && t.lines[i].range.count <= 600 {
            out.append(LineView(t, i))
            if out.count >= limit { break }
        }
        return fromStart ? out : out.reversed()
    }

    /// Index (into head) of the first line that looks like body text: a long sentence line.
    static func firstBodyLine(_ head: [LineView]) -> Int {
        for (k, l) in head.enumerated() where l.scalars.count >= 60 && l.scalars.contains("。") { return k }
        return head.count
    }

    // MARK: - Labelled header fields

    static let allLabels: [[Unicode.Scalar]] = DocTypeWords.headerLabels.map { Array($0.unicodeScalars) }

    /// Each place in the head where one of `labels` is written, with the offset (in the line)
    /// where its value starts; labels in the order given, lines in document order.
    static func labelHits(_ head: [LineView], _ labels: [String], _ body: (LineView, Int) -> (String, Range<Int>)?) -> (String, Range<Int>)? {
        for label in labels {
            let l = Array(label.unicodeScalars)
            for line in head {
                let s = line.scalars
                var i = 0
                while i < s.count {
                    // A label starts a field: at the line start or after a blank, bar or colon,
                    // never inside a word (`…来源地…` is no `来源:` field).
                    let fieldStart = i == 0 || s[i - 1] == " " || s[i - 1] == "|" || s[i - 1] == ":"
                    if fieldStart, s[i] == l[0], let valueStart = ScalarScan.label(s, i, s.count, l) {
                        if let found = body(line, valueStart) { return found }
                        i = max(i + 1, valueStart)
                        continue
                    }
                    i += 1
                }
            }
        }
        return nil
    }

    /// The index number after `索引号`: letters, digits and `-/_.`.
    static func indexNumber(_ head: [LineView]) -> (String, Range<Int>)? {
        labelHits(head, ["索引号"]) { line, v in
            let s = line.scalars
            // A value that is itself the next label is empty (`文  号 生成日期`).
            if ScalarScan.anyLabel(s, v, s.count, allLabels) { return nil }
            var e = v
            while e < s.count, ScalarScan.isDigit(s[e]) || ScalarScan.isLatin(s[e]) || "-/_.".unicodeScalars.contains(s[e]) { e += 1 }
            guard e > v else { return nil }
            let r = (line.range.lowerBound + v)..<(line.range.lowerBound + e)
            return (String(String.UnicodeScalarView(s[v..<e])), r)
        }
    }

    /// The document number after `文号`/`发文字号`, when it has the shape `X〔2022〕1号`.
    static func labelledDocumentNumber(_ head: [LineView]) -> (String, Range<Int>)? {
        labelHits(head, DocTypeWords.numberLabels) { line, v in
            let s = line.scalars
            if ScalarScan.anyLabel(s, v, s.count, allLabels) { return nil }
            guard let e = ScalarScan.documentNumber(at: v, s, s.count) else { return nil }
            return (String(String.UnicodeScalarView(s[v..<e])), (line.range.lowerBound + v)..<(line.range.lowerBound + e))
        }
    }

    /// Text after a label up to two blanks or the next label: `发布机构: 市教育局` → `市教育局`,
    /// `发布机构 兴庆区教育局 责任部门 …` → `兴庆区教育局`.
    static func labelledText(_ head: [LineView], labels: [String]) -> (String, Range<Int>)? {
        labelHits(head, labels) { line, v in
            let s = line.scalars
            if v >= s.count || ScalarScan.anyLabel(s, v, s.count, allLabels) { return nil }
            var e = v
            while e < s.count {
                if s[e] == " " {
                    // Two blanks, or a blank and the next label, end the value.
                    if e + 1 < s.count, s[e + 1] == " " { break }
                    if ScalarScan.anyLabel(s, e + 1, s.count, allLabels) { break }
                    // So does a blank before any short word and a colon (`浏览量:`), a field
                    // the label table does not know.
                    var k = e + 1
                    while k < s.count, k - e <= 7, ScalarScan.isHan(s[k]) { k += 1 }
                    if k > e + 1, k < s.count, s[k] == ":" { break }
                }
                if s[e] == "|" { break }
                e += 1
            }
            while e > v, s[e - 1] == " " { e -= 1 }
            guard e > v else { return nil }
            return (String(String.UnicodeScalarView(s[v..<e])), (line.range.lowerBound + v)..<(line.range.lowerBound + e))
        }
    }

    static func firstDocumentNumber(_ head: [LineView], beforeLine: Int) -> (String, Range<Int>)? {
        for line in head.prefix(beforeLine) {
            guard let r = ScalarScan.firstDocumentNumber(line.scalars) else { continue }
            // A number inside 《…》 or after 根据 cites another document.
            let before = String(String.UnicodeScalarView(line.scalars[..<r.lowerBound]))
            if before.contains("《") || before.contains("根据") || before.contains("(") { continue }
            return (String(String.UnicodeScalarView(line.scalars[r])), (line.range.lowerBound + r.lowerBound)..<(line.range.lowerBound + r.upperBound))
        }
        return nil
    }

    // MARK: - Title, period, type

    /// Title, kind and period from `TitleFinder`; returns what it found (for the issuer a
    /// notice title names).
    @discardableResult
    static func findTitle(_ t: NormalizedText, _ head: [LineView], _ md: inout Metadata) -> TitleFinder.Found? {
        guard let f = TitleFinder.find(t, head) else { return nil }
        md.title = f.title.original(t)
        md.spans.title = t.span(f.title.range)
        md.docType = f.type
        if let p = ScalarScan.period(f.title.s) {
            md.period = p
            md.spans.period = md.spans.title
        }
        return f
    }

    /// A line of header fields (`发布日期: 2024-03-08  分类: 规划计划`, `来源: 市教育局`): a
    /// header label followed by `:`, or a header label opening the line. Such a line is never
    /// a title, whatever word it ends with.
    static func isFieldLine(_ line: LineView) -> Bool {
        let s = line.scalars
        let start = ScalarScan.skipBlanks(s, 0, s.count)
        for i in start..<s.count {
            for l in allLabels where s[i] == l[0] {
                guard let v = ScalarScan.label(s, i, s.count, l) else { continue }
                if i == start { return true }
                var j = v - 1
                while j > i, s[j] == " " { j -= 1 }
                if s[j] == ":" { return true }
            }
        }
        return false
    }

    static func isTitleFragment(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 30 && !s.contains(where: { "。,;:!?".contains($0) })
    }

    /// The original text of lines first...last joined without their line breaks.
    static func joinedOriginal(_ t: NormalizedText, from first: LineView, to last: LineView) -> String {
        var out = ""
        for i in first.index...last.index where t.lines[i].zone == .content {
            let l = LineView(t, i)
            out += t.original(l.trimmedRange)
        }
        return out
    }

    static func setTitle(_ t: NormalizedText, _ v: String, _ r: Range<Int>, _ type: DocType, _ md: inout Metadata) {
        md.title = t.original(r)
        md.spans.title = t.span(r)
        md.docType = type
        if let p = period(in: v) {
            md.period = p
            md.spans.period = t.span(r)
        }
    }

    /// A line that reads as a title: short, no sentence punctuation inside, ending (after a
    /// year range and a draft marker) with a document-kind word. Returns the title without
    /// `《》` and the draft marker.
    static func titleCandidate(_ line: LineView) -> (String, Range<Int>, DocType)? {
        guard line.trimmedCount >= 6, line.trimmedCount <= 90 else { return nil }
        let s = line.trimmed
        if s.hasPrefix("关于征求") || s.hasPrefix("附件") || s.hasPrefix("根据") || s.hasPrefix("为") { return nil }
        if s.contains("。") || s.contains(";") { return nil }
        if isFieldLine(line) { return nil }
        var r = line.trimmedRange
        var sc = Array(line.scalars[(r.lowerBound - line.range.lowerBound)..<(r.upperBound - line.range.lowerBound)])
        // Strip a trailing draft marker `(征求意见稿)` and one pair of 《》.
        func stripSuffix(_ words: [String]) {
            for w in words {
                for form in ["(" + w + ")", "[" + w + "]", "【" + w + "】", w] {
                    let f = Array(form.unicodeScalars)
                    if sc.count > f.count, Array(sc.suffix(f.count)) == f {
                        sc.removeLast(f.count)
                        r = r.lowerBound..<(r.upperBound - f.count)
                        while let l = sc.last, l == " " { sc.removeLast(); r = r.lowerBound..<(r.upperBound - 1) }
                        return
                    }
                }
            }
        }
        stripSuffix(DocTypeWords.draftMarkers)
        if sc.first == "《", let close = sc.lastIndex(of: "》") {
            let inner = Array(sc[1..<close])
            r = (r.lowerBound + 1)..<(r.lowerBound + 1 + inner.count)
            sc = inner
        }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: sc)
        let title = String(v)
        guard let type = docType(of: title) else { return nil }
        return (title, r, type)
    }

    /// The kind named by the end of a title, looking past a trailing `(2023—2025年)`.
    static func docType(of title: String) -> DocType? {
        let sc = Array(title.unicodeScalars)
        var s = Substring(String(String.UnicodeScalarView(sc.dropLast(ScalarScan.trailingYears(sc)))))
        for w in DocTypeWords.draftMarkers where s.hasSuffix(w) { s = s.dropLast(w.count) }
        while let l = s.last, "()[]【】 ".contains(l) { s = s.dropLast() }
        for (word, type) in DocTypeWords.endings where s.hasSuffix(word) { return type }
        return nil
    }

    /// `2023—2025年`, `2023-2025`, `2023至2025年`, damaged `20232025年`; a single `2023年` at
    /// the start of a title gives a one-year period.
    static func period(in s: String) -> Metadata.Period? { ScalarScan.period(Array(s.unicodeScalars)) }

    // MARK: - Date

    static func findDate(_ t: NormalizedText, _ head: [LineView], _ tail: [LineView], _ signed: (String, Range<Int>)?,
                         listed: (iso: String, range: Range<Int>)?, _ md: inout Metadata) {
        // The signature's date wins over a page header's (which is often the page's own
        // generation or publication date).
        if let (iso, r) = signed {
            md.date = iso
            md.spans.date = t.span(r)
            return
        }
        // A labelled date: the value must start within two blanks of the label.
        if let (_, r) = labelHits(head, DocTypeWords.dateLabels, { line, v in
            guard let d = DateParser.firstDate(in: line.scalars, from: v), d.range.lowerBound - v <= 2 else { return nil }
            let r = (line.range.lowerBound + d.range.lowerBound)..<(line.range.lowerBound + d.range.upperBound)
            return (d.iso, r)
        }) {
            let line = head.first { $0.range.contains(r.lowerBound) }!
            md.date = DateParser.firstDate(in: line.scalars, from: r.lowerBound - line.range.lowerBound)?.iso
            md.spans.date = t.span(r)
            return
        }
        // A listing page's date before the title.
        if let (iso, r) = listed {
            md.date = iso
            md.spans.date = t.span(r)
            return
        }
        // A date line of its own at the end of the body (the signature), read from the end;
        // then a page date line near the title (`2023-06-02 来源:网络 作者:佚名`).
        let candidates: [(LineView, Int)] = tail.reversed().map { ($0, 16) } + head.prefix(20).map { ($0, 60) }
        for (line, maxLength) in candidates {
            let r = line.trimmedRange
            let s = Array(t.text[r])
            guard s.count <= maxLength, !s.contains("。"), let d = DateParser.firstDate(in: s), d.range.lowerBound == 0 else { continue }
            md.date = d.iso
            md.spans.date = t.span((r.lowerBound + d.range.lowerBound)..<(r.lowerBound + d.range.upperBound))
            return
        }
    }

    // MARK: - Issuer

    static func findIssuer(_ t: NormalizedText, _ head: [LineView], _ tail: [LineView], _ signature: Signature?,
                           titleIssuer: TitleText?, _ md: inout Metadata) {
        func usable(_ f: (String, Range<Int>)?) -> (String, Range<Int>)? {
            guard let f, f.0 != "网络", f.0.count >= 2, !f.0.contains("http") else { return nil }
            return f
        }
        let labelled = usable(labelledText(head, labels: DocTypeWords.issuerLabels))
        // A page's `来源:` names the publisher as the site abbreviates it; the document's own
        // signature, when there is one, is the issuer.
        let source = usable(labelledText(head, labels: DocTypeWords.sourceLabels))
        var found: Signature?
        if let s = signature {
            // The signature wins over the page header (`市教育局` on the header, `汉中市教育局`
            // under the text).
            found = s
        } else if let s = SignatureFinder.adoptingBody(head) {
            found = s
        } else if let f = labelled {
            found = Signature(name: f.0, range: f.1, parts: [f.1])
        } else if let x = titleIssuer {
            // `滁州市人民政府关于…的通知`: the issuer its title names.
            found = Signature(name: x.string, range: x.range, parts: [x.range])
        } else if let f = source {
            found = Signature(name: f.0, range: f.1, parts: [f.1])
        } else if let s = OnBehalfIssuer.find(head) {
            // A delivered report: `我代表北京市人民政府，向大会报告…`.
            found = s
        } else {
            // `淄博市人民政府办公室印发` on a line of its own near the title.
            for line in head.prefix(30) where line.trimmedCount <= 30 {
                let s = line.trimmed
                guard s.count <= 30, !s.contains(where: { "。,;:《".contains($0) }) else { continue }
                for verb in DocTypeWords.issuingVerbs where s.hasSuffix(verb) {
                    let name = String(s.dropLast(verb.count))
                    if DocTypeWords.issuerEndings.contains(where: { name.hasSuffix($0) }), name.count >= 3 {
                        let lo = line.trimmedRange.lowerBound
                        let r = lo..<(lo + name.unicodeScalars.count)
                        found = Signature(name: name, range: r, parts: [r])
                        break
                    }
                }
                if found != nil { break }
            }
        }
        if let f = found {
            // Joint issuers (`市农业农村局    市财政局`) are joined with `、`; the span covers them all.
            md.issuer = f.parts.map { t.original($0) }.joined(separator: "、")
            md.spans.issuer = t.span(f.range)
        }
    }

    /// An issuer found in the text: its name (joint names joined with `、`), the range of the
    /// whole line part, and the range of each organization's name.
    struct Signature {
        var name: String
        var range: Range<Int>
        var parts: [Range<Int>]
    }

    /// Short lines in the tail that are only organization names followed by a date line
    /// (or just before the end): the signature of the document. Several organizations on
    /// one line, separated by blanks, are a joint signature: each must end like an
    /// organization name, else the line is read as one name.
    static func signatureLines(_ tail: [LineView]) -> [Signature] {
        var out: [Signature] = []
        for (k, line) in tail.enumerated() where line.trimmedCount <= 100 {
            let s = line.trimmed
            guard s.count >= 3, !s.contains(where: { "。,;:、()《》".contains($0) }) else { continue }
            func isName(_ n: Substring) -> Bool {
                n.count >= 3 && n.count <= 30 && DocTypeWords.issuerEndings.contains(where: { n.hasSuffix($0) })
            }
            // The next line must be a date (possibly damaged: `2023427`).
            guard k + 1 < tail.count else { continue }
            let next = tail[k + 1].trimmed
            guard next.count <= 16, next.first.map({ $0.isNumber || "〇二".contains($0) }) == true,
                  next.contains(where: { $0.isNumber || $0 == "〇" }) else { continue }
            let pieces = s.split(separator: " ")
            let tr = line.trimmedRange
            if pieces.count > 1, pieces.allSatisfy(isName) {
                // Ranges of the pieces: the scalars of the trimmed line, split at blanks.
                var parts: [Range<Int>] = []
                var i = tr.lowerBound
                let sc = line.scalars
                let base = line.range.lowerBound
                while i < tr.upperBound {
                    while i < tr.upperBound, sc[i - base] == " " { i += 1 }
                    let lo = i
                    while i < tr.upperBound, sc[i - base] != " " { i += 1 }
                    if i > lo { parts.append(lo..<i) }
                }
                out.append(Signature(name: pieces.joined(separator: "、"), range: tr, parts: parts))
            } else if isName(Substring(s)) {
                out.append(Signature(name: s, range: tr, parts: [tr]))
            }
        }
        return out
    }

    // MARK: - Draft

    static func findDraft(_ t: NormalizedText, _ head: [LineView], _ md: inout Metadata) {
        let limit = firstBodyLine(head)
        for line in head.prefix(limit) {
            for w in DocTypeWords.draftMarkers where w != "征求意见" {
                let needle = Array(w.unicodeScalars)
                let s = line.scalars
                guard s.count >= needle.count else { continue }
                for i in 0...(s.count - needle.count) where s[i] == needle[0] && Array(s[i..<(i + needle.count)]) == needle {
                    md.isDraft = true
                    md.spans.isDraft = t.span((line.range.lowerBound + i)..<(line.range.lowerBound + i + needle.count))
                    return
                }
            }
        }
    }
}
