// Language data: words that make a quantity a target or an achievement. Engine:
// Pipeline/6-Targets/TargetExtractor.swift and IndicatorFinder.swift.

enum TargetWords {
    /// Verbs of reaching, keeping, building, spending or limiting, before the figure in its
    /// clause. `覆盖率达到93%`, `新增学位2万个`, `投资14亿元`, `保持在97%以上`.
    static let verbs: [String] = [
        "达到", "达", "提高到", "提高至", "提升到", "提升至", "增长到", "增长至", "增加到", "增加至", "提高",
        "提升", "增长", "增加", "降低到", "降低至", "下降到", "下降至", "降低", "下降", "减少", "压减", "缩减",
        "保持在", "保持", "稳定在", "维持在", "控制在", "控制", "新增", "新建", "改建", "扩建", "改扩建",
        "建设", "建成", "建立", "打造", "培育", "培养", "创建", "争创", "创成", "认定", "遴选", "评选", "选拔",
        "招聘", "招募", "补充", "配备", "配齐", "添置", "购置", "投资", "投入", "安排", "列支", "配套", "划拨",
        "实现", "完成", "覆盖", "开设", "开展", "举办", "组织", "组建", "设立", "培训", "轮训", "引进", "资助",
        "达标", "不少于", "不低于", "不超过", "超过", "至少", "起码", "掌握", "学会", "参加", "锻炼",
        "入选", "获", "获得", "交流", "录取", "招收", "提供", "满足", "设置", "规划", "改造", "储备",
        "形成", "通过", "补齐", "更新", "构建", "邀请", "安装", "推行", "实施", "举行", "选聘",
        // opening, retiring and closing: `开通公交线路12条`, `淘汰老旧车辆300辆`, `关停小煤矿5处`
        "开通", "淘汰", "关停", "突破",
        // raising, paying out and clearing: `筹集保障性租赁住房5万套`, `发放补贴14万户`,
        // `整治300家企业`, `案件压降10%`, `去化10亿元`, `回笼资金10亿元`, `落地1个项目`
        "筹集", "发放", "整治", "压降", "去化", "回笼", "落地",
        // relieving, running and finishing: `为企业减负60亿元`, `每个乡镇办好1所卫生院`,
        // `计划竣工3个`, `申建1家保护中心`, `失业人员再就业5800人`
        "减负", "办好", "竣工", "申建", "就业",
        // taking part, moving prices, fitting: `参与制定2—3项国际标准`, `收费下调30%`, `加装电梯500部`
        "参与", "下调", "上调", "加装",
        // deducting by a rate: `回购价格每年扣减1%`
        "扣减",
        // a level set anew: `贷款额度从70万/户调整至80万/户`
        "调整至", "调整到", "调整为",
        // amounts given: `给予一次性奖励50万元`, `奖励20万元`, `每人补助300元` (not 开发, a verb
        // inside every 开发区's name, nor 补贴, a noun after the figure as often as a verb)
        "给予", "奖励", "补助", "奖补",
    ]
    /// Verbs of pushing work on, which set a target only before a figure in Arabic digits:
    /// `加快12个诊疗中心建设`, `推进28个产业链延链`, `推出3—5部艺术精品`, `新开工项目529个`.
    /// Before a Chinese numeral they name a set of programmes (`推进三个层次…`, `五个专项行动`).
    /// `推动1万家企业技改`, `支持3所医院建设区域医疗中心` push or back work on a counted set too.
    static let progressVerbs: [String] = ["加快", "推进", "推出", "开工", "推动", "支持"]

    /// Words after a counted subject that say the work on it is done: `46项任务全部完成`,
    /// `318件建议提案全部办理完毕`, `12处煤矿建成投产`.
    static let completionAfter: [String] = ["全部完成", "全面完成", "如期完成", "顺利完成", "办理完毕", "全部办结", "建成投产"]

    /// Markers of what was done, before the figure in its clause or sentence.
    /// `已建成3所`, `累计投入1.2亿元`, `目前全区有…`, `今年以来…`.
    static let pastMarkers: [String] = [
        "已经", "已", "累计", "目前", "今年以来", "年以来", "截至目前", "先后", "共计", "现有", "业已", "完成了", "了",
    ]

    /// Words at the start of an indicator that are not part of it. `确保…`, `力争…`, `使…`.
    static let leadingFillers: [String] = [
        "确保", "力争", "争取", "努力", "推动", "促进", "使", "让", "实现", "其中", "并", "且", "同时", "全面",
        "进一步", "基本", "要", "将", "逐步", "持续", "稳步", "的",
        // modal and aspect words: `原则上…不超过`, `仅…`, `累计…`, `保持…`
        "原则上", "仅", "累计", "共计", "总计", "合计", "保持",
    ]
    /// Comparison bases and periods that say against what a change is measured, never what is
    /// measured: an indicator made only of these (`较上年`, `同比`) is no indicator.
    static let baselineWords: [String] = [
        "较上年同期", "比上年同期", "较去年同期", "比去年同期", "较上年", "比上年", "较去年", "比去年",
        "同比", "环比", "年均", "每年", "全年", "当年",
    ]

    /// Words at the end of an indicator that connect it to the figure. `占比达到`, `比例保持在`.
    static let trailingLinks: [String] = [
        "达到", "达", "为", "是", "在", "至", "到", "保持在", "稳定在", "维持在", "控制在", "提高到", "提高至",
        "提升到", "提升至", "增长到", "增长至", "提高", "提升", "增长", "不少于", "不低于", "不超过", "超过",
        "至少", "起码", "约", "近", "共计", "累计", "总计", "合计", "分别", "每年", "逐年", "年均", "每学年",
        "降低", "下降", "减少", "降低到", "降低至", "保持", "仅", "原则上", "力争", "确保", "争取",
    ]

    /// Nouns of a ratio indicator. A figure inside a modifier that ends in one of these is a
    /// threshold defining the indicator, not its target:
    /// `提高拥有3个以上特色项目的学校比例` (3 defines which schools count).
    static let ratioNouns: [String] = ["比例", "占比", "比重", "覆盖面"]
    /// Level verbs that make an age a target when they end right before it:
    /// `人均预期寿命达到80岁`, `平均退休年龄提高到62岁`.
    static let ageLevelVerbs: [String] = ["达到", "提高到", "提高至", "提升到", "提升至", "延长到", "延长至", "达"]
    /// After an age (and its bound, if any), the mark that makes it say who even after a
    /// level verb: `年龄达到60岁的职工`, `达到60岁以上的人员`; `预期寿命达到80岁以上` is a level.
    static let ageWhoFollowers: [String] = ["的"]
    static let ageBounds: [String] = ["及以上", "及以下", "以上", "以下"]
    /// Nouns of a term that make a duration right after them a target: `有效期3年`,
    /// `持有期为5年`, `执行期限原则上为20年`; and the words that may stand between.
    static let termNouns: [String] = ["有效期", "持有期", "期限", "年限", "服务期", "试用期"]
    static let termLinks: [String] = ["为", "是", "原则上", "一般", "暂定", "均"]
    /// Quotation marks as normalized text writes them (a Chinese-numeral count right before
    /// one names a slogan: `两个“关键小事”`).
    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "“", "”", "'"]
    /// Book marks around a title: a figure inside is part of the name (`《…20条政策措施》`).
    static let titleOpen: Unicode.Scalar = "《"
    static let titleClose: Unicode.Scalar = "》"
    /// Clause openers of a notice handing a document out: `现将《规划》中提出的9项任务进行分解`.
    static let handingOutOpeners: [String] = ["现将", "特将"]
    /// Goal words before a figure in its clause: `力争2条街区列入省级示范`.
    static let goalWords: [String] = ["力争", "确保", "争取"]
    /// Coverbs before a counted group that a target verb later in the clause serves:
    /// `为8000名老人提供服务`, `对500户家庭实施改造`, `向300家企业发放补贴`.
    static let beneficiaryCoverbs: [String] = ["为", "对", "向"]

    /// `每` of a frequency (`每两周调研一次`), the periods after it, and the units that count times.
    static let frequencyOpeners: [String] = ["每"]
    static let periodWords: [String] = ["年", "月", "周", "季度", "半年", "学期", "学年", "日", "天", "星期"]
    static let occurrenceUnits: [String] = ["次", "回"]
    /// Count words that after a lone `一` name a vague amount, never a quota: `每年评选一批`.
    static let vagueCounts: [String] = ["批"]

    /// Verbs that open a penalty clause (`处10万元以上的罚款`, `并处5万元罚款`) and its nouns.
    static let sanctionOpeners: [String] = ["处以", "并处", "处", "可处", "罚款"]
    static let sanctionNouns: [String] = ["罚款", "罚金", "没收"]
    /// Words before the figure a change starts from: `由0.54万元下降至0.378万元`, `从70万调整至80万`.
    static let fromWords: [String] = ["由", "从"]

    /// The modifier mark: a figure before `的` may define the indicator (`拥有3个以上项目的学校比例`).
    static let modifierMark: Unicode.Scalar = "的"
    /// Clause openers that make what follows a condition: `对接受5名以上残疾儿童的学校设立资源教室`.
    static let conditionOpeners: [String] = ["对于", "对", "凡", "凡是"]

    /// The marks that close a condition clause: `违法所得在10万元以上的,依法…` (a 的-phrase standing
    /// for whoever qualifies), `去化周期超过36个月时,…` (时 right after the figure), and the clause
    /// marks after them (a comma-like mark: the rule follows in the next clause).
    static let conditionClauseEnd: Unicode.Scalar = "的"
    static let conditionWhenMark: Unicode.Scalar = "时"
    static let conditionClauseFollowers: Set<Unicode.Scalar> = [",", ";", ":"]

    /// A clause of a noun and a figure after a target clause continues its list
    /// (`新建幼儿园3所,中小学校舍2万平方米`) when the noun is at most this long, after one of
    /// these leads at most (`…1万人次,其中农民工6000人次`).
    static let listNounLength = 16
    static let listContinuationLeads: [String] = ["其中"]

    /// Words of a short heading with no year that names the state reached before the document:
    /// `一、发展现状`, `第一章 规划基础`, `(一)发展成效`, `一、“十三五”发展回顾`. A plan's figures
    /// under it are its past, not targets. At most `backgroundHeadingLength` scalars, and none of
    /// `backgroundHeadingVerbs` (`夯实发展基础`, `巩固发展成效` are work to do).
    static let backgroundHeadingWords: [String] = [
        "发展现状", "发展基础", "规划基础", "工作基础", "现实基础", "基本情况", "现状分析", "发展成效", "发展成就",
        "主要成就", "主要成效", "取得成效", "工作成效", "发展回顾", "面临形势", "发展环境", "现状与", "背景",
    ]
    static let backgroundHeadingLength = 16
    static let backgroundHeadingVerbs: [String] = ["夯实", "巩固", "筑牢", "打牢", "强化", "加强", "提升", "扩大", "放大", "优化", "拓展"]

    /// Indicator tables with a column per year (`指标  单位  2023年(基期)  2025年  2027年`): the
    /// words that make a year column the base year's (its figures are the past), the header of
    /// a unit column, the words that may lead a year cell (`到2025年`), the longest tail after a
    /// year cell's year (`年目标值`), the longest unit cell (`万平方米`, `公里/平方公里`).
    static let baseColumnWords: [String] = ["基期", "基准", "现状", "基数", "实际", "完成", "现值", "基础值", "起始"]
    static let unitColumnHeaders: [String] = ["单位", "计量单位", "指标单位"]
    static let yearColumnLeads: Set<Unicode.Scalar> = ["到", "至"]
    static let yearCellTail = 8
    /// The unit of a percentage (a unit cell `%` makes its figures percentages).
    static let percentSign = "%"
    static let unitCellLength = 8

    /// Words of a request to another body (a 函 answering or asking a province): the figures
    /// after them in the sentence are asks, not targets. `恳请省级财政给予补助资金2亿元`.
    static let requestWords: [String] = ["恳请", "请求", "敬请", "恳求", "拟请", "特请"]

    /// Words of a heading that names one year (`一、2023年工作回顾`) and looks back on it: every
    /// figure of its section reports what was done that year (an achievement).
    static let reviewHeadingWords: [String] = ["回顾", "总结", "成效", "进展", "完成情况", "主要成绩"]
    /// Words of a heading that names one year (`二、2024年重点任务`) and lists its work: every
    /// figure of its section is a target for that year.
    static let taskHeadingWords: [String] = ["重点任务", "主要任务", "工作任务", "目标任务", "工作安排", "重点工作", "工作要点"]

    /// Words after a count that name an enumeration, not an amount: `三个方面`, `两个层面`.
    static let enumerationNouns: [String] = [
        "方面", "层面", "维度", "环节", "阶段", "领域", "步骤", "原则", "重点", "途径", "板块", "模块", "部分",
        "类型", "学段", "任务", "目标", "机制", "体系", "要素", "结合", "统筹", "一体化",
    ]
    /// Enumeration nouns that also modify a noun after them: `三项重点监督`, `5个重点项目` count
    /// the things, `抓住三个重点` names an enumeration. They name one only where the phrase ends
    /// after them: no Han character follows, or one of `enumerationNounEnds`.
    static let modifyingEnumerationNouns: [String] = ["重点"]
    /// Words after a modifying enumeration noun that still end its phrase: `两个重点的`, `三个重点和`.
    static let enumerationNounEnds: [String] = ["的", "和", "与", "及"]
}
