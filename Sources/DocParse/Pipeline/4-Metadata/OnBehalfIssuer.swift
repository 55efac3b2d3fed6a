/// The issuer of a report delivered as a speech (政府工作报告): it opens with the address to
/// the assembly and `我代表X，向大会报告…`, and has no signature, header field or title naming
/// its body, so the body the speaker reports for is the issuer. Read only in the first lines,
/// where the speech says it; the name must end like an organization's
/// (`DocTypeWords.issuerEndings`). Bounded: a few lines, each scanned once.
enum OnBehalfIssuer {
    /// Lines of the head read for it.
    static let headLines = 6
    static let words = DocTypeWords.onBehalfWords.map { Array($0.unicodeScalars) }
    static let stops = DocTypeWords.onBehalfStops.map { Array($0.unicodeScalars) }

    static func find(_ head: [LineView]) -> MetadataExtractor.Signature? {
        for line in head.prefix(headLines) {
            let s = line.scalars
            for w in words {
                var i = 0
                while i + w.count <= s.count {
                    guard WordMatch.at(s, i, s.count, w) else { i += 1; continue }
                    let from = i + w.count
                    var j = from
                    while j < s.count, !isStop(s, j), j - from <= 30 { j += 1 }
                    let name = SourceText.utf8String(s[from..<j])
                    if j < s.count, j - from >= 3, j - from <= 30,
                       DocTypeWords.issuerEndings.contains(where: { name.hasSuffix($0) }) {
                        let r = (line.range.lowerBound + from)..<(line.range.lowerBound + j)
                        return MetadataExtractor.Signature(name: name, range: r, parts: [r])
                    }
                    i = from
                }
            }
        }
        return nil
    }

    /// Punctuation or a stop word ends the name.
    static func isStop(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
        let v = s[j].value
        if v == 0x2C || v == 0xFF0C || v == 0x3001 || v == 0x3002 || v == 0x20 || v == 0x3A || v == 0xFF1A { return true }
        return stops.contains { WordMatch.at(s, j, s.count, $0) }
    }
}
