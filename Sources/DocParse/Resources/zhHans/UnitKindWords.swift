// Language data: the kind of a unit from its name. Engine: Pipeline/7-Units/UnitKindClassifier.swift.
// Rules are tried in order; the first that matches decides.

enum UnitKindWords {
    /// How a rule looks at the name.
    enum Match: Sendable { case contains, suffix, prefix }

    static let rules: [(word: String, match: Match, kind: UnitKind)] = [
        // Party organs: 市委组织部, 各县区党委, 市纪委监委机关, 市委编办.
        ("党委", .contains, .party), ("党组", .contains, .party), ("党工委", .contains, .party),
        ("纪委", .contains, .party), ("组织部", .contains, .party), ("宣传部", .contains, .party),
        ("统战部", .contains, .party), ("政法委", .contains, .party), ("编办", .contains, .party),
        ("机构编制委员会", .contains, .party), ("文明办", .contains, .party), ("网信办", .contains, .party),
        ("党校", .contains, .party), ("中共", .prefix, .party), ("党中央", .contains, .party),
        ("市委", .prefix, .party), ("县委", .prefix, .party), ("区委", .prefix, .party),
        ("省委", .prefix, .party), ("州委", .prefix, .party),
        // Courts, people's organizations and associations: 县人民法院, 市残联, 区妇联.
        ("法院", .suffix, .other), ("检察院", .suffix, .other), ("残联", .suffix, .other),
        ("妇联", .suffix, .other), ("科协", .suffix, .other), ("团委", .suffix, .other),
        ("文联", .suffix, .other), ("侨联", .suffix, .other), ("工会", .suffix, .other),
        ("联合会", .suffix, .other), ("协会", .suffix, .other), ("学会", .suffix, .other),
        ("共青团", .prefix, .other), ("人大", .contains, .other), ("政协", .contains, .other),
        // Enterprises: 国网陕西省电力有限公司, 市交通投资集团.
        ("公司", .suffix, .enterprise), ("集团", .suffix, .enterprise), ("企业", .suffix, .enterprise),
        ("银行", .suffix, .enterprise),
        // Schools: 汉中市职业技术学院, 陕西师范大学, 各中小学, 幼儿园.
        ("大学", .suffix, .school), ("学院", .suffix, .school), ("学校", .suffix, .school),
        ("高校", .suffix, .school), ("中小学", .suffix, .school), ("中学", .suffix, .school),
        ("小学", .suffix, .school), ("幼儿园", .suffix, .school), ("校", .suffix, .school),
        // Governments: 各县区政府, 高新区管委会, 各乡镇街道, 自治区.
        ("政府", .suffix, .government), ("管委会", .suffix, .government), ("办事处", .suffix, .government),
        ("街道", .suffix, .government), ("乡镇", .suffix, .government), ("功能区", .suffix, .government),
        ("开发区", .suffix, .government), ("新区", .suffix, .government), ("区县", .suffix, .government),
        ("县区", .suffix, .government), ("县市区", .suffix, .government), ("市州", .suffix, .government),
        ("自治区", .suffix, .government), ("国务院", .suffix, .government),
        // Bureaus and other government departments: 省卫生健康委, 县交通运输局, 政府教育督导室.
        ("局", .suffix, .bureau), ("厅", .suffix, .bureau), ("委", .suffix, .bureau), ("委员会", .suffix, .bureau),
        ("办", .suffix, .bureau), ("办公室", .suffix, .bureau), ("部", .suffix, .bureau), ("部门", .suffix, .bureau),
        ("部委", .suffix, .bureau), ("署", .suffix, .bureau), ("室", .suffix, .bureau), ("中心", .suffix, .bureau),
        ("大队", .suffix, .bureau), ("支队", .suffix, .bureau), ("总队", .suffix, .bureau), ("所", .suffix, .bureau),
        ("站", .suffix, .bureau), ("处", .suffix, .bureau), ("机构", .suffix, .bureau), ("机关", .suffix, .bureau),
        ("医院", .suffix, .bureau), ("卫生院", .suffix, .bureau),
    ]
}
