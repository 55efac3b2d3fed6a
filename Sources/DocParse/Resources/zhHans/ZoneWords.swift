// Language data for zoning a page: the words that open an appended document, a glossary, a
// cover letter, and attachment lists. Engine: Pipeline/5-Structure/ZoneClassifier.swift and
// Pipeline/3-Analyze/Lines/CoverLetter.swift (the cover-letter title, for metadata and zoning).

enum ZoneWords {
    /// A line made only of one of these (an optional `:` after) opens an appended drafting
    /// explanation: `起草说明:`. A short line ending in one opens it too:
    /// `《…行动计划》起草情况说明`.
    static let explanationOpeners: [String] = ["起草说明", "起草情况说明", "编制说明", "政策解读", "制定说明", "修订说明"]

    /// A line made only of this word, an optional number and `:` opens an attachment page:
    /// `附件`, `附件2`. `附件:征求意见反馈情况` lists an attachment and does not open one.
    static let attachmentWord = "附件"

    /// A line made only of one of these (an optional `:` after) opens a glossary:
    /// `名词解释:`.
    static let glossaryOpeners: [String] = ["名词解释", "术语解释", "名词说明", "有关名词解释", "术语说明", "释义"]

    /// A cover letter title starts with the first word and ends with one of the endings:
    /// `关于征求《…》意见建议的函`.
    static let coverLetterPrefix = "关于"
    static let coverLetterEndings: [String] = ["的函", "意见的函", "的通知函"]

    /// Date characters of a signature date line: `2021年9月1日`, `二〇二一年九月一日`.
    static let dateCharacters: Set<String> = ["年", "月", "日"]
}
