// Language data: words that bound a figure. Engine: Pipeline/6-Targets/TargetExtractor.swift and
// Pipeline/3-Analyze/Numbers/QuantityRecognizer.swift (approximation words). Longest first, so
// `不低于` is tried before `低于` and `及以上` before `以上`. In administrative usage
// 以上/以下/以内 include the figure itself (gte/lte).

enum Comparators {
    /// Words written before the figure. `不低于公用经费5%` → gte; `超过80%` → gt.
    static let before: [(word: String, comparator: Comparator)] = [
        ("不少于", .gte), ("不低于", .gte), ("不小于", .gte), ("不下于", .gte), ("至少", .gte),
        ("起码", .gte), ("最少", .gte), ("最低", .gte), ("突破", .gte),
        ("不超过", .lte), ("不高于", .lte), ("不多于", .lte), ("不大于", .lte), ("最多", .lte),
        ("最高", .lte), ("控制在", .lte),
        // a limit moved to the figure: `办理时限压缩至3个工作日`, `贷款期限可延长至20年`, `放宽至6个月`
        ("压缩至", .lte), ("压缩到", .lte), ("缩短至", .lte), ("缩短到", .lte), ("放宽至", .lte), ("放宽到", .lte),
        ("延长至", .lte), ("延长到", .lte),
        // caps in rules: `每户只能购买一套`, `仅限申请1次`
        ("只能", .lte), ("仅限", .lte),
        ("超过", .gt), ("多于", .gt), ("高于", .gt), ("大于", .gt),
        // `营收超50亿元`: only glued to the figure (see `gluedBefore`): `超出36个月的` is no bound
        ("超", .gt),
        ("低于", .lt), ("少于", .lt), ("小于", .lt), ("不足", .lt), ("不到", .lt),
        ("大约", .approx), ("约为", .approx), ("约", .approx), ("将近", .approx), ("近", .approx),
    ]

    /// Signs that bound a figure written right after them, as a table cell writes it: `≥95`.
    static let signs: [(mark: Unicode.Scalar, comparator: Comparator)] = [("≥", .gte), ("≤", .lte), (">", .gt), ("<", .lt), ("＞", .gt), ("＜", .lt)]

    /// One-character words of `before` that bound a figure only glued to it (blanks at most
    /// between): `超50亿元`, but not the 超 of `超出3个月`.
    static let gluedBefore: [String] = ["超"]

    /// Words written after the figure and its unit. `93%以上` → gte; `控制在45人以内` → lte.
    static let after: [(word: String, comparator: Comparator)] = [
        ("及以上", .gte), ("或以上", .gte), ("以上", .gte), ("之上", .gte),
        ("及以下", .lte), ("或以下", .lte), ("以下", .lte), ("以内", .lte), ("之内", .lte), ("内", .lte), // 60日内
        ("左右", .approx), ("上下", .approx),
    ]

    /// Approximation words before a number (the quantity is marked approximate). `约14亿元`.
    static let approximateBefore: [String] = ["大约", "约为", "约", "将近", "近"]
    /// Words that end in an approximation or comparison character but mean something else:
    /// `节约3千元` is not "about 3000", `就近2公里` is not "nearly 2 km".
    static let falseFriends: [String] = [
        "节约", "集约", "制约", "签约", "履约", "预约", "公约", "契约", "违约", "邀约", "特约", "简约", "约约",
        "附近", "最近", "近平", "接近", "临近", "靠近", "就近", "亲近", "将近期", "邻近", "远近",
    ]
    /// Approximation words right after the digits, before the unit. `3000余万元`, `60多种`.
    static let approximateInside: [String] = ["余", "多", "来"]
    /// Approximation words after the unit. `50人左右`.
    static let approximateAfter: [String] = ["左右", "上下"]
}
