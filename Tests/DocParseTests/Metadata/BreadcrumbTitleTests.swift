import Testing
@testable import DocParse

/// A saved web page puts its breadcrumb above the document; the title is the document's own
/// line, whether it starts with 关于 and whether the text keeps its line breaks.
@Suite("Titles under a breadcrumb, and titles opening with 关于")
struct BreadcrumbTitleTests {
    @Test("A 关于… title under a breadcrumb is the title")
    func aboutTitleUnderBreadcrumb() {
        let doc = DocumentParser.parse(text: """
            首页 > 政务公开 > 政策文件
            关于加快推进城乡供水一体化的实施方案
            （征求意见稿）
            为保障群众饮水安全，推动城乡供水同网同质，结合本县实际，制定本方案。这一段足够长，像正文一样写成一个句子，并以句号结束。
            一、总体要求
            """)
        #expect(doc.metadata.title == "关于加快推进城乡供水一体化的实施方案")
        #expect(doc.metadata.docType == .implementationPlan)
    }

    @Test("A text that lost its line breaks, under a breadcrumb: the title opens the text")
    func oneLineUnderBreadcrumb() {
        let doc = DocumentParser.parse(text: "首页 > 信息公开 > 规划计划\n某省2024年交通运输工作要点 为贯彻落实全省交通运输工作会议部署，制定本要点。一、推进重点项目建设。全年完成投资120亿元。二、提升运输服务水平。")
        #expect(doc.metadata.title == "某省2024年交通运输工作要点")
    }
}
