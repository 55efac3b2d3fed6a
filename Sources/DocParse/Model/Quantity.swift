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
/// // {"approximate":false,"kind":"percent","role":"quantity","scale":1,
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

    /// What the number is doing in the text: a quantity, or a number the exclusion rules set
    /// apart (`QuantityExclusionRules`: the role names are the rule names). Only
    /// `parsecli quantities --scope numerals` shows numbers whose role is not `quantity`; the
    /// other scopes and the target stage never see them.
    public enum Role: String, Codable, Sendable, CaseIterable {
        /// A count, amount, share or multiple: what the other scopes show.
        case quantity
        /// A year (`2025年`, `二〇二五年`, a bare 19xx/20xx, `〔2022〕`, `2023—2025`).
        case year
        /// A month, day or clock time (`9月`, `16日`, `17:38`, the parts of `2021/09/16` after the year).
        case date
        /// A place in an order: after 第 (`第3批`) or a list number (`2、`, `(1)`).
        case ordinal
        /// A number naming a thing: document, street and building numbers, ranks and
        /// enumerators (`43号`, `1号楼`, `一等奖`, `三级`, `一是`).
        case label
        /// A count opening a quoted name or before a programme word (`“五个评价”`,
        /// `三年行动计划`). Numerals inside fixed names and words (`三个课堂`, `一把手`, `统一`)
        /// and plan names (`十四五`) are no numbers and never shown.
        case name
        /// Digits of an identifier: telephone and fax numbers (seven or more digits), codes with
        /// letters or separators (`6107000033/2024-000016`, `IPv6`), leading zeros (`0916`),
        /// quoted numbers (`“5115”`), policy codes (`5+2`), version labels (`2.0`).
        case code
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
    /// JSON `role`: `quantity`, or what a number set apart from the quantities is (`year`,
    /// `date`, `ordinal`, `label`, `name`, `code`); see ``Role``.
    public var role: Role = .quantity

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

    enum CodingKeys: String, CodingKey { case approximate, kind, role, scale, span, text, unit, value }

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
        role = try c.decodeIfPresent(Role.self, forKey: .role) ?? .quantity
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
        try c.encode(role, forKey: .role)
        try c.encode(scale, forKey: .scale)
        try c.encode(span, forKey: .span)
        try c.encode(text, forKey: .text)
        try c.encode(unit, forKey: .unit)
        try c.encode(value, forKey: .value)
    }
}
