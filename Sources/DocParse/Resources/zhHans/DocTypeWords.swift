// Language data: title endings that name a document's kind, and draft markers.
// Engine: Pipeline/4-Metadata/MetadataExtractor.swift. Longest first: `实施方案` before `方案`.

enum DocTypeWords {
    /// Title endings, most specific first. `汉中市提高教育质量三年行动计划` → actionPlan.
    static let endings: [(word: String, type: DocType)] = [
        ("任务分解表", .taskList), ("任务清单", .taskList), ("重点任务分工", .taskList),
        ("行动计划", .actionPlan), ("行动方案", .implementationPlan), ("实施方案", .implementationPlan),
        ("工作方案", .implementationPlan), ("方案", .implementationPlan),
        ("工作要点", .workPoints), ("要点", .workPoints),
        ("发展规划", .plan), ("规划", .plan), ("纲要", .plan),
        ("实施意见", .opinion), ("指导意见", .opinion), ("意见", .opinion),
        ("通知", .notice),
        ("工作报告", .report), ("报告", .report), ("汇报", .report), ("推进情况", .report), ("情况", .report), ("总结", .report),
        ("实施细则", .regulation), ("管理办法", .regulation), ("办法", .regulation), ("细则", .regulation),
        ("规定", .regulation), ("条例", .regulation),
        ("工作计划", .actionPlan), ("计划", .actionPlan),
    ]

    /// Words that mark a draft. `(征求意见稿)`.
    static let draftMarkers: [String] = ["征求意见稿", "意见征求稿", "草案", "送审稿", "讨论稿", "征求意见", "草稿"]
    /// The draft marker that marks a draft only after a title (`…方案(征求意见)`): alone in
    /// the head it is the subject of a letter (`关于征求意见的函`), not a draft mark.
    static let bareDraftWord = "征求意见"

    /// Field labels of government-information headers, written without blanks
    /// (`索  引  号` matches `索引号`). A value that starts with another label is empty.
    static let headerLabels: [String] = [
        "索引号", "文号", "发文字号", "生成日期", "发布日期", "发文日期", "成文日期", "发布时间", "印发日期",
        "发布机构", "发文机关", "发布单位", "来源", "责任部门", "关键字", "关键词", "公开方式", "公开时限",
        "是否有效", "标题", "名称", "主题分类", "内容概述", "公开范围", "有效性", "主题词", "作者", "信息来源",
        "体裁分类", "组配分类", "所属机构", "发表时间", "文章来源",
    ]

    /// Labels holding the issue or publication date, most authoritative first.
    static let dateLabels: [String] = ["成文日期", "发文日期", "印发日期", "发布日期", "发布时间", "发表时间", "生成日期"]
    /// Labels holding the issuer.
    static let issuerLabels: [String] = ["发文机关", "发布机构", "发布单位", "所属机构"]
    /// Labels of the page's source (`来源: 市卫生健康委`): a web page's short name for the
    /// publisher, used as the issuer only when the document has no signature.
    static let sourceLabels: [String] = ["来源", "信息来源", "文章来源"]
    /// Labels holding the document number.
    static let numberLabels: [String] = ["发文字号", "文号"]
    /// Verbs after an issuer on a line of its own: `淄博市人民政府办公室印发`.
    static let issuingVerbs: [String] = ["印发", "发布", "制定", "发"]
    /// The words before the body a speaker reports for in a delivered report, which has no
    /// signature (`现在，我代表北京市人民政府，向大会报告政府工作`): that body is the issuer.
    static let onBehalfWords: [String] = ["我代表"]
    /// Where the body's name ends after `我代表`: a comma, or the verb phrase that follows.
    static let onBehalfStops: [String] = ["向", "作"]
    /// Endings of an organization name, for signature lines (`银川市兴庆区教育局`).
    static let issuerEndings: [String] = [
        "局", "委", "办", "办公室", "厅", "部", "院", "政府", "委员会", "中心", "党委", "管委会", "学校", "学院", "大学",
        "军分区", "警备区", "常委会", "政协", "工会", "联合会", "妇联", "科协", "残联", "工商联", "协会", // joint signatures
        "海关", "银行", "分行", "支行", "公司", "集团",
    ]
}
