/// Metadata: a draft without a title, issuer or date cannot be filed or cited.
struct MetadataRule: CheckRule {
    var codes: [String] { ["metadata.missing-title", "metadata.missing-issuer", "metadata.missing-date"] }

    func check(_ ctx: CheckContext) -> [Finding] {
        let md = ctx.document.metadata
        var findings: [Finding] = []
        if md.title == nil {
            findings.append(Finding(severity: .warning, code: "metadata.missing-title",
                message: "no title found: a line naming the document and its kind (…行动计划, …实施方案)", span: nil))
        }
        if md.issuer == nil {
            findings.append(Finding(severity: .warning, code: "metadata.missing-issuer",
                message: "no issuer found: no 发布机构 field and no signature line with the issuing unit", span: nil))
        }
        if md.date == nil {
            findings.append(Finding(severity: .warning, code: "metadata.missing-date",
                message: "no date found: no 发布日期/成文日期 field and no date line under the signature", span: nil))
        }
        return findings
    }
}
