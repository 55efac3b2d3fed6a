/// What the document says about itself. Every field is null where the text does not say.
public struct Metadata: Codable, Sendable, Equatable {
    /// The document's title as written (without 《》 and the draft marker).
    public var title: String?
    /// The body that issued or published it.
    public var issuer: String?
    /// Publication or issue date, ISO `YYYY-MM-DD` (`YYYY-MM` or `YYYY` when the text gives less).
    public var date: String?
    /// 索引号, the government-information index number.
    public var indexNumber: String?
    /// 文号, e.g. `鲁教组发〔2022〕1号`.
    public var documentNumber: String?
    /// The years the plan covers (`2023—2025年`).
    public var period: Period?
    /// The kind of document, a stable code (see `DocType`).
    public var docType: DocType?
    /// True for a draft (征求意见稿, 草案, 送审稿, 讨论稿).
    public var isDraft: Bool
    /// Where each field was found.
    public var spans: FieldSpans

    public init() {
        isDraft = false
        spans = FieldSpans()
    }

    /// The years a plan covers; `start == end` for a one-year document.
    public struct Period: Codable, Sendable, Equatable {
        public var start: Int
        public var end: Int
        public init(start: Int, end: Int) { self.start = start; self.end = end }

        enum CodingKeys: String, CodingKey { case end, start }
    }

    /// Spans of the metadata fields in the original text.
    public struct FieldSpans: Codable, Sendable, Equatable {
        public var title: Span?
        public var issuer: Span?
        public var date: Span?
        public var indexNumber: Span?
        public var documentNumber: Span?
        public var period: Span?
        public var isDraft: Span?

        enum CodingKeys: String, CodingKey { case date, documentNumber, indexNumber, isDraft, issuer, period, title }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(date, forKey: .date)
            try c.encode(documentNumber, forKey: .documentNumber)
            try c.encode(indexNumber, forKey: .indexNumber)
            try c.encode(isDraft, forKey: .isDraft)
            try c.encode(issuer, forKey: .issuer)
            try c.encode(period, forKey: .period)
            try c.encode(title, forKey: .title)
        }
    }

    enum CodingKeys: String, CodingKey {
        case date, docType, documentNumber, indexNumber, isDraft, issuer, period, spans, title
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(docType, forKey: .docType)
        try c.encode(documentNumber, forKey: .documentNumber)
        try c.encode(indexNumber, forKey: .indexNumber)
        try c.encode(isDraft, forKey: .isDraft)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(period, forKey: .period)
        try c.encode(spans, forKey: .spans)
        try c.encode(title, forKey: .title)
    }
}

/// Kinds of policy document, as stable English codes.
public enum DocType: String, Codable, Sendable, CaseIterable {
    /// 行动计划
    case actionPlan
    /// 实施方案, 工作方案, 方案
    case implementationPlan
    /// 工作要点, 要点
    case workPoints
    /// 规划, 纲要
    case plan
    /// 意见, 指导意见, 实施意见
    case opinion
    /// 通知
    case notice
    /// 报告, 情况, 总结
    case report
    /// 办法, 细则, 规定, 条例
    case regulation
    /// 任务分解表, 任务清单
    case taskList
}
