/// Reads the document's metadata from its own text: header fields of government
/// information pages (索引号, 发布机构, 发布日期…), the title line, signature lines.
///
/// Only the head of the document (the first `headLines` non-blank lines) and its tail are
/// read, so the cost does not grow with the body.
public enum MetadataExtractor {
    static let headLines = 60
    static let tailLines = 40

    public static func extract(_ t: NormalizedText) -> Metadata {
        var md = Metadata()
        let head = lines(t, fromStart: true, limit: headLines)
        let tail = lines(t, fromStart: false, limit: tailLines)

        if let (v, r) = labelled(head, labels: ["索引号"], shape: /^[0-9A-Za-z\-\/_.]+/) {
            md.indexNumber = v
            md.spans.indexNumber = t.span(r)
        }
        if let (v, r) = labelled(head, labels: DocTypeWords.numberLabels, shape: documentNumberShape) {
            md.documentNumber = v
            md.spans.documentNumber = t.span(r)
        } else if let (v, r) = firstDocumentNumber(head, beforeLine: firstBodyLine(head)) {
            md.documentNumber = v
            md.spans.documentNumber = t.span(r)
        }
        findTitle(t, head, &md)
        findDate(t, head, tail, &md)
        findIssuer(t, head, tail, &md)
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
        for (k, l) in head.enumerated() where l.scalars.count >= 60 && l.string.contains("。") { return k }
        return head.count
    }

    // MARK: - Labelled header fields

    static var documentNumberShape: Regex<Substring> { /^[\p{Han}A-Za-z]{1,12}[〔\[(【]\s*(?:19|20)\d\d\s*[〕\])】]\s*\d{1,4}\s*号/ }

    /// A label written with any blanks between its characters (`索  引  号`), then `:` or blanks.
    static func labelRegex(_ label: String) -> Regex<AnyRegexOutput> {
        let body = label.map { String($0) }.joined(separator: " *")
        return try! Regex(body + " *[:]? *")
    }

    /// Built per call: `Regex` is not `Sendable`, and this runs on a bounded head of lines.
    static var allLabelRegexes: [Regex<AnyRegexOutput>] { DocTypeWords.headerLabels.map(labelRegex) }

    /// The value after the first of `labels` in the head, when it fits `shape`.
    static func labelled<O>(_ head: [LineView], labels: [String], shape: Regex<O>) -> (String, Range<Int>)? {
        let others = allLabelRegexes
        for label in labels {
            let re = labelRegex(label)
            for line in head {
                for m in line.string.matches(of: re) {
                    let rest = line.string[m.range.upperBound...]
                    // A value that is itself the next label is empty (`文  号 生成日期`).
                    if others.contains(where: { rest.prefixMatch(of: $0) != nil }) { continue }
                    guard let v = rest.prefixMatch(of: shape) else { continue }
                    let value = String(rest[v.range]).trimmingBlanks()
                    if value.isEmpty { continue }
                    return (value, line.normalizedRange(v.range))
                }
            }
        }
        return nil
    }

    /// Text after a label up to two blanks or the next label: `发布机构: 市教育局` → `市教育局`,
    /// `发布机构 兴庆区教育局 责任部门 …` → `兴庆区教育局`.
    static func labelledText(_ head: [LineView], labels: [String]) -> (String, Range<Int>)? {
        let others = allLabelRegexes
        for label in labels {
            let re = labelRegex(label)
            for line in head {
                for m in line.string.matches(of: re) {
                    let rest = line.string[m.range.upperBound...]
                    if rest.isEmpty || others.contains(where: { rest.prefixMatch(of: $0) != nil }) { continue }
                    var end = rest.endIndex
                    if let gap = rest.range(of: "  ") { end = gap.lowerBound }
                    // The next label, written after a blank, ends the value.
                    var i = rest.startIndex
                    while i < end {
                        if rest[i] == " ", others.contains(where: { rest[rest.index(after: i)...].prefixMatch(of: $0) != nil }) {
                            end = i
                            break
                        }
                        i = rest.index(after: i)
                    }
                    let value = String(rest[..<end]).trimmingBlanks()
                    if value.isEmpty { continue }
                    let lo = line.offset(rest.startIndex)
                    return (value, lo..<(lo + value.unicodeScalars.count))
                }
            }
        }
        return nil
    }

    static func firstDocumentNumber(_ head: [LineView], beforeLine: Int) -> (String, Range<Int>)? {
        for line in head.prefix(beforeLine) {
            let re = /[\p{Han}]{1,12}[〔\[【]\s*(?:19|20)\d\d\s*[〕\]】]\s*\d{1,4}\s*号/
            if let m = line.string.firstMatch(of: re) {
                // A number inside 《…》 or after 根据 cites another document.
                let before = line.string[..<m.range.lowerBound]
                if before.contains("《") || before.contains("根据") || before.contains("(") { continue }
                return (String(m.output), line.normalizedRange(m.range))
            }
        }
        return nil
    }

    // MARK: - Title, period, type

    static func findTitle(_ t: NormalizedText, _ head: [LineView], _ md: inout Metadata) {
        if let (v, r) = labelledText(head, labels: ["标题", "名称"]), let type = docType(of: v) {
            setTitle(t, v, r, type, &md)
            return
        }
        let limit = firstBodyLine(head)
        for line in head.prefix(limit + 1) {
            if let (title, r, type) = titleCandidate(line) {
                setTitle(t, title, r, type, &md)
                return
            }
        }
        // A title broken over short lines (`淄川区2022年全国义务教育` / `优质均衡…情况`): join
        // up to four consecutive short lines without sentence punctuation.
        let short = head.prefix(limit)
        for (k, first) in short.enumerated() {
            var joined = first.trimmed
            guard isTitleFragment(joined) else { continue }
            var last = first
            for next in short.dropFirst(k + 1).prefix(3) {
                let s = next.trimmed
                guard isTitleFragment(s) else { break }
                joined += s
                last = next
                if let type = docType(of: joined), joined.count >= 8 {
                    let r = first.trimmedRange.lowerBound..<last.trimmedRange.upperBound
                    md.title = joinedOriginal(t, from: first, to: last)
                    md.spans.title = t.span(r)
                    md.docType = type
                    md.period = period(in: joined)
                    md.spans.period = md.period == nil ? nil : md.spans.title
                    return
                }
            }
        }
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
        let s = line.trimmed
        guard s.count >= 6, s.count <= 90 else { return nil }
        if s.hasPrefix("关于征求") || s.hasPrefix("附件") || s.hasPrefix("根据") || s.hasPrefix("为") { return nil }
        if s.contains("。") || s.contains(";") { return nil }
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
        var s = Substring(title)
        if let m = s.firstMatch(of: /(?:[(\[【]\s*(?:19|20)\d\d[^)\]】]{0,12}[)\]】]|(?:19|20)\d\d\s*[—\-~至到]?\s*(?:(?:19|20)\d\d)?\s*年?)\s*$/),
           m.range.lowerBound > s.startIndex {
            s = s[..<m.range.lowerBound]
        }
        for w in DocTypeWords.draftMarkers where s.hasSuffix(w) { s = s.dropLast(w.count) }
        while let l = s.last, "()[]【】 ".contains(l) { s = s.dropLast() }
        for (word, type) in DocTypeWords.endings where s.hasSuffix(word) { return type }
        return nil
    }

    /// `2023—2025年`, `2023-2025`, `2023至2025年`, damaged `20232025年`; a single `2023年` at
    /// the start of a title gives a one-year period.
    static func period(in s: String) -> Metadata.Period? {
        if let m = s.firstMatch(of: /(?<a>(?:19|20)\d\d)\s*年?\s*[—\-~至到]\s*(?<b>(?:19|20)\d\d)/),
           let a = Int(m.a), let b = Int(m.b), b >= a, b - a <= 30 {
            return Metadata.Period(start: a, end: b)
        }
        if let m = s.firstMatch(of: /(?<a>(?:19|20)\d\d)(?<b>(?:19|20)\d\d)年?/),
           let a = Int(m.a), let b = Int(m.b), b > a, b - a <= 15 {
            return Metadata.Period(start: a, end: b)
        }
        if let m = s.firstMatch(of: /(?<a>(?:19|20)\d\d)\s*年/), let a = Int(m.a) {
            // One year named in the title: an annual plan or report (`2023年XX区教育工作要点`).
            let rest = s[m.range.upperBound...]
            if !rest.contains(where: { $0 == "月" }) { return Metadata.Period(start: a, end: a) }
        }
        return nil
    }

    // MARK: - Date

    static func findDate(_ t: NormalizedText, _ head: [LineView], _ tail: [LineView], _ md: inout Metadata) {
        for label in DocTypeWords.dateLabels {
            let re = labelRegex(label)
            for line in head {
                guard let m = line.string.firstMatch(of: re) else { continue }
                let rest = String(line.string[m.range.upperBound...])
                guard let d = DateParser.firstDate(in: rest), rest.distance(from: rest.startIndex, to: d.range.lowerBound) <= 2 else { continue }
                let restStart = line.offset(m.range.upperBound)
                let lo = restStart + rest.unicodeScalars.distance(from: rest.unicodeScalars.startIndex, to: d.range.lowerBound)
                let hi = restStart + rest.unicodeScalars.distance(from: rest.unicodeScalars.startIndex, to: d.range.upperBound)
                md.date = d.iso
                md.spans.date = t.span(lo..<hi)
                return
            }
        }
        // A date line of its own at the end of the body (the signature), read from the end.
        for line in tail.reversed() {
            let s = line.trimmed
            guard s.count <= 16, let d = DateParser.firstDate(in: s), d.range.lowerBound == s.startIndex else { continue }
            let off = line.trimmedRange.lowerBound + s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: d.range.lowerBound)
            let len = s[d.range].unicodeScalars.count
            md.date = d.iso
            md.spans.date = t.span(off..<(off + len))
            return
        }
        // A page date line near the title: `2023-06-02 来源:网络 作者:佚名`.
        for line in head.prefix(20) {
            let s = line.trimmed
            guard let d = DateParser.firstDate(in: s), d.range.lowerBound == s.startIndex, s.count <= 60,
                  !s.contains("。") else { continue }
            let off = line.trimmedRange.lowerBound
            md.date = d.iso
            md.spans.date = t.span(off..<(off + s[d.range].unicodeScalars.count))
            return
        }
    }

    // MARK: - Issuer

    static func findIssuer(_ t: NormalizedText, _ head: [LineView], _ tail: [LineView], _ md: inout Metadata) {
        var found: (String, Range<Int>)? = labelledText(head, labels: DocTypeWords.issuerLabels)
        if let f = found, f.0 == "网络" || f.0.count < 2 || f.0.contains("http") { found = nil }
        // A signature line that ends with the labelled name gives the full name
        // (`市教育局` on the page header, `汉中市教育局` under the text).
        let signatures = signatureLines(tail)
        if let f = found {
            if let full = signatures.first(where: { $0.0.hasSuffix(f.0) && $0.0.count > f.0.count }) { found = full }
        } else if let s = signatures.last {
            found = s
        } else {
            // `淄博市人民政府办公室印发` on a line of its own near the title.
            for line in head.prefix(30) {
                let s = line.trimmed
                guard s.count <= 30, !s.contains(where: { "。,;:《".contains($0) }) else { continue }
                for verb in DocTypeWords.issuingVerbs where s.hasSuffix(verb) {
                    let name = String(s.dropLast(verb.count))
                    if DocTypeWords.issuerEndings.contains(where: { name.hasSuffix($0) }), name.count >= 3 {
                        let lo = line.trimmedRange.lowerBound
                        found = (name, lo..<(lo + name.unicodeScalars.count))
                        break
                    }
                }
                if found != nil { break }
            }
        }
        if let (_, r) = found {
            md.issuer = t.original(r)
            md.spans.issuer = t.span(r)
        }
    }

    /// Short lines in the tail that are only an organization name followed by a date line
    /// (or just before the end): the signature of the document.
    static func signatureLines(_ tail: [LineView]) -> [(String, Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        for (k, line) in tail.enumerated() {
            let s = line.trimmed
            guard s.count >= 3, s.count <= 30, !s.contains(where: { "。,;:、()《》".contains($0) }) else { continue }
            guard DocTypeWords.issuerEndings.contains(where: { s.hasSuffix($0) }) else { continue }
            // The next line must be a date (possibly damaged: `2023427`).
            guard k + 1 < tail.count else { continue }
            let next = tail[k + 1].trimmed
            guard next.count <= 16, next.first.map({ $0.isNumber || "〇二".contains($0) }) == true,
                  next.contains(where: { $0.isNumber || $0 == "〇" }) else { continue }
            out.append((s, line.trimmedRange))
        }
        return out
    }

    // MARK: - Draft

    static func findDraft(_ t: NormalizedText, _ head: [LineView], _ md: inout Metadata) {
        let limit = firstBodyLine(head)
        for line in head.prefix(limit) {
            for w in DocTypeWords.draftMarkers where w != "征求意见" {
                if let r = line.string.range(of: w) {
                    md.isDraft = true
                    md.spans.isDraft = t.span(line.normalizedRange(r))
                    return
                }
            }
        }
    }
}
