// Language data: how a sentence names the issuer of a cited document.
// Engine: Pipeline/8-References/ReferenceFinder.swift.

enum ReferenceWords {
    /// Verbs between an issuer and the title: `教育部印发《关于实施卓越教师培养计划的意见》`.
    static let issuingVerbs: [String] = ["联合印发", "印发", "起草", "发布", "颁布", "出台", "下发", "制定", "制订", "修订"]

    /// Verbs that lead into a cited document and end before its issuer:
    /// `深入贯彻教育部《3—6岁儿童学习与发展指南》`, `严格执行自治区《关于…》`.
    static let leadIns: [String] = [
        "贯彻落实", "深入贯彻", "全面贯彻", "认真贯彻", "全面落实", "认真落实", "严格落实", "严格执行",
        "贯彻", "落实", "执行", "依据", "根据", "按照", "对照", "参照", "遵照", "依照", "结合", "实施",
        "学习", "宣传", "印发", "出台", "制定", "修订", "颁布", "起草", "完善", "为", "和", "及", "以及", "与",
    ]

    /// Title openings that carry the issuer inside the title: `《中共中央、国务院关于…的意见》`.
    static let aboutWords: [String] = ["关于"]

    /// The word after a document number: `鲁教组发〔2022〕1号`.
    static let numberEnd: [String] = ["号"]

    /// Particles after an issuing verb: `市教育局起草了《…》`.
    static let verbParticles: [String] = ["了"]
}
