/// Lints a parsed draft like a compiler lints code: numbering, attribution, targets, text
/// damage and metadata. The rules run in a fixed order and their findings are sorted by
/// position, so the output is stable.
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

    public static func check(_ parsed: ParsedDocument) -> [Finding] {
        check(document: parsed.document, source: parsed.source)
    }

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
