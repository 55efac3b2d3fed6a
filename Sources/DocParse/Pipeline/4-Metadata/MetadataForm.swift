/// The metadata stage's rules: each form a field is read from, in one list. The raw value is
/// the name `parsecli parse --trace` writes under `metadata.rules` for the field it filled,
/// so a user can see which form was taken (a signature rather than the page header, say).
/// Within a field the cases are listed in the order the stage tries them.
enum MetadataForm: String, CaseIterable, Sendable {
    // Title (`TitleFinder`).
    /// A header field names the document: `标题: …`, `名称: …`.
    case titleLabel = "title.label"
    /// A title line, or up to four short lines it was broken over, ending in a kind word.
    case titleLine = "title.line"
    /// The document a notice title hands down: `关于印发《Y》的通知` → Y, or Y's own title
    /// line under the notice.
    case titleNotice = "title.notice"
    /// The plan's own title line under a covering notice without a title, after its
    /// signature and date.
    case titleAfterNotice = "title.after-notice"
    /// The document a covering sentence hands down: `现将《Y》印发给你们`.
    case titleHandedDown = "title.handed-down"
    /// The title that opens a text with no line breaks.
    case titleLeading = "title.leading"
    /// A first line alone ending with a weak kind word (`某县2024年重点工作任务`).
    case titleWeakEnding = "title.weak-ending"

    // Issuer (`MetadataExtractor.findIssuer`).
    /// A covering notice's signature in the head (its issuer is the document's).
    case issuerNoticeSignature = "issuer.notice-signature"
    /// The signature under the text: organization names over a date line.
    case issuerSignature = "issuer.signature"
    /// A signature glued to the end of a text that lost its line breaks.
    case issuerGluedSignature = "issuer.glued-signature"
    /// An organization signing right after a covering sentence, on the same line:
    /// `…现印发给你们。某市人民政府2023年5月6日…`.
    case issuerCoveringSignature = "issuer.covering-signature"
    /// The body that adopted a law: `…常务委员会第三十八次会议通过`.
    case issuerAdoptingBody = "issuer.adopting-body"
    /// The body whose order the document is: `中华人民共和国国务院令第432号` → 国务院.
    case issuerOrder = "issuer.order"
    /// A header field: `发文机关: …`, `发布机构: …`.
    case issuerLabel = "issuer.label"
    /// The body a notice title names before `关于`.
    case issuerTitle = "issuer.title"
    /// The page's source field: `来源: …`.
    case issuerSource = "issuer.source"
    /// A report delivered on behalf of a body: `我代表北京市人民政府，向大会报告…`
    /// (`OnBehalfIssuer`).
    case issuerOnBehalf = "issuer.on-behalf"
    /// An organization on a line of its own before an issuing verb: `…办公室印发`.
    case issuerIssuingLine = "issuer.issuing-line"

    // Date (`MetadataExtractor.findDate`).
    /// The date line under the signature (or glued to it).
    case dateSignature = "date.signature"
    /// A date signed right after a covering sentence on the same line:
    /// `…现予公布，自…起施行。总理 某某二〇〇五年二月十五日`.
    case dateCoveringSignature = "date.covering-signature"
    /// A header field: `成文日期: …`, `发布日期: …`.
    case dateLabel = "date.label"
    /// A listing page's date before the title.
    case dateListed = "date.listed"
    /// A date on a line of its own near the end, or a page's date line near the title.
    case dateLine = "date.line"

    // Numbers and draft status.
    /// `索引号: …`.
    case indexNumberLabel = "indexNumber.label"
    /// `文号: …`, `发文字号: …`.
    case documentNumberLabel = "documentNumber.label"
    /// The first `X〔2023〕4号` in the head, before the body, not a citation.
    case documentNumberHead = "documentNumber.head"
    /// A draft marker before the body: `(征求意见稿)`.
    case draftMarker = "isDraft.marker"
}
