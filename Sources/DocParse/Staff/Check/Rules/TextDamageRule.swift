/// Text damage: scrape artifacts left in or removed from the text, lines broken inside a
/// word, and words left by a bad traditional/simplified round trip (`效劳`, `根底`, `〞`).
struct TextDamageRule: CheckRule {
    var codes: [String] { ["text.scrape-artifact", "text.broken-line", "text.round-trip-damage"] }

    func check(_ ctx: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for d in ctx.document.diagnostics {
            if d.code == "normalize.stray-hash-removed" {
                findings.append(Finding(severity: .warning, code: "text.scrape-artifact", message: d.message, span: d.span))
            } else if d.code == "outline.line-joined" || d.code == "outline.heading-split" || d.code == "outline.heading-joined" {
                // A line broken inside a sentence or a heading, or a heading run into the line before it.
                findings.append(Finding(severity: .warning, code: "text.broken-line", message: d.message, span: d.span))
            }
        }
        let scalars = ctx.source.scalars
        for leftover in CheckWords.scrapeLeftovers {
            let hits = occurrences(of: Array(leftover.unicodeScalars), in: scalars)
            if let first = hits.first {
                findings.append(Finding(severity: .warning, code: "text.scrape-artifact",
                    message: "'\(leftover == "\u{FFFD}" ? "U+FFFD" : leftover)' left by the capture, \(hits.count) time\(hits.count == 1 ? "" : "s") (first here)",
                    span: ctx.source.span(first..<(first + leftover.unicodeScalars.count))))
            }
        }
        for (damaged, meant) in CheckWords.roundTripDamage {
            let hits = occurrences(of: Array(damaged.unicodeScalars), in: scalars)
            if let first = hits.first {
                findings.append(Finding(severity: .warning, code: "text.round-trip-damage",
                    message: "'\(damaged)' looks like a bad traditional/simplified conversion of '\(meant)' (\(hits.count) time\(hits.count == 1 ? "" : "s"), first here)",
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
