/// Metadata: a draft without a title, issuer or date cannot be filed or cited.
struct MetadataRule: CheckRule {
    var codes: [String] { ["metadata.missing-title", "metadata.missing-issuer", "metadata.missing-date"] }

    func check(_ ctx: CheckContext) -> [Finding] {
        let md = ctx.document.metadata
        var findings: [Finding] = []
        if md.title == nil {
            findings.append(Finding(severity: .warning, code: "metadata.missing-title",
                message: Message("metadata.missing-title"), span: nil))
        }
        if md.issuer == nil {
            findings.append(Finding(severity: .warning, code: "metadata.missing-issuer",
                message: Message("metadata.missing-issuer"), span: nil))
        }
        if md.date == nil {
            findings.append(Finding(severity: .warning, code: "metadata.missing-date",
                message: Message("metadata.missing-date"), span: nil))
        }
        return findings
    }
}
