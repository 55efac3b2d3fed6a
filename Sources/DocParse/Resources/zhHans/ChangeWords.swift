// Language data: words that make a figure an amount of change rather than a level. Engine:
// Pipeline/6-Targets/ChangeFinder.swift. A verb counts only when the figure follows it directly
// (`下降15%`); with 到/至/为 between them the figure is the level reached (`下降到5%`).

enum ChangeWords {
    /// Verbs of increase written right before the figure. `提高5个百分点`, `增长10%`.
    static let increase: [String] = [
        "提高了", "提高", "提升了", "提升", "增长了", "增长", "增加了", "增加", "上升了", "上升",
        "上涨", "扩大", "增幅",
    ]
    /// Verbs of decrease written right before the figure. `下降15%`, `压减20%`.
    static let decrease: [String] = [
        "下降了", "下降", "降低了", "降低", "减少了", "减少", "压减", "缩减", "削减", "缩短", "压缩",
        "降幅", "下调",
    ]
    /// Words that may stand between the verb and the figure without making it a level:
    /// `下降超过10%`, `分别提高2个、3个百分点`, `增长约5%`.
    static let between: [String] = [
        "不低于", "不少于", "不超过", "不高于", "超过", "至少", "分别", "均", "约", "近", "达",
    ]
    /// Words that introduce a baseline year: `比2020年`, `较2020年底`, `相比2020年`.
    static let baseline: [String] = ["相比", "相较", "较", "比"]
    /// Words after a year that make it a baseline: `与2020年相比`, `不超过2012年水平`,
    /// `在2023年基础上`.
    static let baselineAfter: [String] = ["相比", "相较", "水平", "水准", "基础上"]
}
