// Language data for the outline engine: what may follow a number at a line start, and the
// words that enumerate clauses inside an item. Engine: Lexical/MarkerReader.swift,
// Pipeline/5-Structure/ClauseFinder.swift. All entries are simplified Chinese (rules match the
// simplified shadow text).

enum HeadingMarkers {
    /// The ordinal prefix of the worded markers: `第一章`, `第三条`.
    static let ordinalPrefix: Unicode.Scalar = "第"
    /// The words after `第` and a number, with the style each gives. The first word of a style
    /// is the one written when a marker of that style is restored (`第二部分`, not `第二篇`).
    static let ordinalWords: [(word: String, style: MarkerStyle)] = [
        ("章", .chapter), ("节", .section), ("条", .article), ("部分", .part), ("篇", .part),
    ]

    /// Characters that, right after bare digits at a line start, make the digits a quantity
    /// and not a marker whose `.` was lost: `3所学校` (所), `20年来` (年), `36 岁` (岁),
    /// `5万元` (万). `1推进…` stays a candidate: 推 is not here. Only characters that almost
    /// never start a task title belong here (`10平稳实施…` must stay a candidate).
    static let quantityFollowers: Set<String> = [
        "个", "所", "名", "项", "次", "人", "年", "月", "日", "号", "万", "亿", "千", "百", "元", "岁",
        "周", "届", "种", "级", "倍", "天", "米", "亩", "吨", "辆", "余", "多",
    ]

    /// Characters that, right after a numeral inside an unclosed bracket, make a word and not a
    /// marker that lost its `)`: `(一般…` (般), `(一体化…` (体), `(三年…` (年).
    static let numeralWordFollowers: Set<String> = [
        "般", "些", "体", "批", "定", "流", "线", "直", "起", "致", "切", "步", "样", "律", "是", "个",
        "年", "次", "项", "方", "面", "级", "类", "种", "大", "中", "小", "名", "同", "道", "并",
        "五", "四", "千", "万", "亿", "点", "期", "轮", "处", "心", "手", "把", "代", "带", "路",
    ]

    /// Words that open the body of a heading run into it with no punctuation
    /// (`加强组织领导各有关部门要…`, `…的重要性近年来,…`): a sentence starts with them, a short
    /// heading does not contain them. Only words of two or more characters (`要` alone
    /// would cut `重要性`).
    static let bodyOpeners: [String] = [
        "近年来", "各有关", "各地区", "各地", "各级", "各部门", "当前", "目前", "按照", "根据", "围绕", "为了",
        "为进一步", "推进", "通过", "今年以来",
    ]

    /// Clause words made of a numeral and a suffix: `一是…二是…三是…`.
    static let numeralClauseSuffix = "是"

    /// Clause words made of a prefix and a numeral: `其一…其二…`.
    static let numeralClausePrefix = "其"

    /// Ordered clause words that enumerate without numerals: `首先…其次…再次…最后…`.
    /// The index is the ordinal (from 1); `最后` closes a series whatever its length.
    static let orderedClauseWords: [String] = ["首先", "其次", "再次", "然后"]
    static let closingClauseWord = "最后"
}
