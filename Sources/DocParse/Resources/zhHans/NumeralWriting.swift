// Language data: how numbers are written in Chinese numerals (the reading side is in
// ScaleWords.swift). Engine: Lexical/ChineseNumeralWriter.swift and
// Lexical/ChineseNumerals.swift (restored markers, task paths).

enum NumeralWriting {
    /// 小写 digits 0–9.
    static let lowerDigits: [String] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    /// 大写 (financial) digits 0–9.
    static let upperDigits: [String] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    /// Places inside a group of four digits: ones, 十, 百, 千.
    static let lowerPlaces: [String] = ["", "十", "百", "千"]
    static let upperPlaces: [String] = ["", "拾", "佰", "仟"]
    /// The group words: 10⁴ and 10⁸.
    static let tenThousand = "万"
    static let hundredMillion = "亿"
    /// The decimal point and minus words (`零点五`, `负三`).
    static let point = "点"
    static let minus = "负"
}
