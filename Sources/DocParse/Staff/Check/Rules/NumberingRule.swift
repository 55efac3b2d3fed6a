/// Numbering: gaps, duplicates, out-of-order markers, mixed styles at one level, and
/// markers whose punctuation or number was lost and repaired by the parser.
///
/// A list may restart at 1 under each parent or run on from the previous parent's last item
/// of the same style and depth (tasks numbered 1–28 across sections); both are accepted.
struct NumberingRule: CheckRule {
    var codes: [String] { ["numbering.gap", "numbering.duplicate", "numbering.out-of-order", "numbering.mixed-styles", "numbering.repaired-marker"] }

    func check(_ ctx: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var lastInChain: [String: Int] = [:]
        let source = ctx.source

        func markerSpan(_ n: OutlineNode) -> Span {
            let len = max(1, n.repaired ? 1 : n.marker.unicodeScalars.count)
            return source.span(n.span.start..<min(n.span.end, n.span.start + len))
        }

        func visit(_ children: [OutlineNode]) {
            var prevByStyle: [MarkerStyle: Int] = [:]
            var firstStyle: MarkerStyle? = nil
            var reportedMix = false
            for child in children {
                let key = "\(child.depth)|\(child.style.rawValue)"
                let sp = markerSpan(child)
                if let first = firstStyle, first != child.style, !reportedMix {
                    findings.append(Finding(severity: .warning, code: "numbering.mixed-styles",
                        message: "'\(child.marker)' uses another marker style than its siblings (first one: \(first.rawValue)); keep one style per level",
                        span: sp))
                    reportedMix = true
                }
                if firstStyle == nil { firstStyle = child.style }
                if let prev = prevByStyle[child.style] {
                    if child.ordinal == prev {
                        findings.append(Finding(severity: .error, code: "numbering.duplicate",
                            message: "number \(child.ordinal) is used twice in a row ('\(child.marker)')", span: sp))
                    } else if child.ordinal < prev {
                        findings.append(Finding(severity: .error, code: "numbering.out-of-order",
                            message: "'\(child.marker)' (\(child.ordinal)) comes after \(prev)", span: sp))
                    } else if child.ordinal > prev + 1 {
                        findings.append(Finding(severity: .warning, code: "numbering.gap",
                            message: "numbering jumps from \(prev) to \(child.ordinal): \(missing(prev + 1, child.ordinal - 1)) missing", span: sp))
                    }
                } else {
                    let runOn = lastInChain[key]
                    let accepted = child.ordinal == 1 || (runOn.map { child.ordinal == $0 + 1 } ?? false)
                    if !accepted {
                        let expected = runOn.map { "1 or \($0 + 1)" } ?? "1"
                        findings.append(Finding(severity: .warning, code: "numbering.gap",
                            message: "the list starts at \(child.ordinal) ('\(child.marker)'); expected \(expected)", span: sp))
                    }
                }
                prevByStyle[child.style] = child.ordinal
                lastInChain[key] = child.ordinal
                if child.repaired {
                    let written = source.string(child.span.start..<min(child.span.end, child.span.start + 6))
                    findings.append(Finding(severity: .warning, code: "numbering.repaired-marker",
                        message: "the marker was damaged and read as '\(child.marker)' (the text has '\(written)…'); restore its number and punctuation",
                        span: sp))
                }
                visit(child.children)
            }
        }
        visit(ctx.document.outline)
        for appendix in ctx.document.appendices {
            lastInChain.removeAll()
            visit(appendix.outline)
        }
        return findings
    }

    func missing(_ a: Int, _ b: Int) -> String {
        a == b ? "\(a) is" : b - a <= 4 ? (a...b).map(String.init).joined(separator: ", ") + " are" : "\(a)–\(b) are"
    }
}
