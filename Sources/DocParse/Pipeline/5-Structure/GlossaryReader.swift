/// Reads glossary lines (`01.五项管理:中小学生作业、睡眠、手机、读物、体质管理`) into
/// entries: an optional marker, the term up to the first `:`, the definition after it.
enum GlossaryReader {
    /// Terms are short; a `:` further in is part of a sentence, not a term separator.
    static let maxTerm = 30

    static func entry(_ text: NormalizedText, _ line: Range<Int>) -> GlossaryEntry? {
        let t = text.text
        let r = ZoneTrim.trim(t, line)
        guard !r.isEmpty else { return nil }
        var start = r.lowerBound
        if let m = MarkerLexer.match(t, at: start, end: r.upperBound) {
            start = MarkerReader.skipFiller(t, m, r.upperBound)
        }
        var k = start
        while k < r.upperBound, k - start <= maxTerm, t[k] != ":" { k += 1 }
        guard k < r.upperBound, t[k] == ":", k > start else { return nil }
        let term = ZoneTrim.trim(t, start..<k)
        let def = ZoneTrim.trim(t, (k + 1)..<r.upperBound)
        return GlossaryEntry(term: text.original(term), definition: text.original(def), span: text.span(r))
    }
}
