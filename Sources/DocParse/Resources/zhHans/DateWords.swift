// Language data: how dates are written (`2023年4月28日`, `二〇二三年四月二十八日`, `2023-04-28`).
// Engine: Pipeline/4-Metadata/DateParser.swift, and the signature date lines of
// MetadataExtractor. The digits 一…九 come from the one numeral table, NumeralWriting.

enum DateWords {
    /// After the year, the month, the day: `2023年4月28日`.
    static let yearMark: Unicode.Scalar = "年"
    static let monthMark: Unicode.Scalar = "月"
    static let dayMark: Unicode.Scalar = "日"
    /// The spoken day mark, written in some notices: `4月28号`.
    static let spokenDayMark: Unicode.Scalar = "号"
    /// The ways a zero is written in a year of Chinese numerals besides 零: `二〇二三`,
    /// the circle `二○二三`, and the capital letter O a typist takes for it.
    static let yearZeros: [Unicode.Scalar] = ["〇", "○", "O"]
    /// Characters a signature's date line may open with besides Arabic digits: the zero and
    /// the two of `二〇二三年…` (other numerals count as digits already).
    static let dateLineOpeners: Set<Character> = ["〇", "二"]
    /// Characters after a date that make it a deadline or a start (`2005年5月1日起施行`,
    /// `6月30日前`), not a signature's date.
    static let notSignatureAfter: Set<Unicode.Scalar> = ["起", "前", "后", "以", "至", "止"]
    /// A numeral zero the date line must hold when it has no Arabic digit: `二〇二三年`.
    static let numeralZero: Character = "〇"
}
