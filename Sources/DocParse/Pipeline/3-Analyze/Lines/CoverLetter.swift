/// The title of a cover letter (`关于征求《…》意见建议的函`): a letter that sends a draft
/// round for comments. It is neither the document's title (the metadata stage skips it) nor
/// part of its outline (the structure stage zones the lines under it apart). Both stages ask
/// this one predicate, so they never disagree about which line is a cover letter.
enum CoverLetter {
    static let prefix: [Unicode.Scalar] = Array(ZoneWords.coverLetterPrefix.unicodeScalars)
    static let endings: [[Unicode.Scalar]] = ZoneWords.coverLetterEndings.map { Array($0.unicodeScalars) }
    /// Longer than this, a line is prose that happens to start with `关于`.
    static let maxLength = 120

    /// Whether `s` (a trimmed line or title candidate) reads as a cover letter's title.
    static func isTitle<C: BidirectionalCollection>(_ s: C) -> Bool where C.Element == Unicode.Scalar {
        guard s.count <= maxLength, s.starts(with: prefix) else { return false }
        return endings.contains { e in s.count >= e.count && s.suffix(e.count).elementsEqual(e) }
    }
}
