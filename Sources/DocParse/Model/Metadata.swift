/// What the document says about itself. Every field is null where the text does not say.
///
/// The fields come from the head of the page (title lines, a government-information table
/// with 索引号 and 发布日期) and its tail (the signature and date lines). Web pages carry
/// site furniture around the document, so each field keeps its ``spans`` entry: a consumer
/// can check where a value was read instead of trusting it blindly.
///
/// ```swift
/// let md = doc.metadata
/// if md.docType == .actionPlan, let p = md.period {
///     print(md.title ?? "?", p.start, p.end, md.isDraft)   // …行动计划(2023—2025年) 2023 2025 true
/// }
/// ```
public struct Metadata: Codable, Sendable, Equatable {
    /// JSON `title`: the document's title as written, without 《》 and the draft marker, e.g.
    /// `汉中市提高教育质量三年行动计划(2023—2025年)`; a title broken over several lines is
    /// joined. Null when no line reads as a title.
    public var title: String?
    /// JSON `issuer`: the body that issued or published it, as written, e.g. `汉中市教育局`;
    /// null when neither a label (`发布机构`) nor the signature names it.
    public var issuer: String?
    /// JSON `date`: publication or issue date, ISO `YYYY-MM-DD` (`YYYY-MM` or `YYYY` when the
    /// text gives less), e.g. `2023-04-28` for `2023年04月28日`; null when the text has none.
    public var date: String?
    /// JSON `indexNumber`: 索引号, the government-information index number as written, e.g.
    /// `6107000033/2024-000016`; null when the page shows none.
    public var indexNumber: String?
    /// JSON `documentNumber`: 文号 as written, e.g. `鲁教组发〔2022〕1号`; null when the
    /// document shows none (most web copies of plans do not).
    public var documentNumber: String?
    /// JSON `period`: the years the plan covers (`2023—2025年` → `{"start": 2023, "end": 2025}`);
    /// null when the title does not say.
    public var period: Period?
    /// JSON `docType`: the kind of document, a stable code (see ``DocType``), e.g.
    /// `actionPlan`; null when the title has no recognized document word.
    public var docType: DocType?
    /// JSON `isDraft`: true for a draft (征求意见稿, 草案, 送审稿, 讨论稿 in the lines before
    /// the body); false otherwise, never null.
    public var isDraft: Bool
    /// JSON `spans`: where each field was found in the original text.
    public var spans: FieldSpans
    /// JSON `rules` (only with `parsecli parse --trace` / ``ParseOptions/trace``): for each
    /// field found, the name of the rule that read it, e.g. `{"issuer": "issuer.signature"}`;
    /// absent otherwise.
    public var rules: FieldRules?

    /// Creates empty metadata: every field null, `isDraft` false.
    public init() {
        isDraft = false
        spans = FieldSpans()
    }

    /// The years a plan covers; `start == end` for a one-year document.
    ///
    /// Read from the title: `(2023—2025年)` gives 2023–2025, `2023年…工作要点` gives 2023–2023.
    public struct Period: Codable, Sendable, Equatable {
        /// JSON `start`: the first year covered, e.g. `2023`.
        public var start: Int
        /// JSON `end`: the last year covered (inclusive), e.g. `2025`.
        public var end: Int
        /// Creates a period of the years `start` through `end`, both inclusive.
        public init(start: Int, end: Int) { self.start = start; self.end = end }

        enum CodingKeys: String, CodingKey { case end, start }
    }

    /// Spans of the metadata fields in the original text.
    ///
    /// Each entry is null exactly when its field is null (for `isDraft`: when it is false).
    /// Spans are half-open Unicode-scalar offsets into the original decoded text, with the
    /// 1-based line and column of their start.
    public struct FieldSpans: Codable, Sendable, Equatable {
        /// JSON `title`: the title lines, first to last, e.g.
        /// `{"start": 14, "end": 41, "line": 3, "column": 2}`.
        public var title: Span?
        /// JSON `issuer`: the issuer's name where it was read (often the signature near
        /// the end).
        public var issuer: Span?
        /// JSON `date`: the date as written (`2023年04月28日`).
        public var date: Span?
        /// JSON `indexNumber`: the index number as written, without its label.
        public var indexNumber: Span?
        /// JSON `documentNumber`: the document number as written.
        public var documentNumber: Span?
        /// JSON `period`: the title the period was read from (the same span as `title`).
        public var period: Span?
        /// JSON `isDraft`: the draft marker (`征求意见稿`); null when the document is not a
        /// draft.
        public var isDraft: Span?

        enum CodingKeys: String, CodingKey { case date, documentNumber, indexNumber, isDraft, issuer, period, title }

        /// Writes the members in sorted key order, which lets ``JSONOutput`` stream the object.
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

    /// The rule behind each metadata field (`--trace`); a field not found has none.
    public struct FieldRules: Codable, Sendable, Equatable {
        /// JSON `date`, e.g. `date.signature`.
        public var date: String?
        /// JSON `documentNumber`, e.g. `documentNumber.label`.
        public var documentNumber: String?
        /// JSON `indexNumber`: `indexNumber.label`.
        public var indexNumber: String?
        /// JSON `isDraft`: `isDraft.marker` when the document is a draft.
        public var isDraft: String?
        /// JSON `issuer`, e.g. `issuer.signature`.
        public var issuer: String?
        /// JSON `title`, e.g. `title.line`.
        public var title: String?

        /// Creates an empty record.
        public init() {}

        enum CodingKeys: String, CodingKey { case date, documentNumber, indexNumber, isDraft, issuer, title }

        /// Writes the members in sorted key order, leaving out fields no rule filled.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(date, forKey: .date)
            try c.encodeIfPresent(documentNumber, forKey: .documentNumber)
            try c.encodeIfPresent(indexNumber, forKey: .indexNumber)
            try c.encodeIfPresent(isDraft, forKey: .isDraft)
            try c.encodeIfPresent(issuer, forKey: .issuer)
            try c.encodeIfPresent(title, forKey: .title)
        }
    }

    enum CodingKeys: String, CodingKey {
        case date, docType, documentNumber, indexNumber, isDraft, issuer, period, rules, spans, title
    }

    /// Writes the members in sorted key order, which lets ``JSONOutput`` stream the object.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(docType, forKey: .docType)
        try c.encode(documentNumber, forKey: .documentNumber)
        try c.encode(indexNumber, forKey: .indexNumber)
        try c.encode(isDraft, forKey: .isDraft)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(period, forKey: .period)
        try c.encodeIfPresent(rules, forKey: .rules)
        try c.encode(spans, forKey: .spans)
        try c.encode(title, forKey: .title)
    }
}

/// Kinds of policy document, as stable English codes.
///
/// The code is what `metadata.docType` holds in the JSON; it is read from the document word
/// at the end of the title (`…三年行动计划` → `actionPlan`), so consumers can sort documents
/// by kind without matching Chinese words themselves. Each case lists the words it covers.
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
