// Language data for the draft checker (Staff/Check/Rules). Each entry with an example.

enum CheckWords {
    /// Words left by a bad traditional/simplified round trip, with what was meant. They are
    /// rare or wrong in modern policy text, so seeing one is a sign of damage.
    /// `落实青浦区关于校外人员参加课后效劳政治审核` (效劳 for 服务).
    static let roundTripDamage: [(damaged: String, meant: String)] = [
        ("效劳", "服务"), ("根底", "基础"), ("准那么", "准则"), ("原那么", "原则"), ("规那么", "规则"),
        ("高质量开展", "高质量发展"), ("全面开展的", "全面发展的"), ("可持续开展", "可持续发展"),
        ("开展规划", "发展规划"), ("开展改革委", "发展改革委"), ("〞", "”"), ("〝", "“"),
        ("优质均衡开展", "优质均衡发展"), ("创立活动", "创建活动"), ("标准办学", "规范办学"),
    ]

    /// Endings that name a person's post, not a unit: `(责任单位:市教育局局长)`.
    static let personTitles: [String] = [
        "局长", "副局长", "主任", "副主任", "书记", "副书记", "市长", "副市长", "县长", "副县长", "区长", "副区长",
        "厅长", "部长", "校长", "院长", "同志", "负责人", "主席", "秘书长", "处长", "科长",
    ]

    /// Level prefixes left out when two unit names are compared for spelling, tried in this
    /// order (`县教育局` and `教育局` are spelled alike; `市委宣传部` drops `市委`, not `市`).
    static let spellingLevelPrefixes: [String] = ["市委", "县委", "区委", "市", "县", "区"]

    /// Units of a share: a target in them above 100 is a slip (`覆盖率达到120%`).
    static let percentUnits: Set<String> = ["%", "个百分点"]

    /// Markup and entities that survive a careless web capture: `&nbsp;`, `<br>`.
    static let scrapeLeftovers: [String] = ["&nbsp;", "&amp;", "&lt;", "&gt;", "&quot;", "<br>", "<br/>", "<p>", "</p>", "\u{FFFD}"]
}
