@testable import DocParse

/// Normalizes a test text the way the parser does.
func normalized(_ s: String) -> NormalizedText { Normalizer.normalize(SourceText(s)) }

/// The original text a span points at.
func cut(_ s: String, _ span: Span) -> String { SourceText(s).string(span.start..<span.end) }

/// Finds the attributions of a text (no outline).
func attributions(_ s: String) -> (found: [Attribution], diagnostics: [Diagnostic]) {
    var d: [Diagnostic] = []
    let a = AttributionStage.attributions(in: normalized(s), outline: [], diagnostics: &d)
    return (a, d)
}

/// Splits one list the way a labelled attribution does (the whole text is the list).
func split(_ s: String, strict: Bool = false) -> [FoundUnit]? {
    let n = normalized(s)
    return UnitListSplitter.split(n, 0..<n.count, strict: strict)
}
