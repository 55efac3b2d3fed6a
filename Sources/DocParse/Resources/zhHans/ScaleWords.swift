// Language data: numeral characters and scale words. Engine: Pipeline/3-Analyze/Numbers/ChineseNumeral.swift.

enum ScaleWords {
    /// Digit characters and their values, ordinary and financial (大写) forms.
    /// `一百二十三`, `壹佰贰拾叁`, `两千`, `〇`, `廿二` (廿 = 20, 卅 = 30 are read as tens).
    static let digits: [(Unicode.Scalar, Int)] = [
        ("零", 0), ("〇", 0), ("0", 0),
        ("一", 1), ("壹", 1), ("幺", 1),
        ("二", 2), ("两", 2), ("贰", 2), ("俩", 2), ("倆", 2), ("兩", 2),
        ("三", 3), ("叁", 3), ("四", 4), ("肆", 4), ("五", 5), ("伍", 5),
        ("六", 6), ("陆", 6), ("陸", 6), ("七", 7), ("柒", 7), ("八", 8), ("捌", 8), ("九", 9), ("玖", 9),
    ]

    /// Financial (大写) forms; alone they are parts of words (`队伍`, `陆续`, `收拾`).
    static let financialForms: Set<Unicode.Scalar> = ["壹", "贰", "叁", "肆", "伍", "陆", "陸", "柒", "捌", "玖", "拾", "佰", "仟"]
    /// Financial forms that are written only as numerals (no word uses them otherwise, unlike
    /// 伍 in 队伍, 陆 in 大陆, 拾 in 收拾, 肆 in 放肆): `写法是叁` ends with the number 3.
    static let numeralOnlyFinancialForms: Set<Unicode.Scalar> = ["壹", "贰", "貳", "叁", "柒", "捌", "玖"]

    /// Place units inside a group of four digits. `三千五百` → 3000 + 500.
    static let placeUnits: [(Unicode.Scalar, Double)] = [
        ("十", 10), ("拾", 10), ("百", 100), ("佰", 100), ("千", 1000), ("仟", 1000),
    ]

    /// Group units that multiply everything before them in their group. `三千五百万` → 3500 × 1e4.
    static let groupUnits: [(Unicode.Scalar, Double)] = [
        ("万", 1e4), ("萬", 1e4), ("亿", 1e8), ("億", 1e8), ("兆", 1e12),
    ]

    /// Tens written as one character: `廿二` → 22.
    static let tens: [(Unicode.Scalar, Double)] = [("廿", 20), ("卅", 30)]

    /// The percent word before a numeral: `百分之八十五`.
    static let percentWord = "百分之"
    /// The year character after four digits: `2023年`.
    static let yearMark: Unicode.Scalar = "年"

    /// The decimal point word: `零点五` → 0.5.
    static let decimalPoint: Unicode.Scalar = "点"
    /// The minus word: `负三十二` → −32.
    static let minus: Unicode.Scalar = "负"
    /// Han characters after which `负` is still a minus sign (they introduce a value):
    /// `增长率为负2%`, `气温降至负5度`. After any other Han character `负` ends a word
    /// (`减负30亿元`, `肩负3项任务`) and the number after it is positive.
    static let minusAfter: Set<Unicode.Scalar> = ["为", "是", "呈", "至", "到", "达", "长"]
    /// "some" used as a digit: `十几万` → about 100000 (approximate).
    static let someDigit: Unicode.Scalar = "几"

    /// Scale words that alone before a count stand for one of that scale (rule `bare scale`):
    /// `千名以上` = 1000名, `万场以上` = 10000场, `百余家` = 100余家.
    static let bareScales: Set<Unicode.Scalar> = ["百", "千", "万"]
    /// Before a bare scale, words that leave the count vague (`数千名`, `几万人`): no figure.
    static let vagueBeforeScale: Set<Unicode.Scalar> = ["数", "几", "成"]

    /// Scale words that, at the end of a number and before a unit, belong to the unit: the value
    /// is kept as written and `scale` says how to compute (`22.5万元` → 22.5, `万元`, 1e4).
    /// Longest first. `千` only after Arabic digits (`3千元`); in `三千元` it is a place unit.
    static let unitPrefixes: [(word: String, scale: Double, arabicOnly: Bool)] = [
        ("万亿", 1e12, false), ("亿", 1e8, false), ("千万", 1e7, true), ("百万", 1e6, true), ("万", 1e4, false),
        ("千", 1e3, true),
    ]

    /// Powers for 翻N番 ("double N times"): `翻一番` → ×2, `翻两番` → ×4.
    static let doublingPrefix = "翻"
    static let doublingSuffix = "番"
}
