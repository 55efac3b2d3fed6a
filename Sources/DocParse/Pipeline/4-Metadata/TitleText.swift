/// A title being read: the scalars of one head line, or of a few lines a title was broken
/// over, each with its normalized offset, so that whatever is cut off (a page label, a file
/// extension, a document number run onto the title, the wrapper of a notice) still leaves an
/// exact span and the original wording.
struct TitleText {
    var s: [Unicode.Scalar] = []
    /// `at[k]`: the normalized offset of `s[k]`.
    var at: [Int] = []

    init(_ t: NormalizedText, _ ranges: [Range<Int>]) {
        for r in ranges {
            for i in r { s.append(t.text[i]); at.append(i) }
        }
    }

    init(s: [Unicode.Scalar], at: [Int]) { self.s = s; self.at = at }

    var isEmpty: Bool { s.isEmpty }
    var count: Int { s.count }
    var string: String { SourceText.utf8String(s) }

    func slice(_ r: Range<Int>) -> TitleText { TitleText(s: Array(s[r]), at: Array(at[r])) }

    /// The normalized range from the first to the last scalar.
    var range: Range<Int> { (at.first ?? 0)..<((at.last ?? -1) + 1) }

    /// The original text: each run of adjacent offsets as written, line breaks between the
    /// lines of a broken title left out.
    func original(_ t: NormalizedText) -> String {
        var out = ""
        var k = 0
        while k < at.count {
            var e = k + 1
            while e < at.count, at[e] == at[e - 1] + 1 { e += 1 }
            out += t.original(at[k]..<(at[e - 1] + 1))
            k = e
        }
        return out
    }

    func hasPrefix(_ w: [Unicode.Scalar]) -> Bool { s.count >= w.count && s.prefix(w.count).elementsEqual(w) }
    func hasSuffix(_ w: [Unicode.Scalar]) -> Bool { s.count >= w.count && s.suffix(w.count).elementsEqual(w) }

    /// Index of the first occurrence of `w` at or after `from`.
    func find(_ w: [Unicode.Scalar], from: Int = 0) -> Int? {
        guard !w.isEmpty, s.count >= w.count, from <= s.count - w.count else { return nil }
        for i in from...(s.count - w.count) where s[i] == w[0] && s[i..<(i + w.count)].elementsEqual(w) { return i }
        return nil
    }

    /// Without blanks and table-cell bars (`| 名称 |` header rows) at either end.
    func trimmed() -> TitleText {
        var lo = 0, hi = s.count
        while lo < hi, s[lo] == " " || s[lo] == "|" { lo += 1 }
        while hi > lo, s[hi - 1] == " " || s[hi - 1] == "|" { hi -= 1 }
        return slice(lo..<hi)
    }
}

/// Cleaning of a title candidate: what pages and copies put around a title that is not part
/// of it. Each step cuts only from the ends, so the title stays the document's own words.
enum TitleCleaner {
    typealias S = [Unicode.Scalar]
    static func w(_ s: String) -> S { Array(s.unicodeScalars) }

    static let extensions = MetadataWords.fileExtensions.map(w)
    static let draftForms: [S] = DocTypeWords.draftMarkers.flatMap { (m: String) -> [S] in
        let forms: [String] = ["(" + m + ")", "[" + m + "]", "【" + m + "】", m]
        return forms.map(w)
    }
    static let bullets: Set<Unicode.Scalar> = ["•", "·", "●", "■", "◆", "▪", "*", "-"]

    /// The candidate without page labels (`【专题】`), bullets, a leading listing date
    /// (`2024.03.04 `), a file extension, a document number before or after it, a draft
    /// marker and one pair of `《》`.
    static func clean(_ x: TitleText) -> TitleText {
        var x = x.trimmed()
        var changed = true
        while changed, !x.isEmpty {
            changed = false
            let before = x.count
            // `【市政府重点工作】…`: a page's label, when a title follows it.
            if x.s[0] == "【" || x.s[0] == "[", let close = x.s.firstIndex(where: { $0 == "】" || $0 == "]" }), close <= 30,
               x.count - close - 1 >= 6 {
                x = x.slice((close + 1)..<x.count).trimmed()
            }
            if bullets.contains(x.s[0]), x.count > 1 { x = x.slice(1..<x.count).trimmed() }
            if let d = DateParser.numericDate(x.s, 0), d.range.upperBound < x.count, x.s[d.range.upperBound] == " " {
                x = x.slice(d.range.upperBound..<x.count).trimmed()
            }
            for e in extensions where x.count > e.count && lowercased(Array(x.s.suffix(e.count))) == e {
                x = x.slice(0..<(x.count - e.count)).trimmed()
                break
            }
            if let e = ScalarScan.documentNumber(at: 0, x.s, x.count), e < x.count {
                x = x.slice(e..<x.count).trimmed()  // `鞍立政发〔2023〕2号立山区…的通知`
            }
            if let cut = endBeforeNumber(x.s) { x = x.slice(0..<cut).trimmed() }
            for f in draftForms where x.count > f.count && x.hasSuffix(f) {
                x = x.slice(0..<(x.count - f.count)).trimmed()
                break
            }
            if x.count > 2, x.s[0] == "《", let close = x.s.lastIndex(of: "》"), close == x.count - 1 {
                x = x.slice(1..<close).trimmed()
            }
            changed = x.count != before
        }
        return x
    }

    static func lowercased(_ s: S) -> S {
        s.map { CharClass.isLatin($0.value) && $0.value < 0x61 ? Unicode.Scalar($0.value + 0x20)! : $0 }
    }

    /// `…若干意见国发〔2013〕24号`: a document number run onto the end of a title. The title ends
    /// at the kind word before the number's issuer abbreviation (at most eight characters).
    static func endBeforeNumber(_ s: S) -> Int? {
        guard let r = ScalarScan.firstDocumentNumber(s), r.lowerBound > 0 else { return nil }
        var bracket = r.lowerBound
        while bracket < r.upperBound, !ScalarScan.openBrackets.contains(s[bracket]) { bracket += 1 }
        var e = bracket
        while e > 0, bracket - e <= 8 {
            if kindEnding(s, e) != nil { return e }
            e -= 1
        }
        return r.lowerBound
    }

    /// The document kind whose word ends exactly at `e`.
    static func kindEnding(_ s: S, _ e: Int) -> DocType? {
        for (word, type) in DocTypeWords.endings + MetadataWords.moreEndings {
            let ws = Array(word.unicodeScalars)
            if e >= ws.count, Array(s[(e - ws.count)..<e]) == ws { return type }
        }
        return nil
    }

    static let qualifiers: [S] = MetadataWords.titleQualifiers.map(w)

    /// The kind a title names, looking past a trailing year range, draft marker or
    /// qualifier (`(试行)`).
    static func docType(_ x: TitleText) -> DocType? {
        var s = x.s
        s.removeLast(ScalarScan.trailingYears(s))
        var again = true
        while again {
            again = false
            while let l = s.last, l == " " || l == ")" || l == "]" || l == "】" || l == "(" || l == "[" || l == "【" { s.removeLast(); again = true }
            for q in qualifiers + DocTypeWords.draftMarkers.map(w) where s.count > q.count && Array(s.suffix(q.count)) == q {
                s.removeLast(q.count)
                again = true
            }
        }
        return kindEnding(s, s.count)
    }

    static let about = w(MetadataWords.about)
    static let noticeEnding = w(MetadataWords.noticeEnding)
    static let issuingVerbs = MetadataWords.issuingVerbs.map(w)

    /// `[X]关于印发《Y》的通知`: the issuer part X (possibly empty) and the handed-down title Y.
    static func unwrapNotice(_ x: TitleText) -> (issuer: TitleText?, inner: TitleText)? {
        guard x.hasSuffix(noticeEnding) else { return nil }
        // `X印发《Y》的通知` (no 关于): the issuer X, an organization, right before the verb.
        for v in issuingVerbs {
            guard let at = x.find(v), at >= 2, at <= 30 else { continue }
            let issuer = x.slice(0..<at).trimmed()
            let name = issuer.string
            guard DocTypeWords.issuerEndings.contains(where: { name.hasSuffix($0) }),
                  issuer.s.allSatisfy({ CharClass.isHan($0.value) }) else { continue }
            var inner = x.slice((at + v.count)..<(x.count - noticeEnding.count)).trimmed()
            if inner.count > 2, inner.s[0] == "《", let close = inner.s.lastIndex(of: "》"), close == inner.count - 1 {
                inner = inner.slice(1..<close)
            }
            if inner.count >= 4 { return (issuer, inner) }
        }
        guard let a = x.find(about) else { return nil }
        let afterAbout = a + about.count
        for v in issuingVerbs where x.count >= afterAbout + v.count && Array(x.s[afterAbout..<(afterAbout + v.count)]) == v {
            var inner = x.slice((afterAbout + v.count)..<(x.count - noticeEnding.count)).trimmed()
            if inner.count > 2, inner.s[0] == "《", let close = inner.s.lastIndex(of: "》") {
                // `《…规划》责任分解`: the words after the 》 belong to the handed-down title.
                inner = close == inner.count - 1 ? inner.slice(1..<close) : inner
            }
            guard inner.count >= 4 else { return nil }
            let issuer = a > 0 ? x.slice(0..<a).trimmed() : nil
            return (issuer, inner)
        }
        return nil
    }

    /// `X关于…`: the issuer named before `关于` at the start of a title, when it ends like an
    /// organization.
    static func issuerPrefix(_ x: TitleText) -> TitleText? {
        guard let a = x.find(about), a >= 2, a <= 30 else { return nil }
        let p = x.slice(0..<a).trimmed()
        let name = p.string
        guard DocTypeWords.issuerEndings.contains(where: { name.hasSuffix($0) }) else { return nil }
        for c in p.s where !(CharClass.isHan(c.value) || c == " ") { return nil }
        return p
    }
}
