/// Tells a line break inside a sentence (`…深化普通高中育人方式改` / `革,落实…`) from one
/// between paragraphs or after a heading.
///
/// The line before must be running text (a finished sentence inside it, or at least
/// `minimumProse` scalars with commas) that does not end on sentence-ending punctuation,
/// and no blank line may separate the two. Headings are short or end without inner
/// punctuation, so a heading line never makes the next line a continuation.
enum LineBreaks {
    static let minimumProse = 40

    static func breaksInsideSentence(_ t: [Unicode.Scalar], previous: Range<Int>, next: Range<Int>) -> Bool {
        let p = ZoneTrim.trim(t, previous)
        let n = ZoneTrim.trim(t, next)
        guard !n.isEmpty, !p.isEmpty else { return false }
        if t[n.lowerBound] == "—" { return false }  // a dash-led line is a new bullet
        let last = t[p.upperBound - 1]
        if isSentenceEnd(last) { return false }
        // A finished sentence inside the line (`…开展。深化…改`) shows it is running text; a
        // comma alone shows it only on a long line (`一、坚持深化改革,不断激发…` is a heading).
        var sentence = false, comma = false
        for k in p {
            if t[k] == "。" || t[k] == ";" || t[k] == "!" || t[k] == "?" { sentence = true; break }
            if t[k] == "," { comma = true }
        }
        return sentence || (comma && p.count >= minimumProse)
    }

    static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "!", "?", ";", ":", "\"", "'", ")", "》", "」", "』", "〞", "…", ".": return true
        default: return false
        }
    }
}
