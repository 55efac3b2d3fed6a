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
            var firstMarker = ""
            var reportedMix = false
            for child in children {
                let key = "\(child.depth)|\(child.style.rawValue)"
                let sp = markerSpan(child)
                if let first = firstStyle, first != child.style, !reportedMix {
                    findings.append(Finding(severity: .warning, code: "numbering.mixed-styles",
                        message: Message("numbering.mixed-styles", ["marker": child.marker, "first": firstMarker]),
                        span: sp))
                    reportedMix = true
                }
                if firstStyle == nil { firstStyle = child.style; firstMarker = child.marker }
                if let prev = prevByStyle[child.style] {
                    if child.ordinal == prev {
                        findings.append(Finding(severity: .error, code: "numbering.duplicate",
                            message: Message("numbering.duplicate", ["ordinal": String(child.ordinal), "marker": child.marker]), span: sp))
                    } else if child.ordinal < prev {
                        findings.append(Finding(severity: .error, code: "numbering.out-of-order",
                            message: Message("numbering.out-of-order", ["marker": child.marker, "ordinal": String(child.ordinal),
                                                                        "prev": String(prev)]), span: sp))
                    } else if child.ordinal > prev + 1 {
                        findings.append(Finding(severity: .warning, code: "numbering.gap",
                            message: Message("numbering.gap", ["prev": String(prev), "ordinal": String(child.ordinal),
                                                               "missing": missing(prev + 1, child.ordinal - 1)]), span: sp))
                    }
                } else {
                    let runOn = lastInChain[key]
                    let accepted = child.ordinal == 1 || (runOn.map { child.ordinal == $0 + 1 } ?? false)
                    if !accepted {
                        var args = ["ordinal": String(child.ordinal), "marker": child.marker]
                        if let r = runOn { args["next"] = String(r + 1) }
                        findings.append(Finding(severity: .warning, code: "numbering.gap",
                            message: Message(runOn == nil ? "numbering.gap.start" : "numbering.gap.start-or-next", args), span: sp))
                    }
                }
                prevByStyle[child.style] = child.ordinal
                lastInChain[key] = child.ordinal
                if child.repaired {
                    let written = source.string(child.span.start..<min(child.span.end, child.span.start + 6))
                    findings.append(Finding(severity: .warning, code: "numbering.repaired-marker",
                        message: Message("numbering.repaired-marker", ["marker": child.marker, "written": written]),
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

    /// The missing numbers as a list: `4`, `4, 5`, or `4–9` for more than five.
    func missing(_ a: Int, _ b: Int) -> String {
        a == b ? "\(a)" : b - a <= 4 ? (a...b).map(String.init).joined(separator: ", ") : "\(a)–\(b)"
    }
}
