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
    /// Longer lines are body text (or a whole text without line breaks), not head or tail lines.
    static let maxLineLength = 600

    /// Reads title, issuer, date, index and document numbers, period, type and draft status.
    ///
    /// Only content lines (not boilerplate) of at most 600 scalars are read: the first 60
    /// and the last 40.
    ///
    /// - Parameter t: The normalized document.
    /// - Returns: The metadata, with a span for each field found.
    public static func extract(_ t: NormalizedText) -> Metadata {
        var diagnostics: [Diagnostic] = []
        var md = read(t, diagnostics: &diagnostics)
        md.rules = nil
        return md
    }

    /// The metadata stage as the pipeline runs it: the fields with the rule behind each
    /// (`md.rules`, dropped by `Pipeline` without `--trace`), and a diagnostic for each of
    /// title, issuer and date the text does not state.
    static func read(_ t: NormalizedText, diagnostics: inout [Diagnostic]) -> Metadata {
        var md = Metadata()
        var rules = Metadata.FieldRules()
        let head = lines(t, fromStart: true, limit: headLines)
        let tail = lines(t, fromStart: false, limit: tailLines)
        let fields = HeadFields(head)

        if let (v, r) = indexNumber(fields) {
            md.indexNumber = v
            md.spans.indexNumber = t.span(r)
            rules.indexNumber = MetadataForm.indexNumberLabel.rawValue
        }
        if let (v, r) = labelledDocumentNumber(fields) {
            md.documentNumber = v
            md.spans.documentNumber = t.span(r)
            rules.documentNumber = MetadataForm.documentNumberLabel.rawValue
        } else if let (v, r) = firstDocumentNumber(head, beforeLine: firstBodyLine(head)) {
            md.documentNumber = v
            md.spans.documentNumber = t.span(r)
            rules.documentNumber = MetadataForm.documentNumberHead.rawValue
        }
        let title = findTitle(t, fields, &md)
        rules.title = title?.form.rawValue
        // The signature: a covering notice's in the head, else the document's own under its
        // text, else one glued to the end of a text that lost its line breaks.
        var signature: (Signature, date: (String, Range<Int>)?, form: MetadataForm)? = nil
        if let s = SignatureFinder.head(head), let k = head.firstIndex(where: { $0.range.contains(s.range.lowerBound) }),
           TitleFinder.handsDown(t, head[..<k]) || TitleFinder.handsDown(t, head[k...].prefix(4)) {
            signature = (s, SignatureFinder.date(after: s, in: head), .issuerNoticeSignature)
        } else if let s = lastSignature(tail) {
            // An appended document's signature names the same body but its own date.
            signature = (s, SignatureFinder.closesAppendix(t, s.range) ? nil : SignatureFinder.date(after: s, in: tail), .issuerSignature)
        } else if let g = SignatureFinder.glued(t) {
            signature = (g.0, (g.1, g.2), .issuerGluedSignature)
        }
        var signedDate = signature?.date
        var dateForm = MetadataForm.dateSignature
        let opening = openingLines(t)
        if signature == nil, let c = SignatureFinder.afterCovering(opening) {
            // A text that lost its line breaks: the covering sentence's signature.
            signedDate = c.date
            dateForm = .dateCoveringSignature
            if let s = c.signer { signature = (s, c.date, .issuerCoveringSignature) }
        }
        rules.date = findDate(t, fields, tail, signedDate.map { ($0.0, $0.1, dateForm) }, listed: title?.listedDate, &md, &diagnostics)?.rawValue
        rules.issuer = findIssuer(t, fields, opening, signature.map { ($0.0, $0.form) }, titleIssuer: title?.issuerHint, &md, &diagnostics)?.rawValue
        if findDraft(t, head, &md) { rules.isDraft = MetadataForm.draftMarker.rawValue }
        md.rules = rules
        missing(md, &diagnostics)
        return md
    }

    /// A diagnostic for each of title, issuer and date not found: a citation needs all three,
    /// and a person reading the JSON should know the stage looked and found nothing.
    static func missing(_ md: Metadata, _ diagnostics: inout [Diagnostic]) {
        for (value, code) in [(md.title, "metadata.missing-title"), (md.issuer, "metadata.missing-issuer"), (md.date, "metadata.missing-date")]
        where value == nil {
            diagnostics.append(Diagnostic(severity: .info, code: code, message: MessageCatalogue.render(code, [:], .en), span: nil))
        }
    }

    // MARK: - Lines

    static func lines(_ t: NormalizedText, fromStart: Bool, limit: Int) -> [LineView] {
        var out: [LineView] = []
        let indices: [Int] = fromStart ? Array(t.lines.indices) : Array(t.lines.indices.reversed())
        for i in indices where t.lines[i].zone == .content && t.lines[i].range.count <= maxLineLength {
            out.append(LineView(t, i))
            if out.count >= limit { break }
        }
        return fromStart ? out : out.reversed()
    }

    /// Scalars of a long first line read by the opening forms (an order's number, a
    /// covering sentence and its signature).
    static let openingWindow = 400

    /// The lines the opening forms read: the first content lines, a line too long to be
    /// among the head lines (a text with no line breaks) by its opening `openingWindow`
    /// scalars. Bounded: at most `SignatureFinder.openingLines` lines are looked at.
    static func openingLines(_ t: NormalizedText) -> [LineView] {
        var out: [LineView] = []
        var i = 0
        while i < t.lines.count, out.count < SignatureFinder.openingLines {
            let l = t.lines[i]
            if l.zone == .content, !Blanks.trim(t.text, l.range).isEmpty {
                out.append(l.range.count <= maxLineLength ? LineView(t, i) : LineView(t, i, prefix: openingWindow))
            }
            i += 1
        }
        return out
    }

    /// Index (into head) of the first line that looks like body text: a long sentence line.
    static func firstBodyLine(_ head: [LineView]) -> Int {
        for (k, l) in head.enumerated() where l.scalars.count >= 60 && l.scalars.contains("。") { return k }
        return head.count
    }

    // MARK: - Labelled header fields

    static let allLabels: [[Unicode.Scalar]] = DocTypeWords.headerLabels.map { Array($0.unicodeScalars) }

    /// The first answer of `body` at a place in the head where one of `labels` is written,
    /// given the offset (in the line) where its value starts; labels in the order given,
    /// lines in document order. The places come from `HeadFields`' one pass over the head.
    static func labelHits(_ head: HeadFields, _ labels: [String], _ body: (LineView, Int) -> (String, Range<Int>)?) -> (String, Range<Int>)? {
        head.first(labels, body)
    }

    /// The index number after `索引号`: letters, digits and `-/_.`.
    static func indexNumber(_ head: HeadFields) -> (String, Range<Int>)? {
        labelHits(head, MetadataWords.indexNumberLabels) { line, v in
            let s = line.scalars
            // A value that is itself the next label is empty (`文  号 生成日期`).
            if ScalarScan.anyLabel(s, v, s.count, allLabels) { return nil }
            var e = v
            while e < s.count, ScalarScan.isDigit(s[e]) || ScalarScan.isLatin(s[e]) || "-/_.".unicodeScalars.contains(s[e]) { e += 1 }
            guard e > v else { return nil }
            let r = (line.range.lowerBound + v)..<(line.range.lowerBound + e)
            return (SourceText.utf8String(s[v..<e]), r)
        }
    }

    /// The document number after `文号`/`发文字号`, when it has the shape `X〔2022〕1号`.
    static func labelledDocumentNumber(_ head: HeadFields) -> (String, Range<Int>)? {
        labelHits(head, DocTypeWords.numberLabels) { line, v in
            let s = line.scalars
            if ScalarScan.anyLabel(s, v, s.count, allLabels) { return nil }
            guard let e = ScalarScan.documentNumber(at: v, s, s.count) else { return nil }
            return (SourceText.utf8String(s[v..<e]), (line.range.lowerBound + v)..<(line.range.lowerBound + e))
        }
    }

    /// Text after a label up to two blanks or the next label: `发布机构: 市教育局` → `市教育局`,
    /// `发布机构 兴庆区教育局 责任部门 …` → `兴庆区教育局`.
    static func labelledText(_ head: HeadFields, labels: [String]) -> (String, Range<Int>)? {
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
            return (SourceText.utf8String(s[v..<e]), (line.range.lowerBound + v)..<(line.range.lowerBound + e))
        }
    }

    static func firstDocumentNumber(_ head: [LineView], beforeLine: Int) -> (String, Range<Int>)? {
        for line in head.prefix(beforeLine) {
            guard let r = ScalarScan.firstDocumentNumber(line.scalars) else { continue }
            // A number inside 《…》 or after 根据 cites another document.
            let before = SourceText.utf8String(line.scalars[..<r.lowerBound])
            if before.contains("《") || MetadataWords.citingWords.contains(where: { before.contains($0) }) || before.contains("(") { continue }
            return (SourceText.utf8String(line.scalars[r]), (line.range.lowerBound + r.lowerBound)..<(line.range.lowerBound + r.upperBound))
        }
        return nil
    }

    // MARK: - Title, period, type

    /// Title, kind and period from `TitleFinder`; returns what it found (for the issuer a
    /// notice title names).
    @discardableResult
    static func findTitle(_ t: NormalizedText, _ fields: HeadFields, _ md: inout Metadata) -> TitleFinder.Found? {
        guard let f = TitleFinder.find(t, fields) else { return nil }
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
                while j > i, s[j] == " " || s[j] == "|" { j -= 1 }
                if s[j] == ":" { return true }
            }
        }
        return false
    }

    // MARK: - Date

    /// Fills the date; returns the rule that read it.
    @discardableResult
    static func findDate(_ t: NormalizedText, _ fields: HeadFields, _ tail: [LineView], _ signed: (String, Range<Int>, MetadataForm)?,
                         listed: (iso: String, range: Range<Int>)?, _ md: inout Metadata, _ diagnostics: inout [Diagnostic]) -> MetadataForm? {
        let head = fields.lines
        // The signature's date wins over a page header's (which is often the page's own
        // generation or publication date).
        if let (iso, r, form) = signed {
            md.date = iso
            md.spans.date = t.span(r)
            // A header's issue date (成文日期, not a publication date) that says otherwise.
            if let (other, at) = labelHits(fields, MetadataWords.issueDateLabels, { line, v in
                guard let d = DateParser.firstDate(in: line.scalars, from: v), d.range.lowerBound - v <= 2 else { return nil }
                return (d.iso, (line.range.lowerBound + d.range.lowerBound)..<(line.range.lowerBound + d.range.upperBound))
            }), other.count == iso.count, other != iso {
                diagnostics.append(Diagnostic(severity: .info, code: "metadata.date-conflict",
                    message: MessageCatalogue.render("metadata.date-conflict", ["header": other, "used": iso], .en), span: t.span(at)))
            }
            return form
        }
        // A labelled date: the value must start within two blanks of the label.
        if let (_, r) = labelHits(fields, DocTypeWords.dateLabels, { line, v in
            guard let d = DateParser.firstDate(in: line.scalars, from: v), d.range.lowerBound - v <= 2 else { return nil }
            let r = (line.range.lowerBound + d.range.lowerBound)..<(line.range.lowerBound + d.range.upperBound)
            return (d.iso, r)
        }) {
            let line = head.first { $0.range.contains(r.lowerBound) }!
            md.date = DateParser.firstDate(in: line.scalars, from: r.lowerBound - line.range.lowerBound)?.iso
            md.spans.date = t.span(r)
            return .dateLabel
        }
        // A listing page's date before the title.
        if let (iso, r) = listed {
            md.date = iso
            md.spans.date = t.span(r)
            return .dateListed
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
            return .dateLine
        }
        return nil
    }

    // MARK: - Issuer

    /// Fills the issuer; returns the rule that read it.
    @discardableResult
    static func findIssuer(_ t: NormalizedText, _ fields: HeadFields, _ opening: [LineView], _ signature: (Signature, MetadataForm)?,
                           titleIssuer: TitleText?, _ md: inout Metadata, _ diagnostics: inout [Diagnostic]) -> MetadataForm? {
        let head = fields.lines
        func usable(_ f: (String, Range<Int>)?) -> (String, Range<Int>)? {
            guard let f, !MetadataWords.anonymousSources.contains(f.0), f.0.count >= 2, !f.0.contains("http") else { return nil }
            return f
        }
        let labelled = usable(labelledText(fields, labels: DocTypeWords.issuerLabels))
        // A page's `来源:` names the publisher as the site abbreviates it; the document's own
        // signature, when there is one, is the issuer.
        let source = usable(labelledText(fields, labels: DocTypeWords.sourceLabels))
        var found: Signature?
        var form: MetadataForm? = nil
        if let (s, f) = signature {
            // The signature wins over the page header (`市教育局` on the header, `汉中市教育局`
            // under the text).
            found = s
            form = f
        } else if let s = SignatureFinder.adoptingBody(head) {
            found = s
            form = .issuerAdoptingBody
        } else if let s = SignatureFinder.orderIssuer(opening) {
            found = s
            form = .issuerOrder
        } else if let f = labelled {
            if let x = titleIssuer, isShortForm(Array(f.0.unicodeScalars), of: x.s) {
                // `发文机关: 省政府办公厅` over a title `江西省人民政府办公厅关于…`: the header
                // shortens the name the title writes in full.
                found = Signature(name: x.string, range: x.range, parts: [x.range])
                form = .issuerTitle
            } else {
                found = Signature(name: f.0, range: f.1, parts: [f.1])
                form = .issuerLabel
            }
        } else if let x = titleIssuer {
            // `滁州市人民政府关于…的通知`: the issuer its title names.
            found = Signature(name: x.string, range: x.range, parts: [x.range])
            form = .issuerTitle
        } else if let f = source {
            found = Signature(name: f.0, range: f.1, parts: [f.1])
            form = .issuerSource
        } else if let s = OnBehalfIssuer.find(head) {
            // A delivered report: `我代表北京市人民政府，向大会报告…`.
            found = s
            form = .issuerOnBehalf
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
                        form = .issuerIssuingLine
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
            // The page header names another body than the one taken (the signature's, say):
            // worth a look, since one of the two is wrong or the page republishes another's.
            if let l = labelled, form != .issuerLabel {
                let taken = f.parts.map { Array(t.text[$0]) }
                let header = Array(l.0.unicodeScalars)
                if !taken.contains(where: { $0 == header || isShortForm(header, of: $0) || isShortForm($0, of: header) }) {
                    diagnostics.append(Diagnostic(severity: .info, code: "metadata.issuer-conflict",
                        message: MessageCatalogue.render("metadata.issuer-conflict", ["header": l.0, "used": f.name], .en), span: t.span(l.1)))
                }
            }
            return form
        }
        return nil
    }

    /// Whether `short` is a shortened writing of the organization `full`: its scalars in order
    /// within `full`, and the same last character (`省政府办公厅` of `江西省人民政府办公厅`,
    /// `市教育局` of `汉中市教育局`).
    static func isShortForm(_ short: [Unicode.Scalar], of full: [Unicode.Scalar]) -> Bool {
        guard short.count >= 2, short.count < full.count, short.last == full.last else { return false }
        return TitleFinder.isSubsequence(short, of: full)
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
    /// organization name, else the line is read as one name. (`signatureLine` reads one line.)
    ///
    /// The first signature line of `lines`: the search stops at the first, where building
    /// every line's string and keeping only the first cost a share of the metadata stage.
    static func firstSignature(_ lines: [LineView]) -> Signature? {
        for k in lines.indices { if let s = signatureLine(lines, k) { return s } }
        return nil
    }

    /// The last signature line of `lines`, read from the end.
    static func lastSignature(_ lines: [LineView]) -> Signature? {
        for k in lines.indices.reversed() {
            if let s = signatureLine(lines, k) { return withSignersAbove(s, lines, k) }
        }
        return nil
    }

    /// How many lines above a signature line may hold more signers.
    static let jointSignerLines = 3

    /// Rule `joint signers over lines`: joint issuers written one per line above the signature
    /// line (`中共某市委办公室` / `某市人民政府办公室` / date): each line above that is only one
    /// organization's name (no blank, no punctuation) signs too. The range runs from the first
    /// signer to the end of the signature line, whose next line is the date.
    static func withSignersAbove(_ s: Signature, _ lines: [LineView], _ k: Int) -> Signature {
        var above: [Range<Int>] = []
        var names: [String] = []
        var j = k - 1
        while j >= 0, k - j <= jointSignerLines {
            let l = lines[j]
            let r = l.trimmedRange
            let x = l.scalars[(r.lowerBound - l.range.lowerBound)..<(r.upperBound - l.range.lowerBound)]
            guard x.count >= 3, x.count <= 30, x.allSatisfy({ CharClass.isHan($0.value) }) else { break }
            let name = SourceText.utf8String(x)
            guard DocTypeWords.issuerEndings.contains(where: { name.hasSuffix($0) }) else { break }
            above.insert(r, at: 0)
            names.insert(name, at: 0)
            j -= 1
        }
        guard let first = above.first else { return s }
        return Signature(name: (names + [s.name]).joined(separator: "、"), range: first.lowerBound..<s.range.upperBound,
                         parts: above + s.parts)
    }

    /// The signature on line `k` of `tail` (the next line must hold its date), if any.
    static func signatureLine(_ tail: [LineView], _ k: Int) -> Signature? {
        let line = tail[k]
        // The next line must be a date (possibly damaged: `2023427`), so the last line has none.
        guard line.trimmedCount <= 100, k + 1 < tail.count else { return nil }
        let tr = withoutDebris(line)
        if cannotSign(line, tr, dateLine: tail[k + 1]) { return nil }
        var out: Signature? = nil
        do {
            let s = SourceText.utf8String(line.scalars[(tr.lowerBound - line.range.lowerBound)..<(tr.upperBound - line.range.lowerBound)])
            guard s.count >= 3, !s.contains(where: { "。,;:、()《》".contains($0) }) else { return nil }
            func isName(_ n: Substring) -> Bool {
                n.count >= 3 && n.count <= 30 && DocTypeWords.issuerEndings.contains(where: { n.hasSuffix($0) })
            }
            let next = tail[k + 1].trimmed
            guard next.count <= 16, next.first.map({ $0.isNumber || DateWords.dateLineOpeners.contains($0) }) == true,
                  next.contains(where: { $0.isNumber || $0 == DateWords.numeralZero }) else { return nil }
            let pieces = s.split(separator: " ")
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
                out = Signature(name: pieces.joined(separator: "、"), range: tr, parts: parts)
            } else if isName(Substring(s)), !pieces.dropLast().contains(where: isName) {
                // One name, perhaps spaced (`某某市 人民政府`). Names before the last piece that
                // are not all names: the cells of a table row (`建设污水站 县住建局 县财政局`).
                out = Signature(name: s, range: tr, parts: [tr])
            }
        }
        return out
    }

    /// Scalars each of which is a whole `Character` equal only to itself (printable ASCII,
    /// CJK punctuation without its combining marks, unified Han, full-width forms): on a
    /// stretch of only these, a test by scalars answers as the `Character` test does.
    @inline(__always)
    static func isPlain(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x20 && v < 0x7F) || (v >= 0x3000 && v <= 0x3029) || (v >= 0x3030 && v <= 0x303F)
            || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xFF01 && v <= 0xFF5E)
    }

    static let signatureBreakers = Set("。,;:、()《》".unicodeScalars)
    static let dateLineOpenerScalars = Set(DateWords.dateLineOpeners.flatMap(\.unicodeScalars))
    static let numeralZeroScalar = DateWords.numeralZero.unicodeScalars.first!

    /// True when the `Character` tests of `signatureLine` would reject line `tr` (without
    /// debris) or its date line, decided on scalars where both are plain (`isPlain`).
    /// Why: most head and tail lines are no signature, and the tests by `Character` built a
    /// `String` of the line and of the next for each (a third of the metadata stage, perf
    /// 2026-12-05). A false answer only sends the line on to those tests.
    static func cannotSign(_ line: LineView, _ tr: Range<Int>, dateLine next: LineView) -> Bool {
        let nr = next.trimmedRange
        let d = next.scalars[(nr.lowerBound - next.range.lowerBound)..<(nr.upperBound - next.range.lowerBound)]
        if d.allSatisfy(isPlain) {
            guard let first = d.first, d.count <= 16 else { return true }
            if !(Character(first).isNumber || dateLineOpenerScalars.contains(first)) { return true }
            if !d.contains(where: { Character($0).isNumber || $0 == numeralZeroScalar }) { return true }
        }
        let s = line.scalars[(tr.lowerBound - line.range.lowerBound)..<(tr.upperBound - line.range.lowerBound)]
        if s.allSatisfy(isPlain) {
            if s.count < 3 || s.contains(where: { signatureBreakers.contains($0) }) { return true }
        }
        return false
    }

    /// The line's trimmed range without trailing pieces after a blank that hold no Han
    /// character and no digit: the debris of a page's markup (`国务院办公厅   &sp;`, a
    /// double-escaped `&nbsp;`), which is no part of a signature.
    static func withoutDebris(_ line: LineView) -> Range<Int> {
        let tr = line.trimmedRange
        let base = line.range.lowerBound
        var hi = tr.upperBound
        while hi > tr.lowerBound {
            var b = hi
            while b > tr.lowerBound, line.scalars[b - 1 - base] != " " { b -= 1 }
            guard b > tr.lowerBound else { break }
            let piece = line.scalars[(b - base)..<(hi - base)]
            guard piece.allSatisfy({ !ScalarScan.isHan($0) && !ScalarScan.isDigit($0) }) else { break }
            hi = b
            while hi > tr.lowerBound, line.scalars[hi - 1 - base] == " " { hi -= 1 }
        }
        return tr.lowerBound..<hi
    }

    // MARK: - Draft

    /// Sets `isDraft` when a draft marker stands before the body; returns whether it did.
    @discardableResult
    static func findDraft(_ t: NormalizedText, _ head: [LineView], _ md: inout Metadata) -> Bool {
        let limit = firstBodyLine(head)
        for line in head.prefix(limit) {
            for w in DocTypeWords.draftMarkers where w != DocTypeWords.bareDraftWord {
                let needle = Array(w.unicodeScalars)
                let s = line.scalars
                guard s.count >= needle.count else { continue }
                for i in 0...(s.count - needle.count) where s[i] == needle[0] && s[i..<(i + needle.count)].elementsEqual(needle) {
                    md.isDraft = true
                    md.spans.isDraft = t.span((line.range.lowerBound + i)..<(line.range.lowerBound + i + needle.count))
                    return true
                }
            }
        }
        return false
    }
}
