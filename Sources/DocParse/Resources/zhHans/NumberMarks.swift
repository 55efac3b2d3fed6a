// Language data: single characters that the number and deadline rules test for around a
// figure. Engines: Pipeline/3-Analyze/Numbers (QuantityRecognizer, QuantityExclusionRules),
// Pipeline/6-Targets (DeadlineFinder, IndicatorFinder).

enum NumberMarks {
    /// The fraction word between a denominator and a numerator: `三分之一`.
    static let fractionWord = "分之"
    /// After one digit, a discount in tenths of the price: `八折` (80 %), `8.5折` (85 %).
    static let discountMark: Unicode.Scalar = "折"
    /// Words that begin with the discount mark and make no discount after a number
    /// (`3年折旧`, `1万元折合`, `两折叠`).
    static let discountWords: [String] = ["折合", "折算", "折旧", "折扣", "折叠", "折射", "折返", "折线", "折中", "折腾", "折价",
                                          "折损", "折抵", "折成", "折为", "折半"]
    /// The unit a doubling (`翻两番`) is written in: a multiple.
    static let multiplierUnit = "倍"
    /// After the low end of a range, saying it is included: `1万元(含)至5万元`.
    static let inclusiveMark = "含"
    /// Between the two ends of a range of figures: `1—3项`, `1至2项`, `一到两项`, `1~2`.
    static let rangeSeparators: Set<Unicode.Scalar> = ["—", "-", "~", "～", "〜", "至", "到"]
    /// Between two years of a deadline span: `2023—2025年`, `2023至2025年`.
    static let deadlineSpanDashes: Set<Unicode.Scalar> = ["—", "-", "至", "~"]
    /// After four digits, what makes them a year or part of a date rather than an amount:
    /// `2023年`, `2023-06`, `2023/06`, `〔2022〕`, `(2022)`, `2023至2025`, `2023年度`.
    static let afterYearDigits: Set<Unicode.Scalar> = ["年", "—", "-", "/", ".", "〕", "]", ")", "至", "度"]
    /// The number sign of document, street and house numbers: `1号楼`, `3号`.
    static let numberSign: Unicode.Scalar = "号"
    /// The day mark of a date: `9月1日`.
    static let dayMark: Unicode.Scalar = "日"
    /// After `N日`, words that make the days a time allowed, not a date: `60日内`, `15日以内`,
    /// `30日之内` (rule `day count`).
    static let withinDays: [String] = ["内", "以内", "之内"]
    /// The month mark of a date: `3月15日内` is still a day of a month.
    static let monthMark: Unicode.Scalar = "月"
    /// The rank mark after a figure with a unit: `3个级`… (`二级`, `一级`).
    static let rankMark: Unicode.Scalar = "级"
    /// The numeral one and the count word of slogans: `一校一案` (一 X 一 Y), `四个一`.
    static let one: Unicode.Scalar = "一"
    static let countWord: Unicode.Scalar = "个"
    /// Characters that open a yearly rate: `每年`, `逐年`, `年均`.
    static let rateOpeners: Set<Unicode.Scalar> = ["每", "逐", "年"]
    /// Comparison words before a base year: `较2020年`, `比2020年底`.
    static let comparisonMarks: Set<Unicode.Scalar> = ["较", "比"]
    /// Year-end marks after a base year: `2020年底`, `2020年末`.
    static let yearEndMarks: Set<Unicode.Scalar> = ["底", "末"]
    /// The enumerator mark after a numeral: `一是`, `二是`.
    static let enumeratorMark: Unicode.Scalar = "是"
}
