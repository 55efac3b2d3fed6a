/// A marker shape found at the start of a line (or inside a heading line), before the
/// sequence decides whether it is a marker.
struct MarkerCandidate: Sendable, Equatable {
    /// How the marker is written: the marker-form rules, whose raw values name them in
    /// `parsecli parse --trace`.
    enum Form: String, Sendable, Equatable, CaseIterable {
        /// Written whole: `一、` `(一)` `1.` `(1)` `①` `第一条`.
        case intact = "marker.intact"
        /// The numeral followed by blanks instead of punctuation: `一 总体要求`.
        case spaced = "marker.spaced"
        /// The punctuation after the number lost: `1推进…`.
        case lostPunctuation = "marker.lost-punctuation"
        /// The opening bracket lost: `八)实施…`.
        case lostOpenBracket = "marker.lost-open-bracket"
        /// The closing bracket lost: `(八实施…`.
        case lostCloseBracket = "marker.lost-close-bracket"
        /// The number lost with or without its bracket: `)实施…`, `、文件起草过程`.
        case lostNumber = "marker.lost-number"

        /// Damaged and weak forms are accepted only where the sequence expects them.
        var needsExpectation: Bool { self != .intact }
        var isRepair: Bool { self != .intact && self != .spaced }

        var explanation: String {
            switch self {
            case .intact: return "written whole"
            case .spaced: return "the punctuation after the number was a blank"
            case .lostPunctuation: return "the punctuation after the number was lost"
            case .lostOpenBracket: return "the opening bracket was lost"
            case .lostCloseBracket: return "the closing bracket was lost"
            case .lostNumber: return "the number before it was lost"
            }
        }
    }

    /// The styles the marker may be. One, except when the number was lost (`)` may end a
    /// `(八)` or a `(8)`): the sequence picks.
    var styles: [MarkerStyle]
    /// The number, nil when it was lost.
    var ordinal: Int?
    var form: Form
    /// The normalized range of the marker as written (`)` for `)实施…`).
    var range: Range<Int>
    /// Where the item's own text starts (after blanks and stray `#`).
    var bodyStart: Int
}
