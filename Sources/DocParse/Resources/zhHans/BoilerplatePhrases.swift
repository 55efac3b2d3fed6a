// Language data: phrases and shapes of web-page boilerplate around a document's text.
// Engine: Pipeline/2-Normalize/BoilerplateZoner.swift. All entries are in simplified Chinese (the
// zoner matches the simplified shadow text). Each group says why its entries are safe.

enum BoilerplatePhrases {
    /// Phrases that mark a line as boilerplate wherever they occur: no policy text says them.
    /// Example: `陕ICP备14003207号-2    汉中网安:61230001     网站标识码:6107000033`.
    static let anywhere: [String] = [
        "ICP备", "ICP证", "公网安备", "网安备", "网站标识码", "版权所有", "Copyright", "copyright", "©",
        "技术支持:", "本文档由用户上传", "版权归属用户", "请放心下载", "下载前请仔细阅读", "下载文档时",
        "付费完成后", "网站客服", "联系客服", "查看预览时", "您访问的链接即将离开", "是否继续?",
        "继续访问", "保护视力色", "字体颜色", "恢复默认", "【打印本页】", "【关闭窗口】", "打印本页",
        "关闭窗口", "返回顶部", "分享到:", "扫一扫在手机", "用手机扫描", "您现在的位置", "当前位置:",
        "您的位置:", "友情链接", "网站声明", "关于我们联系我们",
    ]

    /// Line prefixes that open a boilerplate line (`责编:admin 返回顶部  打印`).
    static let prefixes: [String] = [
        "责编:", "责编:", "责任编辑:", "编辑:", "审核:", "校对:", "主办单位:", "承办单位:",
        "主办:", "承办:", "维护单位:", "浏览次数", "阅读次数", "点击数", "【字体", "字号:", "字号",
        "温馨提示:",
    ]

    /// Navigation words: a short line made only of these (and separators) is a menu.
    /// `登录 退出`, `打印 | 关闭`, `【大】【中】【小】`. A line like `(三)建立退出机制` is safe:
    /// it has words outside the list.
    static let navigationWords: Set<String> = [
        "登录", "退出", "注册", "首页", "返回", "打印", "关闭", "收藏", "分享", "字号", "大", "中", "小",
        "网站地图", "返回顶部", "关闭窗口", "打印本页", "加入收藏", "设为首页", "无障碍", "长者模式",
        "English", "繁体", "简体", "繁體", "手机版", "搜索", "放弃", "继续访问", "默认", "【大】", "【中】", "【小】",
        "政府信息公开", "信息公开", "字体", "[大]", "[中]", "[小]", "上一篇", "下一篇", "相关链接",
    ]

    /// Separator glyphs that may sit between navigation words.
    static let separators: Set<UInt32> = [
        0x20, 0x7C, 0x2022, 0x00B7, 0x30FB, 0x3E, 0xBB, 0x25AA, 0x25A0, 0x25C6, 0x2605, 0x2F, 0x2014,
    ]

    /// Lines that open the site footer: from the first of these after which no prose
    /// follows, the rest of the page is footer. `网站地图`, `主办单位:…`, `关于我们…`.
    static let footerOpeners: [String] = [
        "网站地图", "主办单位", "ICP备", "版权所有", "关于我们", "联系我们", "网站声明", "返回顶部", "责编:",
        "责任编辑", "公网安备",
    ]

    /// Page-number lines of a printed document carried into the text, between paragraphs
    /// or mid-text: a number between dashes (`— 2 —`, `- 2 -`, `－2－`, `~3~`), or page words
    /// around a number (`第2页`, `第 2 页 共 5 页`, `共5页 第2页`, `第2页/共5页`). Only a line that
    /// is wholly of this shape is a page number, so `—2个重点项目` or `第2页码` stays content.
    /// Dash glyphs (after folding: `－` is `-`, `–―─` are `—`).
    static let pageNumberDashes: Set<UInt32> = [0x2D, 0x2014, 0x7E]
    /// Page words: (opener, closer) around the number. The first pair names the page itself
    /// (`第…页`) and must occur; the others (`共…页`) may follow or precede it.
    static let pageNumberGroups: [(open: String, close: String)] = [("第", "页"), ("共", "页")]
    /// Separators allowed between two page groups, besides blanks: `第2页/共5页`, `第2页,共5页`.
    static let pageNumberJoiners: Set<UInt32> = [0x2F, 0x2C, 0x3001, 0x7C]
}
