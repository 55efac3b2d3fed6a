// Language data: measure words (量词) that make a bare count a quantity. Engine:
// Pipeline/3-Analyze/Numbers/UnitTable.swift. A Chinese numeral counts as a quantity only when one of
// these (or a unit of UnitScales) follows it, so `统一` and `一体化` are never numbers.

enum MeasureWords {
    /// Words between two units that make one unit per another: `元/套`, `微克每立方米`.
    static let perWords: [String] = ["/", "每"]
    /// Of these, the ones that also start a new phrase after a figure (`5次每年`): they join
    /// only a unit of measure, never a count or a time word.
    static let loosePerWords: [String] = ["每"]
    /// Count words, longest first where one is the prefix of another (`人次` before `人`).
    /// Examples: `建设3个工作室`, `改建中小学28所`, `骨干教师200名`, `开设7种以上运动项目`.
    static let counts: [String] = [
        "人次", "个", "所", "人", "名", "位", "节", "支", "门", "套", "间", "项", "种", "场", "家", "户",
        "次", "条", "台", "件", "册", "本", "座", "处", "篇", "张", "辆", "架", "份", "床", "株", "棵",
        "盏", "栋", "幢", "趟", "例", "宗", "枚", "颗", "只", "双",
        // incidents, pairs, ships, batches, containers, livestock: `事故控制在3起以内`,
        // `结对帮扶120对`, `新增船舶15艘`, `分4批`, `吞吐量50万标箱`, `出栏生猪20万头`
        "起", "对", "艘", "批", "标箱", "头",
        // sessions of events, areas of a city: `赛事活动3.3万场次`, `建设4片消费体验区`
        "场次", "片",
        // visits and sessions counted per body: `组织2万家次企业参展`, `听课80节次`, `走访500户次`;
        // works: `推出3—5部艺术精品`, `加装电梯800部`
        "家次", "节次", "户次", "部",
        // pitches and plots, wells: `新建社会足球场地300块`, `打机井60口`, `新建水源井12眼`
        "块", "口", "眼",
    ]

    /// Count words that do not count when a number follows them: `一对一帮扶`, `1对1辅导`
    /// name a relation, not a number of pairs.
    static let notBeforeNumber: [String] = ["对"]
    /// Count words that count only after Arabic digits: after a Chinese numeral they are most
    /// often part of a word (`统一部署`, `一部分`, `全部`), while `推出3部精品` counts works.
    /// So do `块` (`一块儿`, `一块牌子`), `口` (`一口气`, `出口`) and `眼` (`一眼`, `着眼`).
    static let arabicOnlyCounts: [String] = ["部", "块", "口", "眼"]

    /// Units of time used as durations or per-period amounts (`每天锻炼1小时`, `20课时`).
    static let durations: [String] = [
        "学时", "课时", "小时", "分钟", "个月", "周", "天", "年", "学年", "学期", "秒",
        // `压缩至2个工作日`, `5个工作日内办结`
        "个工作日", "工作日",
    ]

    /// Joiners between two figures that share the unit written after the second:
    /// `53和32微克/立方米`, `10、12万元`, `3或5天` (rule `shared unit`).
    static let sharedUnitJoiners: Set<Unicode.Scalar> = ["和", "、", "及", "与", "或"]

    /// Ages (never targets: they say who, not how much). `35周岁以下`, `3岁`.
    static let ages: [String] = ["周岁", "岁"]
}
