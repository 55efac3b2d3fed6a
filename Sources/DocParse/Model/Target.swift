/// A quantity that states what shall be reached, kept, built, spent or limited (or, in a
/// report, what was achieved).
public struct Target: Codable, Sendable, Equatable {
    public var id: String
    /// The deepest outline node holding it, or null outside the outline.
    public var nodeId: String?
    /// `target` (what shall be) or `achievement` (what was done).
    public var kind: String
    public var value: TargetValue
    /// The unit as written (`%`, `个百分点`, `万元`, `所`).
    public var unit: String?
    /// Multiply `value` by this to get base units (`亿元` → 1e8 元); 1 when the unit has no scale.
    public var scale: Double
    /// `eq`, `gt`, `gte`, `lt`, `lte`, `approx` or `range`.
    public var comparator: String
    /// The deadline year, or null.
    public var year: Int?
    /// The last year when the deadline is a span of years (`十四五期间` → 2021–2025).
    public var yearEnd: Int?
    /// True for a yearly rate (`每年`, `逐年`, `年均`) with no single deadline.
    public var rate: Bool
    /// The phrase the figure measures (`全市普惠性幼儿园占比`).
    public var indicator: String?
    /// The clause that states the target, as written.
    public var text: String
    /// Span of the quantity itself.
    public var span: Span
    /// Span of `text`.
    public var textSpan: Span?

    public init(id: String, nodeId: String?, kind: String, value: TargetValue, unit: String?, scale: Double,
                comparator: String, year: Int?, yearEnd: Int?, rate: Bool, indicator: String?, text: String,
                span: Span, textSpan: Span?) {
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
    }

    enum CodingKeys: String, CodingKey {
        case comparator, id, indicator, kind, nodeId, rate, scale, span, text, textSpan, unit, value, year
        case yearEnd
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(id, forKey: .id)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(kind, forKey: .kind)
        try c.encode(nodeId, forKey: .nodeId)
        try c.encode(rate, forKey: .rate)
        try c.encode(scale, forKey: .scale)
        try c.encode(span, forKey: .span)
        try c.encode(text, forKey: .text)
        try c.encode(textSpan, forKey: .textSpan)
        try c.encode(unit, forKey: .unit)
        try c.encode(value, forKey: .value)
        try c.encode(year, forKey: .year)
        try c.encode(yearEnd, forKey: .yearEnd)
    }
}

/// A number or an inclusive `[low, high]` range.
public enum TargetValue: Codable, Sendable, Equatable {
    case number(Double)
    case range(Double, Double)

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

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let d): try c.encode(d)
        case .range(let a, let b): try c.encode([a, b])
        }
    }
}
