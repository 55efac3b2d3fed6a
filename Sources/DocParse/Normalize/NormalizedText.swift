/// The text the rules match on, with a map back to the original.
///
/// `text` is the original after width folding, blank/dash/quote unification, line-break
/// unification, removal of scrape artifacts, and traditional-to-simplified mapping (see
/// `Normalizer`). Every normalized scalar comes from exactly one original scalar, recorded
/// in `toSource`, so any range of `text` maps back to a span of the original.
public struct NormalizedText: Sendable {
    /// The original text.
    public let source: SourceText
    /// The normalized scalars.
    public internal(set) var text: [Unicode.Scalar]
    /// For each normalized scalar, the offset of the original scalar it came from.
    public internal(set) var toSource: [Int32]
    /// The lines of `text`, each with its zone.
    public internal(set) var lines: [TextLine]
    /// Repairs and removals made while normalizing (artifacts removed), as diagnostics.
    public internal(set) var diagnostics: [Diagnostic]

    public var count: Int { text.count }

    /// The original offsets covered by a range of normalized offsets.
    public func sourceRange(_ r: Range<Int>) -> Range<Int> {
        if r.isEmpty {
            let at = r.lowerBound < toSource.count ? Int(toSource[r.lowerBound]) : source.count
            return at..<at
        }
        return Int(toSource[r.lowerBound])..<(Int(toSource[r.upperBound - 1]) + 1)
    }

    /// The span in the original text of a range of normalized offsets.
    public func span(_ r: Range<Int>) -> Span { source.span(sourceRange(r)) }

    /// The normalized text of a range (what the rules saw).
    public func string(_ r: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: text[r.clamped(to: 0..<text.count)])
        return String(s)
    }

    /// The original text of a range of normalized offsets, as written in the document.
    public func original(_ r: Range<Int>) -> String { source.string(sourceRange(r)) }

    /// The index of the line holding normalized offset `i`.
    public func lineIndex(of i: Int) -> Int {
        var lo = 0
        var hi = lines.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].range.lowerBound <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}

/// One line of normalized text (without its `\n`).
public struct TextLine: Sendable, Equatable {
    public var range: Range<Int>
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
