/// The marker styles of Chinese official documents. `rawValue` is the stable `style` name of
/// the JSON contract (``OutlineNode/style``).
public enum MarkerStyle: String, Codable, Sendable, CaseIterable {
    /// `第一章`
    case chapter
    /// `第一节`
    case section
    /// `第一部分`, `第一篇`
    case part
    /// `第一条`
    case article
    /// `一、` `一.` `一,` `一 `
    case cnComma = "cn-comma"
    /// `(一)` `〔一〕`
    case cnParen = "cn-paren"
    /// `1.` `1、` `1,` `⒈`
    case numDot = "num-dot"
    /// `(1)` `1)` `⑴`
    case numParen = "num-paren"
    /// `①`
    case circled
    /// `(a)` `a)`
    case latinParen = "latin-paren"
    /// `a.`
    case latinDot = "latin-dot"

    /// The marker a reader would write for `ordinal` in this style, used in task paths
    /// (`三/(一)/1`) and when a lost marker is restored without a sibling to copy.
    func label(_ ordinal: Int) -> String {
        switch self {
        case .chapter, .section, .part, .article:
            let word = HeadingMarkers.ordinalWords.first { $0.style == self }!.word
            return "\(HeadingMarkers.ordinalPrefix)\(ChineseNumerals.format(ordinal))\(word)"
        case .cnComma: return ChineseNumerals.format(ordinal)
        case .cnParen: return "(\(ChineseNumerals.format(ordinal)))"
        case .numDot: return String(ordinal)
        case .numParen: return "(\(ordinal))"
        case .circled: return ChineseNumerals.circled(ordinal)
        case .latinParen: return "(\(ChineseNumerals.latin(ordinal)))"
        case .latinDot: return ChineseNumerals.latin(ordinal)
        }
    }

    /// The full marker (`三、`, `(八)`, `1.`), used when restoring a marker with no sibling
    /// marker of the same style to copy the punctuation from.
    func canonicalMarker(_ ordinal: Int) -> String {
        switch self {
        case .cnComma: return label(ordinal) + "、"
        case .numDot, .latinDot: return label(ordinal) + "."
        default: return label(ordinal)
        }
    }

    /// Whether the number of the style is written in Chinese numerals.
    var usesChineseNumerals: Bool {
        switch self {
        case .chapter, .section, .part, .article, .cnComma, .cnParen: return true
        default: return false
        }
    }
}
