/// Splits normalized text into lines and marks web-page boilerplate.
///
/// A line is boilerplate when it holds a phrase no policy text uses (`ICP备`, `网站标识码`),
/// starts with a furniture prefix (`责编:`), or is a short run of navigation words
/// (`登录 退出`). The footer is a zone: from the first footer line after which no prose
/// follows, every line to the end is boilerplate, which catches the unit name and address
/// lines that sit among the footer links. Phrases live in `BoilerplatePhrases`.
enum BoilerplateZoner {
    static func folded(_ s: String) -> [UInt32] {
        s.unicodeScalars.compactMap { CharacterFolding.fold($0.value) }
    }

    static let anywhere = PhraseList(BoilerplatePhrases.anywhere.map(folded))
    static let prefixes: [[UInt32]] = BoilerplatePhrases.prefixes.map(folded)
    static let footerOpeners = PhraseList(BoilerplatePhrases.footerOpeners.map(folded))
    static let navigation: Set<[UInt32]> = Set(BoilerplatePhrases.navigationWords.map(folded))
    /// The longest navigation word: a longer word is none, and `isNavigation` stops there.
    static let navigationMaxLength = navigation.map(\.count).max() ?? 0
    static let separatorBits = ScalarBits(BoilerplatePhrases.separators.compactMap(Unicode.Scalar.init))

    static func zone(_ t: NormalizedText) -> [TextLine] {
        var lines: [TextLine] = []
        let text = t.text
        var start = 0
        let n = text.count
        for i in 0...n where i == n || text[i] == "\n" {
            lines.append(TextLine(range: start..<i, zone: classify(text, start..<i)))
            start = i + 1
        }
        // The footer zone: the last footer opener with no prose after it decides where it
        // starts; walk backwards so the pass stays linear.
        var footerStart: Int? = nil
        var idx = lines.count - 1
        while idx >= 0 {
            let line = lines[idx]
            if line.zone == .content && isProse(text, line.range) { break }
            if line.zone != .blank && line.range.count <= maxBoilerplateLine && contains(text, line.range, any: footerOpeners) { footerStart = idx }
            idx -= 1
        }
        if let f = footerStart {
            for k in f..<lines.count where lines[k].zone == .content { lines[k].zone = .boilerplate }
        }
        return lines
    }

    static let maxBoilerplateLine = 400

    static func classify(_ text: [Unicode.Scalar], _ r: Range<Int>) -> TextLine.Zone {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, text[lo] == " " { lo += 1 }
        while hi > lo, text[hi - 1] == " " { hi -= 1 }
        if lo == hi { return .blank }
        let trimmed = lo..<hi
        // Furniture lines are short; bounding the search keeps a 100 MB single line linear.
        if hi - lo > maxBoilerplateLine { return .content }
        if contains(text, trimmed, any: anywhere) { return .boilerplate }
        for p in prefixes where hasPrefix(text, trimmed, p) { return .boilerplate }
        if hi - lo <= 60 && isNavigation(text, trimmed) { return .boilerplate }
        if hi - lo <= 30 && isPageNumber(text, trimmed) { return .boilerplate }
        return .content
    }

    /// True when every blank/separator-delimited word of the line is a navigation word.
    ///
    /// Asked of every line up to 60 scalars. The separators are tested by bit (the `Set`
    /// hashed every scalar), and a word longer than any navigation word answers false as soon
    /// as it is that long (the answer it would get at its end): `isNavigation` was 0.5 % of
    /// all samples of `parsecli batch` over the corpus (`perf record`, 2026-12-05).
    static func isNavigation(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let separators = separatorBits
        let maxLength = navigationMaxLength
        var word: [UInt32] = []
        var words = 0
        var onlySeparators = true
        for i in r.lowerBound...r.upperBound {
            // The end of the line reads as a blank, a separator.
            if i == r.upperBound || separators.contains(text[i]) || text[i].value == 0x3A {
                if !word.isEmpty {
                    if !navigation.contains(word) { return false }
                    words += 1
                    word.removeAll(keepingCapacity: true)
                }
            } else {
                onlySeparators = false
                word.append(text[i].value)
                if word.count > maxLength { return false }
            }
        }
        return words > 0 || onlySeparators
    }

    static let pageOpeners: [UInt32] = BoilerplatePhrases.pageNumberGroups.map { $0.open.unicodeScalars.first!.value }
    static let pageClosers: [UInt32] = BoilerplatePhrases.pageNumberGroups.map { $0.close.unicodeScalars.first!.value }

    /// True when the (trimmed) line is only a page number: `— 2 —`, `- 2 -`, `第2页 共5页`.
    static func isPageNumber(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let dashes = BoilerplatePhrases.pageNumberDashes
        func skipBlanks(_ i: Int) -> Int { var j = i; while j < r.upperBound, text[j] == " " { j += 1 }; return j }
        func digits(_ i: Int) -> Int { var j = i; while j < r.upperBound, j - i < 4, CharClass.isDigit(text[j].value) { j += 1 }; return j }
        // A number between dashes.
        if dashes.contains(text[r.lowerBound].value) {
            var i = r.lowerBound
            while i < r.upperBound, dashes.contains(text[i].value) { i += 1 }
            let d0 = skipBlanks(i), d1 = digits(d0)
            guard d1 > d0, d1 == r.upperBound || !CharClass.isDigit(text[d1].value) else { return false }
            var j = skipBlanks(d1)
            guard j < r.upperBound, dashes.contains(text[j].value) else { return false }
            while j < r.upperBound, dashes.contains(text[j].value) { j += 1 }
            return j == r.upperBound
        }
        // Page groups: `第 2 页`, `共 5 页`, one of them `第…页`.
        var i = r.lowerBound, groups = 0, ordinal = false
        while i < r.upperBound {
            if groups > 0 {
                i = skipBlanks(i)
                if i < r.upperBound, BoilerplatePhrases.pageNumberJoiners.contains(text[i].value) { i = skipBlanks(i + 1) }
            }
            guard i < r.upperBound, let g = pageOpeners.firstIndex(of: text[i].value) else { return false }
            let d0 = skipBlanks(i + 1), d1 = digits(d0)
            guard d1 > d0 else { return false }
            let c = skipBlanks(d1)
            guard c < r.upperBound, text[c].value == pageClosers[g] else { return false }
            if g == 0 { ordinal = true }
            groups += 1
            i = c + 1
        }
        return ordinal
    }

    /// A line of running text: long, and with sentence punctuation.
    static func isProse(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count >= 40 else { return false }
        for i in r where text[i] == "。" || text[i] == "," || text[i] == ";" { return true }
        return false
    }

    static func hasPrefix(_ text: [Unicode.Scalar], _ r: Range<Int>, _ p: [UInt32]) -> Bool {
        guard r.count >= p.count else { return false }
        for k in 0..<p.count where text[r.lowerBound + k].value != p[k] { return false }
        return true
    }

    /// Phrases searched for anywhere in a line, with a bit per BMP scalar that opens one.
    ///
    /// `classify` asks for some thirty phrases in every line of up to 400 scalars; scanning the
    /// line once per phrase was 4.2 % of all samples of `parsecli batch` over the corpus
    /// (`perf record`, 2026-12-05). One pass that looks at phrases only where a first scalar
    /// matches answers the same (any phrase, anywhere: order does not matter).
    struct PhraseList {
        let phrases: [[UInt32]]
        /// The phrases' first scalars, in order: where a common character opens a phrase
        /// (`本`, `是`, `用`), the candidates are found in one flat array instead of by
        /// reading each phrase's array.
        let firsts: [UInt32]
        private let firstBits: [UInt64]
        private let astralFirst: Bool

        init(_ phrases: [[UInt32]]) {
            self.phrases = phrases.filter { !$0.isEmpty }
            firsts = self.phrases.map { $0[0] }
            var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
            var astral = false
            for p in self.phrases {
                if p[0] < 0x10000 { bits[Int(p[0] >> 6)] |= 1 << UInt64(p[0] & 63) } else { astral = true }
            }
            firstBits = bits
            astralFirst = astral
        }

        @inline(__always)
        func mayOpen(_ v: UInt32) -> Bool {
            v < 0x10000 ? firstBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 : astralFirst
        }
    }

    static func contains(_ text: [Unicode.Scalar], _ r: Range<Int>, any list: PhraseList) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            let v = text[i].value
            if list.mayOpen(v) {
                for (n, f) in list.firsts.enumerated() where f == v {
                    let p = list.phrases[n]
                    guard p.count <= r.upperBound - i else { continue }
                    var k = 1
                    while k < p.count, text[i + k].value == p[k] { k += 1 }
                    if k == p.count { return true }
                }
            }
            i += 1
        }
        return false
    }
}
