/// The rules that keep a quantity from being a target, in the order `TargetExtractor` asks
/// them: the first that holds drops the figure. What each one reads is in
/// `TargetExtractor.excludes`; the named ones have their own function there.
enum TargetExclusion: String, Sendable, CaseIterable {
    /// A number with no unit states nothing to reach (`target.bare-figure` keeps the few that
    /// close a clause naming a ratio or a target verb).
    case bareNumber = "exclude.bare-number"
    /// A ratio (`1:10`) is a proportion, not an amount to reach.
    case ratio = "exclude.ratio"
    /// A spreadsheet cell repeated from the row above (`RepeatedCells`).
    case repeatedCell = "exclude.repeated-cell"
    /// An age says who, not how much: `35周岁以下`; unless a level verb reaches it
    /// (`预期寿命达到80岁`).
    case age = "exclude.age"
    /// The figure is inside a title in book marks: `《…稳定经济增长20条政策措施》`.
    case title = "exclude.title"
    /// The clause hands a document out (`现将《规划》中提出的9项任务进行分解`): it counts the
    /// document's own lists, it sets nothing.
    case handingOut = "exclude.handing-out"
    /// The figure is part of a deadline phrase (`到2025年`, `十四五末`).
    case deadline = "exclude.deadline"
    /// A size class or condition inside a modifier: `拥有3个以上特色项目的学校比例`.
    case threshold = "exclude.threshold"
    /// A clause that names who or what qualifies, closed by 的 before a comma
    /// (`违法所得在10万元以上的,`) or by 时 right after the figure (`超过36个月时,`).
    case condition = "exclude.condition"
    /// In a plan, rules or an opinion, a figure under a heading naming the state reached before
    /// the document (`一、发展现状`): its past, not a target (a report keeps it as an achievement).
    case background = "exclude.background"
    /// A request to another body, earlier in the sentence: `恳请省级财政给予补助资金2亿元`.
    case request = "exclude.request"
    /// In a plan, a figure whose own sentence dates it before the plan's period: its start.
    case pastDeadline = "exclude.past-deadline"
    /// A penalty clause: `处10万元以上的罚款`.
    case sanction = "exclude.sanction"
    /// Where a change starts: `由0.54万元下降至…`.
    case startingValue = "exclude.starting-value"
    /// A duration without a comparator: `满3年`; unless a term noun names it (`有效期3年`).
    case durationAlone = "exclude.duration"
    /// A lone `一` with a measure word and nothing bounding it: `一所`, `一次`; a quota per
    /// period (`每年撰写一篇`) is bounded by its period.
    case loneOne = "exclude.lone-one"
    /// A count of figures: `三个100%`.
    case figureCount = "exclude.figure-count"
    /// An enumeration of aspects: `三个方面`.
    case enumeration = "exclude.enumeration"
    /// A count in Chinese numerals right before a quotation mark names a slogan or a set of
    /// programmes: `抓好两个“关键小事”`, `“七站两场”` (a frequency stays: `每半年召开一次“…”会议`).
    case quotedName = "exclude.quoted-name"
}
