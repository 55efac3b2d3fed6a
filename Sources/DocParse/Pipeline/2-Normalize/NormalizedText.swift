/// The text the rules match on, with a map back to the original.
///
/// `text` is the original after width folding, blank/dash/quote unification, line-break
/// unification, removal of scrape artifacts, and traditional-to-simplified mapping (see
/// `Normalizer`). Every normalized scalar comes from exactly one original scalar, recorded
/// in `toSource`, so any range of `text` maps back to a span of the original.
///
/// Rules match on this text so that they need not know about `１２％` versus `12%` or
/// `實施` versus `实施`, while results are still reported against what the document says.
/// Offsets into `text` are *normalized* offsets; convert them with ``span(_:)`` or
/// ``sourceRange(_:)`` before they leave the library.
///
/// ```swift
/// let t = Normalizer.normalize(SourceText("目標：達到９５％"))
/// let r = 3..<t.count                // normalized offsets of 达到95%
/// print(t.string(r))                 // 达到95%
/// print(t.original(r))               // 達到９５％
/// ```
public struct NormalizedText: Sendable {
    /// The original text.
    public let source: SourceText
    /// The normalized scalars.
    public internal(set) var text: [Unicode.Scalar]
    /// For each normalized scalar, the offset of the original scalar it came from (stored as
    /// runs, see ``SourceOffsets``).
    public internal(set) var toSource: SourceOffsets
    /// The lines of `text`, each with its zone.
    public internal(set) var lines: [TextLine]
    /// Repairs and removals made while normalizing (artifacts removed), as diagnostics.
    public internal(set) var diagnostics: [Diagnostic]

    /// The number of normalized scalars (the upper bound of normalized offsets).
    public var count: Int { text.count }

    /// The original offsets covered by a range of normalized offsets.
    ///
    /// An empty range maps to an empty range at the original position of its bound.
    ///
    /// - Parameter r: A range of normalized offsets within `0...count`.
    /// - Returns: Original scalar offsets, from the first covered scalar's origin to just past
    ///   the last one's (so a removed scalar inside the range is covered too).
    public func sourceRange(_ r: Range<Int>) -> Range<Int> {
        if r.isEmpty {
            let at = r.lowerBound < toSource.count ? Int(toSource[r.lowerBound]) : source.count
            return at..<at
        }
        return Int(toSource[r.lowerBound])..<(Int(toSource[r.upperBound - 1]) + 1)
    }

    /// The span in the original text of a range of normalized offsets.
    ///
    /// - Parameter r: A range of normalized offsets.
    /// - Returns: The span, in original scalar offsets with its line and column.
    public func span(_ r: Range<Int>) -> Span { source.span(sourceRange(r)) }

    /// The normalized text of a range (what the rules saw).
    ///
    /// - Parameter r: A range of normalized offsets; clamped to the text.
    /// - Returns: The normalized scalars of the range as a string.
    public func string(_ r: Range<Int>) -> String {
        SourceText.utf8String(text[r.clamped(to: 0..<text.count)])
    }

    /// The original text of a range of normalized offsets, as written in the document.
    ///
    /// - Parameter r: A range of normalized offsets.
    /// - Returns: The original text of ``sourceRange(_:)``, including anything normalization
    ///   dropped inside it.
    public func original(_ r: Range<Int>) -> String { source.string(sourceRange(r)) }

    /// The index of the line holding normalized offset `i`.
    ///
    /// - Parameter i: A normalized offset.
    /// - Returns: An index into `lines` (binary search); an offset on a line break belongs
    ///   to the line it ends.
    public func lineIndex(of i: Int) -> Int {
        lines.lastIndex(keyAtMost: i) { $0.range.lowerBound }
    }
}

/// One line of normalized text (without its `\n`).
///
/// Lines carry a zone so that later stages can skip web-page furniture (menus, share
/// widgets, footers) that a scraped page wraps around the document without deleting it from
/// the text, which would break the offset map.
///
/// ```swift
/// let content = t.lines.filter { $0.zone == .content }.map { t.string($0.range) }
/// ```
public struct TextLine: Sendable, Equatable {
    /// The line's normalized offsets, without its line break.
    public var range: Range<Int>
    /// Whether the line is document text, web-page furniture or blank.
    public var zone: Zone

    /// What a line is part of.
    public enum Zone: String, Sendable, Codable {
        /// Text of the document.
        case content
        /// Web-page furniture: menus, widgets, footers, site disclaimers.
        case boilerplate
        /// Only blanks.
        case blank
    }
}
