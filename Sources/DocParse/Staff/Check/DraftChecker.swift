/// Lints a parsed draft like a compiler lints code: numbering, attribution, targets, text
/// damage and metadata. The rules run in a fixed order and their findings are sorted by
/// position, so the output is stable.
///
/// The parser itself is forgiving: it reads a draft with gaps in its numbering or a target
/// without a year and reports only what it had to repair. The checker is the strict reader
/// for the people writing the draft, who want every such slip pointed out before it is
/// published. Each code is listed in docs/checks.md and in ``allCodes``.
///
/// ```swift
/// let parsed = try DocumentParser.parseWithSource(bytes: bytes)
/// for f in DraftChecker.check(parsed) { print(f.code, f.message) }
/// ```
public enum DraftChecker {
    static let rules: [any CheckRule] = [
        NumberingRule(),
        AttributionRule(),
        TargetRule(),
        TextDamageRule(),
        MetadataRule(),
    ]

    /// Every code any rule can emit (docs/checks.md documents each one).
    public static var allCodes: [String] { rules.flatMap(\.codes) }

    /// Checks a parsed draft.
    ///
    /// - Parameter parsed: The document and its text, from ``DocumentParser/parseWithSource(bytes:options:)``.
    /// - Returns: The findings, sorted by position (whole-document findings first), then code.
    public static func check(_ parsed: ParsedDocument) -> [Finding] {
        check(document: parsed.document, source: parsed.source)
    }

    /// Checks a document whose text is held separately.
    ///
    /// - Parameters:
    ///   - document: The parsed document.
    ///   - source: The text it was parsed from; spans are read against it.
    /// - Returns: The findings, sorted by position (whole-document findings first), then code.
    public static func check(document: Document, source: SourceText) -> [Finding] {
        let ctx = CheckContext(document: document, source: source)
        var findings = rules.flatMap { $0.check(ctx) }
        findings.sort { a, b in
            let pa = a.span?.start ?? -1, pb = b.span?.start ?? -1
            if pa != pb { return pa < pb }
            if a.code != b.code { return a.code < b.code }
            return a.message < b.message
        }
        return findings
    }
}
