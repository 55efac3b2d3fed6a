// Language data: how a sentence ties a figure to a year. Engine: Pipeline/6-Targets/DeadlineFinder.swift.

enum DeadlinePhrases {
    /// Words before a year that make it a deadline. `到2025年底`, `至2025年`, `力争2025年`.
    static let beforeYear: [String] = ["到", "至", "截至", "截止到", "截止", "力争到", "力争", "争取到", "争取", "于", "在"]
    /// Words after `YYYY年` that make it a deadline. `2025年前`, `2025年底`, `2025年末`.
    /// The word after a year's four digits (`2026年`).
    static let yearWord = "年"
    static let afterYear: [String] = ["年底前", "年年底", "年底", "年末", "年前", "年以前", "年之前", "年内", "年"]
    /// Five-year-plan names: `十四五` → the 14th plan. The number between these.
    static let planPrefix = "十"
    static let planSuffix = "五"
    /// After a plan name: its end year. `十四五末` → 2025, `十四五期末` → 2025.
    static let planEnd: [String] = ["期末", "末"]
    /// After a plan name: its whole span. `十四五期间` → 2021–2025.
    static let planSpan: [String] = ["期间", "时期", "规划期内", "期内"]
    /// Words that name the document's own year without writing it: `今年`, `年底前`, `四季度`.
    /// A figure after one of these in its sentence is due in the document's year (its
    /// one-year title's year, else the year of its date).
    static let currentYear: [String] = [
        "今年", "本年度", "本年", "当年", "年底前", "年底", "年内", "年末", "全年",
        "一季度", "二季度", "三季度", "四季度", "第一季度", "第二季度", "第三季度", "第四季度", "上半年", "下半年",
    ]
    /// Words that name the year after the document's own: `明年新建幼儿园4所` in a report dated
    /// 2022 is due in 2023 (read before `currentYear`, so `明年底` is next year's end).
    static let nextYear: [String] = ["明年", "来年", "下一年度", "下年度"]
    /// Words after a month number that name the end of a month of the document's year:
    /// `9月底开工`, `11月底前建成` (as `年底前`, they date a figure with the document's year;
    /// after `2026年11月` the written year wins and these are not asked).
    static let monthEnd: [String] = ["月底", "月末"]
    /// Words after `YYYY年` that make the year the start of a past period, not a date of the
    /// figures: `2022年以来`. (`2023年起,每年…` dates its figures: the GUIDE takes the year the
    /// sentence states.)
    static let startWords: [String] = ["以来"]
    /// Words of a goal heading (`(二)发展目标`, `主要目标`): a deadline opening its body dates
    /// the whole section.
    static let goalHeadingWords: [String] = ["目标"]
    /// Characters after `YYYY年` that keep a clause-opening year from dating what follows:
    /// a date (`2024年3月`) or a modifier (`2023年的成绩`).
    static let notAfterOpeningYear: [String] = ["月", "的"]
    /// Yearly rates: no single deadline. `每年`, `逐年提高`, `年均增长`.
    static let rateWords: [String] = ["每年", "逐年", "年均", "每学年", "年平均", "年度递增", "每一年"]
    /// Of these, the words that also name an annual mean (`年均浓度`, `年平均气温`): a rate only
    /// when a verb or the figure follows them (`年均增长7%`, `年均新增1万人`, `年均6%`).
    static let meanWords: [String] = ["年均", "年平均"]
    /// Line openers of bullets under a goal list (`——`, `-`, `·`, `•`, `●`, `◆`, `▪`, `*`):
    /// a deadline heading the list (`到2025年,具体目标如下:`) covers these lines. Circled
    /// numbers (①…⑳) count too; numbered items (`1.`, `(一)`) may be headings and do not.
    static let bulletOpeners: [String] = ["—", "-", "－", "·", "•", "●", "◆", "▪", "*", "■", "○"]
    /// Between two years of a span: `2023—2025年`, `2023至2025年`. A heading naming such a
    /// span (or `2020年以来`) does not date its section with one year.
    static let yearSpanSeparators: Set<Unicode.Scalar> = ["—", "-", "~", "～", "至", "到"]
    /// The last character of a place that may open a clause before its year (`武汉市2025年`,
    /// `全省2026年`), the longest such name, and the marks a clause opens after.
    static let placeEndings: Set<Unicode.Scalar> = ["省", "市", "县", "区", "州"]
    static let placeNameLength = 6
    static let clauseOpeningMarks: Set<Unicode.Scalar> = [",", ":", "。", ";", "(", " ", "\n"]
    /// The marks that close an item marker opening a line (`(一)`, `1.`, `一、`): a year right
    /// after one opens its clause (`(一)2025年,全县…`). `markerReach`: the longest marker read back.
    static let itemMarkerClosers: Set<Unicode.Scalar> = [")", ".", "、", "．"]
    static let markerReach = 6
    /// Between two years named together: `2024年和2025年`, `2024年、2025年` (due at the last).
    static let yearCoordinators: Set<Unicode.Scalar> = ["和", "、", "及"]
    /// After `YYYY年`: since then, not a deadline. `2020年以来`.
    static let since = "以来"
}
