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

/// A location path without `首页` or `当前位置` is still page furniture, never part of a title.
@Suite("Breadcrumb paths without a home page")
struct BreadcrumbPathTests {
    @Test("A short `a > b` path above a two-line title is not joined into it")
    func pathAboveTitle() {
        let doc = DocumentParser.parse(text: """
            信息公开 > 规划计划
            某区养老服务体系建设
            实施方案
            为满足老年人多层次养老服务需求，推动养老事业和养老产业协同发展，结合本区实际，制定本方案。
            一、主要目标
            """)
        #expect(doc.metadata.title == "某区养老服务体系建设实施方案")
    }

    @Test("The path test: steps short and without sentence punctuation, at least two of them")
    func pathShape() {
        func path(_ s: String) -> Bool { TitleFinder.isPath(TitleText(s: Array(s.unicodeScalars), at: Array(0..<s.unicodeScalars.count))) }
        #expect(path("政务公开 > 政策文件 > 规划计划"))
        #expect(path("通知公告»工作动态"))
        #expect(!path("某县教育事业发展规划"))
        #expect(!path("> "))
        #expect(!path("目标 > 完成率达到百分之九十五以上的各项指标要求全部落实到位"))
        #expect(!path("年增长率>5%,完成投资,达到目标"))
    }
}
