/// A quantity that states what shall be reached, kept, built, spent or limited (or, in a
/// report, what was achieved).
///
/// Plans carry their commitments as figures in running text (`到2025年,…普惠性幼儿园占比达到
/// 90%以上`). A target ties such a figure to what it measures (`indicator`), how it bounds it
/// (`comparator`), its deadline (`year`), its outline node and the clause it is stated in,
/// so that plans can be compared and tracked figure by figure. Figures that state no goal
/// (counts of measures, durations, thresholds) are left out.
///
/// ```swift
/// for t in doc.targets where t.kind == "target" && t.unit == "%" {
///     print(t.indicator ?? "?", t.comparator, t.value, t.year as Any)
/// }
/// // 保持特殊教育学生入学率 eq number(100.0) nil
/// ```
public struct Target: Codable, Sendable, Equatable {
    /// JSON `id`: `g1`, `g2`… in document order (tasks are `t1`, `t2`…; before 1.1.0 targets
    /// were wrongly numbered `t…` too, against the schema).
    public var id: String
    /// JSON `nodeId`: the id of the deepest node of the main outline holding the figure,
    /// e.g. `n14`; null outside it (before the first numbered item, or in an appendix).
    public var nodeId: String?
    /// JSON `kind`: `target` (what shall be) or `achievement` (what was done: every figure of
    /// a report, and a figure in the past tense with no deadline).
    public var kind: TargetKind
    /// JSON `value`: the figure as written before the unit, a number or an inclusive
    /// `[low, high]` range, e.g. `22.5` for `22.5万元` or `[1, 2]` for `1-2项`.
    public var value: TargetValue
    /// JSON `unit`: the unit as written (`%`, `个百分点`, `万元`, `所`), scale word included;
    /// null for a bare number.
    public var unit: String?
    /// JSON `scale`: multiply `value` by this to get base units (`亿元` → 1e8 元, `万元` →
    /// 10000); 1 when the unit has no scale.
    public var scale: Double
    /// JSON `comparator`: how the value bounds the indicator: `eq` (达到 90%), `gt` (超过),
    /// `gte` (不低于, 以上, which include the figure in administrative usage), `lt` (低于,
    /// 不足), `lte` (不超过, 以内), `approx` (约, 左右) or `range` (the value is a range).
    public var comparator: Comparator
    /// JSON `year`: the deadline year (`到2025年` → 2025), or the first year when the deadline
    /// is a span of years; null when the clause gives none or the target is a yearly rate.
    public var year: Int?
    /// JSON `yearEnd`: the last year when the deadline is a span of years (`十四五期间` →
    /// 2021–2025, `2023—2025年` → 2025); null for a single year or no deadline.
    public var yearEnd: Int?
    /// JSON `rate`: true for a yearly rate (`每年`, `逐年`, `年均`) with no single deadline;
    /// false otherwise.
    public var rate: Bool
    /// JSON `indicator`: the phrase the figure measures as written, e.g. `全市普惠性幼儿园占比`
    /// or `保持特殊教育学生入学率`; null when no phrase before the figure names it.
    public var indicator: String?
    /// JSON `text`: the clause that states the target, as written, e.g.
    /// `保持特殊教育学生入学率100%`.
    public var text: String
    /// JSON `span`: span of the figure itself (`100%`), as half-open Unicode-scalar offsets
    /// into the original text.
    public var span: Span
    /// JSON `textSpan`: span of `text`; the parser always sets it, null only in JSON from
    /// elsewhere.
    public var textSpan: Span?
    /// JSON `change`: `increase` or `decrease` when the figure is an amount of change, not a
    /// level (`提高5个百分点`, `下降15%`, `增长10%`, `压减20%`); null for a level (`达到90%`,
    /// `提高到80%`, `下降至5%`). `comparator` then bounds the change: `下降10%以上` is a
    /// decrease `gte` 10%.
    public var change: TargetChange?
    /// JSON `rule` (only with `parsecli parse --trace` / ``ParseOptions/trace``): the name of
    /// the rule that produced this target, e.g. `target.comparator`; absent otherwise.
    public var rule: String?
    /// JSON `quantityRule` (only with `--trace`): the form the figure was read in, e.g.
    /// `quantity-form.measured`, `quantity-form.range`; absent otherwise.
    public var quantityRule: String?
    /// JSON `yearRule` (only with `--trace`, and only when `year` is set): where the year comes
    /// from, e.g. `deadline.before-year`, `deadline.heading-year`; absent otherwise.
    public var yearRule: String?
    /// JSON `baselineYear`: the year the change is measured from (`比2020年下降10%`,
    /// `较2020年提高5个百分点` → 2020); null when the text names none.
    public var baselineYear: Int?

    /// Creates a target. Ids, nodes and clauses are assigned by the parser; this initializer
    /// exists for tests and for consumers that build documents themselves.
    public init(id: String, nodeId: String?, kind: TargetKind, value: TargetValue, unit: String?, scale: Double,
                comparator: Comparator, year: Int?, yearEnd: Int?, rate: Bool, indicator: String?, text: String,
                span: Span, textSpan: Span?, change: TargetChange? = nil, baselineYear: Int? = nil) {
        self.id = id
        self.nodeId = nodeId
        self.kind = kind
        self.value = value
        self.unit = unit
        self.scale = scale
        self.comparator = comparator
        self.year = year
        self.yearEnd = yearEnd
        self.rate = rate
        self.indicator = indicator
        self.text = text
        self.span = span
        self.textSpan = textSpan
        self.change = change
        self.baselineYear = baselineYear
    }

    enum CodingKeys: String, CodingKey {
        case baselineYear, change, comparator, id, indicator, kind, nodeId, quantityRule, rate, rule, scale, span, text, textSpan, unit
        case value, year, yearEnd, yearRule
    }

    /// Writes the members in sorted key order, which lets ``JSONOutput`` stream the object.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(baselineYear, forKey: .baselineYear)
        try c.encode(change, forKey: .change)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(id, forKey: .id)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(kind, forKey: .kind)
        try c.encode(nodeId, forKey: .nodeId)
        try c.encodeIfPresent(quantityRule, forKey: .quantityRule)
        try c.encode(rate, forKey: .rate)
        try c.encodeIfPresent(rule, forKey: .rule)
        try c.encode(scale, forKey: .scale)
        try c.encode(span, forKey: .span)
        try c.encode(text, forKey: .text)
        try c.encode(textSpan, forKey: .textSpan)
        try c.encode(unit, forKey: .unit)
        try c.encode(value, forKey: .value)
        try c.encode(year, forKey: .year)
        try c.encode(yearEnd, forKey: .yearEnd)
        try c.encodeIfPresent(yearRule, forKey: .yearRule)
    }
}

/// A number or an inclusive `[low, high]` range.
///
/// Plans write ranges as `1-2项` or `1—3项`; keeping both ends (rather than one number)
/// keeps the commitment as stated. In JSON a number is written as a JSON number (`93`,
/// `22.5`) and a range as a two-element array (`[1, 2]`).
///
/// ```swift
/// switch target.value {
/// case .number(let v): print(v * target.scale)
/// case .range(let low, let high): print(low * target.scale, high * target.scale)
/// }
/// ```
public enum TargetValue: Codable, Sendable, Equatable {
    /// A single figure, e.g. `93` for `93%`.
    case number(Double)
    /// An inclusive range, low then high, e.g. `(1, 2)` for `1-2项`.
    case range(Double, Double)

    /// Reads a JSON number or a two-element array.
    ///
    /// - Throws: `DecodingError` when the value is neither, or the array does not have
    ///   exactly two numbers.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else {
            let pair = try c.decode([Double].self)
            guard pair.count == 2 else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "a range has two numbers")
            }
            self = .range(pair[0], pair[1])
        }
    }

    /// Writes a JSON number, or `[low, high]` for a range.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let d): try c.encode(d)
        case .range(let a, let b): try c.encode([a, b])
        }
    }
}
