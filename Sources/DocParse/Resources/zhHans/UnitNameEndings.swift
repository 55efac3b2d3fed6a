// Language data: how unit (organization) names end, and short words that stand for units.
// Engine: Pipeline/3-Analyze/UnitNames/UnitListSplitter.swift, UnitRegistryBuilder.swift, Pipeline/8-References.
// Used to split names run together (`市委组织部市委编办`) without cutting inside a name
// (`汉中市职业技术学院`), and to check that a clause is made of unit names.

enum UnitNameEndings {
    /// Endings of unit names. The matcher takes the longest ending at a position.
    static let endings: [String] = [
        "局", "分局", "银保监分局",                // 市财政局, 汉中银保监分局
        "委", "委员会", "管委会", "执委会", "党工委", // 市卫生健康委, 市教育督导委员会
        "办", "办公室", "办公厅", "办事处", "街道办", // 市委编办, 省政府办公厅
        "部", "部门", "部委",                      // 市委组织部, 教育部门
        "厅", "院", "室", "署", "处", "所", "站", "馆", "社", // 省教育厅, 政府教育督导室, 派出所
        "电视台", "气象台", "广播台",                // 市广播电视台 (not `台` alone: 创新平台, 服务平台 are no units)
        "中心", "机构", "机关", "单位",              // 市疾控中心, 教育督导机构
        "政府", "人民政府", "党委", "党组",          // 各县区政府
        "法院", "检察院", "人大", "政协", "人大常委会", // 县人民法院
        "集团", "公司", "企业", "银行",              // 国网陕西省电力有限公司
        "分行", "支行", "中心支行", "分公司",        // 人民银行广东省分行, 人行南昌中心支行
        "监会", "海关",                              // 银保监会, 证监会, 南昌海关
        "联合会", "协会", "学会", "工会", "商会", "理事会", // 市残疾人联合会
        "残联", "妇联", "科协", "文联", "侨联", "团委", // 区妇联
        "学校", "学院", "大学", "高校", "中小学", "中学", "小学", "幼儿园", "校", // 汉中市职业技术学院
        "医院", "卫生院",                            // 县人民医院
        "大队", "支队", "总队",                      // 交警大队
        "街道", "乡镇", "功能区", "开发区", "新区", "园区", // 各乡镇街道
        "区县", "县区", "县市区", "市州",            // 各区县 (the governments of the counties)
        "领导小组", "工作组", "专班",                // 县委教育工作领导小组, 房地产去化工作专班 (a task force)
        "经开区", "示范区", "保税区", "自贸区", "试验区", "实验区", "合作区", // 城乡一体化示范区
        "产业园", "工业园", "科技园",                // 某某产业园 (its administration)
        "红十字会", "工商联", "贸促会", "总会", "促进会", "基金会", // 市红十字会, 市慈善总会
        "军区", "军分区", "警备区",                  // 市军分区
        "人行", "农商行",                            // 市人行 (人民银行), 县农商行
        "林场", "农场", "机场", "监狱",              // 国有林场, 某某机场
        "调查队", "民主党派", "部队",                // 国家统计局某某调查队, 各民主党派, 驻地部队
    ]

    /// Organs that repeat after one place prefix: `各县区党委、政府` = 各县区党委 + 各县区政府.
    static let bareOrgans: [String] = [
        "党委", "政府", "人民政府", "人大", "人大常委会", "政协", "纪委", "监委", "党工委", "管委会",
    ]

    /// The committee mark of a party committee named by its level: `市委`, `汉中市委` (its place
    /// prefix is what comes before the mark: `市委、政府` = 市委 + 市政府).
    static let committeeMark: [String] = ["委"]

    /// Generic endings shared backwards by a list: `机构编制、教育部门` = 机构编制部门 + 教育部门.
    static let sharedEndings: [String] = ["部门", "部委", "单位", "机构"]

    /// Units named without any ending (mostly issuers): `自治区《关于…》`, `国务院`.
    static let standaloneUnits: [String] = [
        "自治区", "国务院", "中共中央", "党中央", "全国人大", "省委", "省政府", "市委", "市政府", "县委", "县政府",
        "区委", "区政府", "州委", "州政府",
        "各地区", "各地", "各地方",                  // X牵头,各地区按职责分工负责
        // The levels below the township, only as plurals: `镇`, `村`, `社区` and `片区` end common
        // words too (`城镇`, `农村`, `社区养老`), so they are no endings.
        "各镇", "各村", "各社区", "各镇街", "各街镇", "各村居", "各片区",
    ]

    /// Words that close a list without naming a unit: `市财政局等`, `市公安局等部门`.
    static let listClosers: [String] = ["等", "等部门", "等单位", "等有关部门", "等相关部门", "等有关单位", "等相关单位"]

    /// Endings of a branch, whose name includes its parent's (`进出口银行贵州省分行`): a list is
    /// never cut in front of a branch name.
    static let branchEndings: [String] = ["分行", "支行", "中心支行", "分公司", "分署", "分院", "分会"]

    /// Conjunctions between two units (split only when the left side ends a name:
    /// `市教育局和市财政局`, never `住房和城乡建设局`).
    /// `等` between two names ends the first list, and the name after it is a unit too:
    /// `市财政局等国务院相关部门` = 市财政局 + 国务院相关部门 (`等` itself is dropped).
    static let conjunctions: [String] = ["以及", "和", "及", "与", "等"]
}
