// Language data: words that give a unit its role in a task, and the column names of task tables.
// Engine: Pipeline/7-Units/AttributionFinder.swift, TaskTableReader.swift, MentionFinder.swift.
// Matching always takes the longest entry at a position: `协同责任单位` before `责任单位`.

enum RoleWords {
    /// Role labels, followed by `:` (`牵头单位:市教育局`) or wrapped in `【】` (`【牵头单位】市教育局`).
    static let labels: [(word: String, role: AttributionRole)] = [
        ("牵头单位", .lead),          // (牵头单位:市教育局;责任单位:…)
        ("牵头部门", .lead),          // (牵头部门:教育局、政府教育督导室 责任部门:…)
        ("牵头责任单位", .lead),      // 牵头责任单位:省卫生健康委
        ("牵头责任部门", .lead),      // 牵头责任部门:县交通运输局
        ("主体责任单位", .responsible), // 序号 任务 牵头责任单位 主体责任单位 配合责任单位 (a table's columns)
        ("配合责任单位", .supporting), // 配合责任单位:县直有关单位
        ("参与责任单位", .supporting), // 参与责任单位:市财政局
        ("责任科室", .responsible),   // 责任科室:乡村振兴办 (a township's offices)
        ("牵头处室", .lead),          // 牵头处室:基础教育处
        ("主责单位", .lead),          // 主责单位:市生态环境局
        ("主责部门", .lead),          // 主责部门:区工信局
        ("主要责任单位", .lead),      // 主要责任单位:市发展改革委
        ("主要责任部门", .lead),      // 主要责任部门:县卫健局
        ("责任单位", .responsible),   // 责任单位:市财政局、市人社局
        ("责任部门", .responsible),   // 责任部门:宣传部、文明办
        ("协同责任单位", .responsible), // 协同责任单位:市公安局
        ("落实单位", .responsible),   // 落实单位:各县区政府
        ("责任主体", .responsible),   // 责任主体:各县(市、区)人民政府
        ("实施主体", .responsible),   // 实施主体:县交通运输局
        ("责任处室", .responsible),   // 责任处室:规划处
        ("配合处室", .supporting),    // 配合处室:财务处
        ("配合单位", .supporting),    // 配合单位:市医保局
        ("配合部门", .supporting),    // 配合部门:县公路段
        ("协办单位", .supporting),    // 协办单位:市总工会
        ("协办部门", .supporting),    // 协办部门:区科协
        ("参与单位", .supporting),    // 参与单位:省电力公司
        ("参与部门", .supporting),    // 参与部门:市场监管局
        ("协同单位", .supporting),    // 协同单位:市交通运输局
        ("协同部门", .supporting),    // 协同部门:生态环境分局
        ("协同配合单位", .supporting), // 协同配合单位:市财政局
        ("协作单位", .supporting),    // 协作单位:各乡镇人民政府
        ("主要协作单位", .supporting), // 主要协作单位:县政府有关部门
        ("协作部门", .supporting),    // 协作部门:县民政局
        ("主办单位", .lead),          // 主办单位:市商务局
        ("承办单位", .responsible),   // 承办单位:各区政府
        ("指导部门", .responsible),   // 指导部门:科技部 (a column of a list of measures)
        ("指导单位", .responsible),   // 指导单位:省教育厅
        ("责任领导", .leaders),       // 责任领导:张三 (a person, never a unit)
        ("分管领导", .leaders),       // 分管领导:李四
        ("牵头领导", .leaders),       // 牵头领导:王五
        ("责任人", .leaders),         // 责任人:赵六
        ("牵头负责领导", .leaders),   // 牵头负责领导:孙七 (a person, though it says 牵头)
        ("负责领导", .leaders),       // 负责领导:周八
        ("分管负责人", .leaders),     // 分管负责人:吴九
    ]

    /// The bare role verbs as labels in running text, followed by `:` (`(牵头:市商务局;配合:市工信局)`).
    /// Not column names of a table: a header cut over lines (`配合` / `责任单位`) is one name.
    static let textLabels: [(word: String, role: AttributionRole)] = [
        ("牵头", .lead), ("主办", .lead), ("责任", .responsible), ("负责", .responsible),
        ("配合", .supporting), ("参与", .supporting), ("协办", .supporting),
    ]

    /// Verbs written AFTER the units of a clause in a bracket: `(市卫生健康委牵头,市财政局配合)`.
    static let verbs: [(word: String, role: AttributionRole)] = [
        ("牵头", .lead),             // 市卫生健康委牵头
        ("牵头负责", .lead),         // 省交通运输厅牵头负责
        ("牵头督导", .lead),         // 市生态环境局、发展和改革局牵头督导
        ("牵头推进", .lead),         // 市住建局牵头推进
        ("牵头组织", .lead),         // 市教育局牵头组织
        ("牵头落实", .lead),         // 县卫健局牵头落实
        ("牵头实施", .lead),         // 区水务局牵头实施
        ("负责", .responsible),      // 省交通运输厅负责 (responsible: only 牵头 names a lead)
        ("主责", .lead),             // 市生态环境局主责
        ("按职责分工负责", .responsible), // 市发展改革委、市财政局按职责分工负责
        ("按职责负责", .responsible), // 各有关部门按职责负责
        ("分工负责", .responsible),   // 市直有关部门分工负责
        ("分别负责", .responsible),   // 各县区政府分别负责
        ("共同负责", .responsible),   // 市公安局、市交通运输局共同负责
        ("负责落实", .responsible),   // 各市州政府负责落实
        ("具体落实", .responsible),   // 各县区政府具体落实
        ("组织实施", .responsible),   // 各县区卫健局组织实施
        ("落实", .responsible),       // 各市州政府落实
        ("配合", .supporting),        // 市财政局、市医保局配合
        ("按职责配合", .supporting),  // 其他部门按职责配合
        ("协助", .supporting),        // 市科协协助
        ("协同", .supporting),        // 市交通运输局协同
        ("协办", .supporting),        // 市总工会协办
        ("参与", .supporting),        // 省电力公司参与
        ("参与实施", .supporting),    // 各乡镇参与实施
        ("支持", .supporting),        // 市财政局支持
        ("配合支持", .supporting),    // 市税务局配合支持
        ("协同推进", .supporting),    // 各有关部门协同推进
        ("配合推进", .supporting),    // 市公安局配合推进
        ("配合实施", .supporting),    // 县交通运输局配合实施
        ("协同配合", .supporting),    // 市直有关部门协同配合
        ("协助落实", .supporting),    // 各街道协助落实
        ("为责任主体", .responsible), // 各县区人民政府为责任主体
        ("共同参与", .supporting),    // 各高校共同参与
        ("牵头抓总", .lead),          // 市发展改革委牵头抓总
        ("主抓", .lead),              // 市教育局主抓 (as 主责)
        ("实施", .responsible),       // 各县区政府实施
        ("具体负责", .responsible),   // 各乡镇具体负责
        ("负总责", .responsible),     // 各县区政府负总责
        ("总负责", .responsible),     // 县政府总负责
        ("负主体责任", .responsible), // 各县区政府负主体责任
        ("承担主体责任", .responsible), // 各县区政府承担主体责任
        ("参加", .supporting),        // 市总工会参加
    ]

    /// Words written between the units and their role verb that leave the verb's role as it is:
    /// `各有关部门按职责分工落实`, `市财政局积极配合`, `各县区政府督促落实`, `市公安局、市交通运输局分别牵头`.
    /// A clause may hold several (`按职责积极配合`); the verb after them decides the role.
    static let verbModifiers: [String] = [
        "按职责", "按照职责", "按职能", "按照职能", "依职责", "依据职责", "根据职责", "按职责分工", "按照职责分工",
        "按职能分工", "按照职能分工", "按职能职责", "按各自职责", "按照各自职责", "分工", "各司其职",
        "分别", "共同", "具体", "积极", "认真", "切实", "全力", "主动", "密切", "做好", "抓好", "督促", "组织",
        "协助", "参与", "全面",
    ]

    /// A note after a list saying its first unit leads: `市教育局、市财政局(列第一位的为牵头单位)`.
    /// The note must also hold a lead word (`牵头`).
    static let firstIsLeadWords: [String] = ["第一", "首位", "首个", "排名第一", "排在首位"]
    /// Lead words that such a note holds.
    static let leadWords: [String] = ["牵头", "主责"]

    /// Time limits written as a clause of an attribution: `(市教育局牵头,2024年底前完成)`. A clause
    /// with a digit and one of `deadlineUnits`, or one of `deadlinePhrases`, is the deadline.
    static let deadlineUnits: [String] = ["年", "月"]
    static let deadlinePhrases: [String] = ["长期坚持", "持续推进", "长期", "持续实施"]

    /// Verbs that, written after a unit inside a labelled list, leave the label's role as it is:
    /// `责任单位:各县区政府负责` stays responsible (while `责任单位:市卫健委牵头,…` marks a lead).
    static let weakVerbs: [String] = ["负责", "落实", "负责落实"]

    /// Words that open a note on a unit already listed: `责任单位:区人社局、区教育局,其中区人社局牵头`
    /// (the word is no part of the name; the note gives the unit its role).
    static let listNoteOpeners: [String] = ["其中"]

    /// Titles of persons: a clause before a role verb that is no list of units and holds one
    /// names people (`市委常委、副市长张某某牵头`, `分管领导牵头`, `县长负总责`), never units.
    static let personTitles: [String] = [
        "领导", "书记", "省长", "市长", "州长", "县长", "区长", "镇长", "乡长", "主任", "局长", "部长", "常委",
        "秘书长", "同志", "负责人", "主席",
    ]

    /// The verb between a role label and its units in a bracket: `(责任单位为市民政局)`.
    static let labelCopulas: [String] = ["为", "是"]

    /// Words that may open a verb clause before the units: `(由市卫健委牵头,…)`.
    static let clauseOpeners: [String] = ["由"]

    /// A note that says its rule holds for every later attribution too: `…,下同`.
    static let sameBelowWords: [String] = ["下同", "以下同"]

    /// Words of a blanket sentence inside an attribution, which assigns every later task at once
    /// (`以下各项工作均需各县区政府落实,不再列出`): it is reported, never copied into later items.
    static let blanketWords: [String] = ["不再列出", "不再一一列出", "不再逐项列出", "不再单独列出", "以下各项", "以下任务", "以下工作"]

    /// `由X会同Y负责`: the unit after this word joins the work of the lead.
    static let jointWords: [String] = ["会同", "联合"]

    /// Column names of a task table flattened to text (`序号 | 重点工作任务 | 主要责任单位 | 协同配合单位 | 完成时限`).
    /// Unit columns use `labels` above.
    static let tableColumns: [(word: String, column: TableColumnKind)] = [
        ("序号", .number), ("编号", .number),                     // 序号
        ("重点工作任务", .task), ("重点任务", .task), ("工作任务", .task), // 重点工作任务
        ("主要任务", .task), ("具体任务", .task), ("任务内容", .task),
        ("工作内容", .task), ("工作措施", .task), ("具体措施", .task), ("任务", .task), ("主要内容", .task),
        ("项目内容", .task), ("项目名称", .task),
        ("主要目标任务", .task), ("目标任务", .task), // 序号 | 重点工作 | 主要目标任务 | 牵头部门
        ("改革举措", .task), ("主要举措", .task), ("重点举措", .task), ("工作举措", .task), // 序号 | 改革举措 | 主要内容 | 指导部门
        ("完成时限", .deadline), ("完成时间", .deadline), ("完成期限", .deadline), // 完成时限
        ("时间节点", .deadline), ("时限", .deadline), ("进度安排", .deadline), ("时间安排", .deadline),
    ]

    /// Levels written before a role label in a header cell: `市级牵头单位`, `县直责任单位`.
    static let headerLevelQualifiers: [String] = ["省级", "市级", "县级", "区级", "乡镇级", "市直", "县直", "区直", "省直"]

    /// Endings of a header cell naming a column of unit names that is itself the row's item
    /// (`序号 | 接收单位名称 | 名额`): each row is the work charged to the unit it names, so the
    /// cell is both the task and its responsible unit.
    static let unitNameColumnEndings: [String] = ["单位名称", "部门名称", "机构名称"]

    /// Header cells named in other words than `tableColumns` (`主要工作目标`, `目标任务主要内容`,
    /// `上半年落实情况`): a cell holding a report word is a report column (never the task), else
    /// one holding a task word is a task column, one holding a time word a deadline column.
    static let headerReportWords: [String] = ["情况", "进展", "评价", "备注", "进度", "成效", "说明"]
    static let headerTaskWords: [String] = ["任务", "目标", "工作", "措施", "内容", "项目", "事项"]
    static let headerTimeWords: [String] = ["时限", "期限", "时间"]
    /// Longest header cell read by these words, not counting a period written before the name
    /// (`2023年10-12月份进展情况`: digits, `-` and these scalars).
    static let headerCellMax = 12
    static let headerPeriodScalars: [String] = ["年", "月", "份"]
    /// Header cells that name a column of neither tasks nor units (`序号 类别 主要任务 …`): the
    /// header is still recognized as a whole, the column is read as other.
    static let otherColumns: [String] = ["类别", "类型", "分类", "领域", "备注", "板块"]

    /// Words that open the detail of a task when a table's cells ran together with no separator
    /// (`1增加教育资源供给实施新建…`: the task's name is a noun phrase, its detail opens with an
    /// action): the name ends before the first of these at a word boundary, after
    /// `runTogetherTitleMin` characters. The same words end a run of unit names (`…轨道公司推进…`).
    static let detailOpeners: [String] = [
        "实施", "落实", "完成", "新建", "改建", "扩建", "新增", "推进", "推动", "开展", "建设", "建成", "加快",
        "加强", "提升", "提高", "启动", "组织", "围绕", "按照", "依托", "通过", "持续", "全面", "深入", "积极",
        "计划", "力争", "确保", "为", "对", "在", "到",
    ]
    static let runTogetherTitleMin = 4

    /// Verbs after the subject of a duty sentence in a 保障 section: `教育部门要发挥统筹协调作用`.
    static let mentionVerbs: [String] = ["要", "应当", "应", "须", "必须", "负责", "做好"]

    /// Words that open a clause which is an action, not a subject: `发挥市县区委教育工作领导小组牵头抓总作用`.
    static let mentionStops: [String] = [
        "发挥", "加强", "建立", "健全", "完善", "落实", "推进", "推动", "强化", "坚持", "确保", "支持", "鼓励",
        "由", "对", "将", "把", "在", "按照", "根据", "通过", "各负其责",
    ]

    /// Words in a top-level heading that mark the section of duties (`三、保障措施`, `四、组织保障`).
    static let dutySectionWords: [String] = ["保障", "组织实施"]
}

/// What a column of a flattened task table holds (unit columns are roles instead).
enum TableColumnKind: Sendable, Equatable {
    case number, task, deadline
}
