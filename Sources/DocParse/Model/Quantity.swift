/// A quantity mention: a number as written, with its value, unit and kind.
///
/// `value` is the number as written before the unit (`22.5万元` → 22.5 with unit `万元` and
/// scale 1e4, so consumers compute 225000 元); a range is `[low, high]`, inclusive.
///
/// Quantities are the raw material of ``Target``s: every number the recognizer reads, in
/// Arabic or Chinese numerals, whether or not it states a goal. `parsecli quantities` writes
/// them one JSON object per line, which helps to see why a figure did or did not become a
/// target.
///
/// ```swift
/// // {"approximate":false,"kind":"percent","scale":1,
/// //  "span":{"column":178,"end":1227,"line":40,"start":1224},"text":"52%","unit":"%","value":52}
/// let q = try JSONDecoder().decode(Quantity.self, from: line)
/// if case .number(let v) = q.value { print(v * q.scale, q.unit ?? "") }   // 52.0 %
/// ```
public struct Quantity: Codable, Sendable, Equatable {
    /// What the number expresses.
    public enum Kind: String, Codable, Sendable {
        /// A count or amount (`28所`, `14亿元`, `1小时`, or a bare Arabic number).
        case number
        /// A percentage (`93%`, `百分之八十五`).
        case percent
        /// A difference of percentages (`5个百分点`).
        case percentagePoint
        /// A fraction (`1/4`, `三分之一`); value is the quotient.
        case fraction
        /// A ratio (`1:10`); value is the quotient, the text keeps both terms.
        case ratio
        /// A multiple (`10倍`, `翻一番` → 2, `翻两番` → 4).
        case multiplier
    }

    /// JSON `text`: the mention as written in the original (digits, approximation word,
    /// unit), e.g. `1—3项` or `百分之八十五`.
    public var text: String
    /// JSON `value`: the number before the unit, or an inclusive `[low, high]` range, e.g.
    /// `52` for `52%` or `[1, 3]` for `1—3项`.
    public var value: TargetValue
    /// JSON `unit`: the unit as written (`万平方米`, `%`, `个百分点`, `所`), or null for a
    /// bare number.
    public var unit: String?
    /// JSON `scale`: multiply `value` by this to get the base unit (`亿元` → 1e8); 1 when
    /// the unit has no scale word.
    public var scale: Double
    /// JSON `kind`: what the number expresses: `number`, `percent`, `percentagePoint`,
    /// `fraction`, `ratio` or `multiplier`.
    public var kind: Kind
    /// JSON `approximate`: true for `约`, `近`, `左右`, `余`, `多` and similar; false for an
    /// exact figure.
    public var approximate: Bool
    /// JSON `span`: span of `text`, as half-open Unicode-scalar offsets into the original
    /// text, e.g. `{"start": 1224, "end": 1227, "line": 40, "column": 178}`.
    public var span: Span

    /// The normalized range of the mention (not part of the JSON).
    public var range: Range<Int>
    /// What the unit measures (not part of the JSON).
    var unitClass: UnitClass?
    /// True when the digits were Chinese numerals (`三个`), false for Arabic (`3个`).
    var chinese: Bool
    /// The form that read the mention (`QuantityRecognizer.forms`); `--trace` names it.
    var form: QuantityForm = .measured

    /// Creates a quantity; `range` must be the normalized range the mention was read from.
    public init(text: String, value: TargetValue, unit: String?, scale: Double, kind: Kind, approximate: Bool,
                span: Span, range: Range<Int>) {
        self.text = text
        self.value = value
        self.unit = unit
        self.scale = scale
        self.kind = kind
        self.approximate = approximate
        self.span = span
        self.range = range
        self.unitClass = nil
        self.chinese = false
    }

    enum CodingKeys: String, CodingKey { case approximate, kind, scale, span, text, unit, value }

    /// Reads a quantity written by `parsecli quantities`; as the JSON has no normalized
    /// offsets, `range` is taken from the span's offsets into the original text.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        value = try c.decode(TargetValue.self, forKey: .value)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        scale = try c.decode(Double.self, forKey: .scale)
        kind = try c.decode(Kind.self, forKey: .kind)
        approximate = try c.decode(Bool.self, forKey: .approximate)
        span = try c.decode(Span.self, forKey: .span)
        range = span.start..<span.end
        unitClass = nil
        chinese = false
    }

    /// Writes the JSON members in sorted key order, which lets ``JSONOutput`` stream the
    /// object; `range` and the recognizer's private facts are left out.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(approximate, forKey: .approximate)
        try c.encode(kind, forKey: .kind)
        try c.encode(scale, forKey: .scale)
        try c.encode(span, forKey: .span)
        try c.encode(text, forKey: .text)
        try c.encode(unit, forKey: .unit)
        try c.encode(value, forKey: .value)
    }
}
