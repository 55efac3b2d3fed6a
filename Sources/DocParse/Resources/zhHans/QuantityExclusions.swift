// Language data: numbers that are not quantities. Engine: Pipeline/3-Analyze/Numbers/QuantityExclusionRules.swift.
// Each rule there has a test in Tests/DocParseTests/Numbers/ExclusionTests.swift.

enum QuantityExclusions {
    /// Fixed names that hold a count (`三个课堂` is a programme, not 3 classrooms).
    /// Examples: `深化三个课堂建设`, `坚持五育并举`, `做到两个只增不减`, `加强四史教育`.
    static let fixedNames: [String] = [
        "三个课堂", "五育并举", "五育融合", "两个只增不减", "两个只减不增", "四史", "一校一案", "一县一案",
        "一校一品", "一校一策", "一人一案", "一生一案", "一条龙", "一长多校", "一体两翼", "三全育人",
        "五项管理", "双减", "三大球", "一票否决", "一对一", "一站式", "一盘棋", "一把手", "一揽子",
        "三重一大", "两学一做", "四个意识", "四个自信", "两个维护", "两个确立", "五个一", "四个一",
        "一带一路", "三农", "一网通办", "一次办好", "一件事",
        // "in pairs", an adverb: `两两结对`; parts, not zero works: `关键零部件`
        "两两", "零部件",
        // digits of a number, and slogans: `保持两位数增长`, `落实中央八项规定精神`,
        // `做好五篇大文章`
        "个位数", "两位数", "三位数", "八项规定", "五篇大文章",
    ]

    /// Characters after a number that make it an ordinal, rank or label, not an amount.
    /// `43号` (street or document number), `1号楼`, `5楼`, `一等奖`, `二级`.
    /// A count of issuing departments names a joint issuance, not an amount: `教育部等八部门印发`.
    static let labelSuffixes: [String] = ["号", "楼", "等奖", "等", "级", "届", "是", "中全会", "次全会", "大", "部门", "部委"]
    /// Characters before a number that make it an ordinal. `第二`, `第3批`.
    static let ordinalPrefixes: [String] = ["第", "初", "No.", "NO.", "no."]

    /// Words after a count that make the count part of a programme name (`三年行动计划`).
    static let nameWordsAfterCount: [String] = ["行动", "计划", "规划", "工程", "方案", "攻坚", "目标"]

    /// Labels before a telephone, fax or hotline number. `电话:2626670`.
    static let phoneLabels: [String] = ["电话", "传真", "手机", "热线", "客服", "QQ", "qq", "微信", "邮编", "联系方式"]

    /// Date units after a number. `9月1日`, `2023年4月`.
    static let dateUnits: [String] = ["月", "日"]
    /// Words that make a count per person or per unit; a small ascending two-digit count after
    /// them may be a range whose dash was lost (`每名学生掌握12项` for 1—2项).
    static let distributiveWords: [String] = ["每名", "每位", "每人", "每个", "每生", "每所", "每校", "人均", "每", "人人"]
    /// Characters that join codes like `5+2`, `1+X`, `1+3+N`.
    static let codeJoiner: Unicode.Scalar = "+"
}
