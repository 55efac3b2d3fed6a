/// A token of normalized text. `range` is in normalized offsets; map it to the original
/// with `NormalizedText.span(_:)`.
public struct Token: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// A list-marker candidate at the start of a line (`一、` `(一)` `1.` `(1)` `①` `第一条`).
        case listMarker
        /// Arabic digits with decimals or thousands separators (`1,200.5`).
        case arabicNumber
        /// A run of Chinese numerals (`三千五百万`, `两`, `〇`).
        case chineseNumeral
        /// A percent form (`93%`, `百分之八十五`).
        case percent
        /// A four-digit year followed by `年` (`2023年`).
        case year
        case punctuation
        /// A word of Han characters (ICU dictionary segmentation).
        case cjkWord
        case latinWord
        case space
        case newline
        case other
    }

    public var kind: Kind
    public var range: Range<Int>

    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
