import CICU

/// ICU's dictionary-based word segmentation over runs of normalized scalars.
///
/// Not `Sendable`: one instance per thread. The compiled break rules are reused across
/// calls (`reset`), so segmenting many short runs does not reopen the iterator.
///
/// Chinese has no spaces between words, so word boundaries come from ICU's dictionary.
/// Boundaries are scalar offsets, converted from ICU's UTF-16 positions, so they index the
/// same arrays as every other offset in DocParse.
///
/// ```swift
/// let text = Array("加强师资队伍建设".unicodeScalars)
/// let cuts = WordBreaker().boundaries(in: text, range: 0..<text.count)   // e.g. [0, 2, 4, 6, 8]
/// ```
public final class WordBreaker {
    private var handle: OpaquePointer?
    private var utf16: [UInt16] = []
    private var unitToScalar: [Int32] = []

    /// Creates a breaker; the ICU iterator is opened lazily on first use.
    public init() {}

    deinit {
        if let h = handle { cicu_wordbreak_close(h) }
    }

    /// Word boundaries inside `range` of `text`, as scalar offsets (including both ends).
    ///
    /// - Parameters:
    ///   - text: The scalars to segment (normally a Han run of normalized text).
    ///   - range: The part of `text` to segment.
    /// - Returns: Increasing offsets from `range.lowerBound` to `range.upperBound`; just
    ///   the two ends when ICU cannot open an iterator, and only the start for an empty range.
    public func boundaries(in text: [Unicode.Scalar], range: Range<Int>) -> [Int] {
        utf16.removeAll(keepingCapacity: true)
        unitToScalar.removeAll(keepingCapacity: true)
        for i in range {
            let v = text[i].value
            if v >= 0x10000 {
                let w = v - 0x10000
                utf16.append(UInt16(0xD800 + (w >> 10)))
                utf16.append(UInt16(0xDC00 + (w & 0x3FF)))
                unitToScalar.append(Int32(i))
                unitToScalar.append(Int32(i))
            } else {
                utf16.append(UInt16(v))
                unitToScalar.append(Int32(i))
            }
        }
        unitToScalar.append(Int32(range.upperBound))
        guard !utf16.isEmpty else { return [range.lowerBound] }
        let ok: Bool = utf16.withUnsafeBufferPointer { buf in
            if let h = handle {
                return cicu_wordbreak_reset(h, buf.baseAddress, Int32(buf.count)) == 0
            }
            handle = cicu_wordbreak_open(buf.baseAddress, Int32(buf.count))
            return handle != nil
        }
        guard ok, let h = handle else { return [range.lowerBound, range.upperBound] }
        var result = [range.lowerBound]
        // The iterator holds a pointer into utf16, which stays alive and unchanged here.
        while true {
            let b = cicu_wordbreak_next(h)
            if b < 0 { break }
            let s = Int(unitToScalar[Int(b)])
            if s != result.last { result.append(s) }
        }
        return result
    }
}
