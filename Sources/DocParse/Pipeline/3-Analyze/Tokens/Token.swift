/// A token of normalized text. `range` is in normalized offsets; map it to the original
/// with `NormalizedText.span(_:)`.
///
/// Tokens are a debugging and tooling view (`parsecli tokens`) more than a pipeline stage:
/// most extractors scan scalars directly. A token keeps only its kind and range, so the
/// text is always read from the ``NormalizedText`` it came from.
///
/// ```swift
/// let t = Normalizer.normalize(SourceText("提高到93%"))
/// let last = Lexer.tokenize(t).last!
/// print(last.kind, t.original(last.range), t.span(last.range).start)   // percent 93% 3
/// ```
public struct Token: Sendable, Equatable {
    /// What a token is; the raw values are the names `parsecli tokens` prints.
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
        /// One punctuation or symbol scalar (see ``CharClass/isPunctuation(_:)``).
        case punctuation
        /// A word of Han characters (ICU dictionary segmentation).
        case cjkWord
        /// A run of ASCII letters.
        case latinWord
        /// A run of spaces (all blanks are spaces after normalization).
        case space
        /// One line break.
        case newline
        /// Any other scalar, one per token.
        case other
    }

    /// What the token is.
    public var kind: Kind
    /// The token's normalized offsets.
    public var range: Range<Int>

    /// Creates a token.
    ///
    /// - Parameters:
    ///   - kind: What the token is.
    ///   - range: Its normalized offsets.
    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
