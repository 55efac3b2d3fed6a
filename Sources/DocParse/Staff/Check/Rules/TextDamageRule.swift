/// Text damage: scrape artifacts left in or removed from the text, lines broken inside a
/// word, and words left by a bad traditional/simplified round trip (`效劳`, `根底`, `〞`).
struct TextDamageRule: CheckRule {
    var codes: [String] { ["text.scrape-artifact", "text.broken-line", "text.round-trip-damage"] }

    func check(_ ctx: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for d in ctx.document.diagnostics {
            if d.code == "normalize.stray-hash-removed" {
                findings.append(Finding(severity: .warning, code: "text.scrape-artifact",
                                        message: Message("text.scrape-artifact.hash", ctx.detail(d)), span: d.span))
            } else if d.code == "outline.line-joined" || d.code == "outline.heading-split" || d.code == "outline.heading-joined" {
                // A line broken inside a sentence or a heading, or a heading run into the line before it.
                let key = "text.broken-line." + d.code.dropFirst("outline.".count)
                findings.append(Finding(severity: .warning, code: "text.broken-line",
                                        message: Message(MessageCatalogue.has(key) ? key : "text.broken-line", ctx.detail(d)), span: d.span))
            }
        }
        let scalars = ctx.source.scalars
        for leftover in CheckWords.scrapeLeftovers {
            let hits = occurrences(of: Array(leftover.unicodeScalars), in: scalars)
            if let first = hits.first {
                findings.append(Finding(severity: .warning, code: "text.scrape-artifact",
                    message: Message("text.scrape-artifact", ["leftover": leftover == "\u{FFFD}" ? "U+FFFD" : leftover,
                                                              "count": String(hits.count)]),
                    span: ctx.source.span(first..<(first + leftover.unicodeScalars.count))))
            }
        }
        for (damaged, meant) in CheckWords.roundTripDamage {
            let hits = occurrences(of: Array(damaged.unicodeScalars), in: scalars)
            if let first = hits.first {
                findings.append(Finding(severity: .warning, code: "text.round-trip-damage",
                    message: Message("text.round-trip-damage", ["damaged": damaged, "meant": meant, "count": String(hits.count)]),
                    span: ctx.source.span(first..<(first + damaged.unicodeScalars.count))))
            }
        }
        return findings
    }

    /// Start offsets of `needle` in `hay`, in one pass per needle.
    func occurrences(of needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> [Int] {
        guard let f = needle.first, hay.count >= needle.count else { return [] }
        var out: [Int] = []
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == f {
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { out.append(i); i += needle.count; continue }
            }
            i += 1
        }
        return out
    }
}
