// Language data for reading titles, issuers and dates out of wrapped and scraped documents.
// Engine: Pipeline/4-Metadata (TitleText, TitleFinder, SignatureFinder, MetadataExtractor).

enum MetadataWords {
    /// `X关于…的通知`: the word after the issuer of a notice title.
    static let about = "关于"
    /// Header field labels that name the document (`标题：…`, `名称：…` on a listing page).
    static let titleLabels: [String] = ["标题", "名称"]
    /// Verbs of a notice that hands down a document (`关于印发《X》的通知`): the title is X's.
    /// `转发` is not here: a notice that forwards another body's document is the document.
    static let issuingVerbs: [String] = ["印发", "颁布", "发布", "公布"]
    /// The ending of a notice title.
    static let noticeEnding = "的通知"
    /// Phrases of a covering notice that hand the named document down
    /// (`现将《X》印发给你们`, `《X》已经…同意,现印发给你们`, `《X》…现予公布`).
    static let distributionPhrases: [String] = ["印发给你们", "现印发", "现予印发", "现予公布", "予以公布", "现予发布", "印发实施"]
    /// Words of a page's location line (breadcrumb), never a title.
    static let breadcrumbWords: [String] = ["当前位置", "所在位置", "所在的位置", "您的位置", "当前的位置"]
    /// Separators between the steps of a breadcrumb path (`政务公开 > 政策文件`).
    static let breadcrumbSeparators: [String] = [">", "»", "›"]
    /// The first item of a breadcrumb path.
    static let homePage = "首页"
    /// File-name extensions a document-sharing page writes after the title (`X行动计划.pdf`).
    static let fileExtensions: [String] = [".pdf", ".docx", ".doc", ".xlsx", ".xls", ".wps", ".txt", ".ofd"]
    /// Qualifiers after a title's kind word: `管理办法(试行)`.
    static let titleQualifiers: [String] = ["试行", "暂行", "修订", "修订稿", "修正"]
    /// Title endings of kinds the main table lacks, checked after it.
    static let moreEndings: [(word: String, type: DocType)] = [
        ("责任分解", .taskList), ("任务分解", .taskList), ("分解表", .taskList), ("分工方案", .implementationPlan), ("清单", .taskList), ("措施", .opinion), ("举措", .opinion),
        ("决定", .regulation), ("函", .notice),
        ("工作安排", .workPoints), ("任务表", .taskList), ("公告", .notice), ("通告", .notice),
    ]
    /// Title endings that also end the first line of a longer title broken over lines
    /// (`立山区政府2023年重点工作` / `任务分解和责任分工方案`): a line ending so is the title only
    /// when it stands alone as the document's first line and nothing continues it
    /// (`某县2024年重点工作任务` then `一、经济发展`).
    static let weakEndings: [(word: String, type: DocType)] = [
        ("重点工作任务", .taskList), ("工作任务", .taskList), ("重点工作", .workPoints), ("重点任务", .taskList),
    ]
    /// `…人民代表大会常务委员会第三十八次会议通过`: the body that adopted a law is its issuer.
    static let adoptedBy = "会议通过"
    /// The label of the government-information index number: `索引号: 000014349/2023-91150`.
    static let indexNumberLabels: [String] = ["索引号"]
    /// Words before a document number that cite another document (`根据…〔2022〕1号`): such
    /// a number is not the document's own.
    static let citingWords: [String] = ["根据"]
    /// Sources a page names that are no body at all (`来源: 网络`): never an issuer.
    static let anonymousSources: [String] = ["网络"]
    /// Phrases of a covering notice that forwards another body's document to its readers
    /// (`现转发给你们`): the notice is the document, and its signature is the document's.
    static let forwardingPhrases: [String] = ["转发给你们"]
    /// `中华人民共和国国务院令第432号`: the mark of an order after its issuer, and the country's
    /// name an order of a national body opens with (the issuer is `国务院`).
    static let orderMark = "令"
    static let nationalPrefix = "中华人民共和国"
    /// The mark after a number: an order's `第432号`, a document number's `〔2022〕1号`.
    static let numberSuffix = "号"
    /// Header labels of the date a document was signed or issued (not a page's publication
    /// date): a signature date that differs is worth a diagnostic.
    static let issueDateLabels: [String] = ["成文日期", "发文日期", "印发日期"]
    /// The meeting-number word before `会议通过` (`第三十八次`): cut from the adopting body.
    static let meetingOrdinalPrefix = "第"
}
