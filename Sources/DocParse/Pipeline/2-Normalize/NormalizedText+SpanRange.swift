extension NormalizedText {
    /// The normalized range covering an original span (for regions given by outline nodes, whose
    /// spans are original offsets). Binary search over the offset map: O(log n).
    func normalizedRange(of span: Span) -> Range<Int> {
        func firstAtLeast(_ v: Int) -> Int {
            var lo = 0
            var hi = toSource.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(toSource[mid]) < v { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let lo = firstAtLeast(span.start)
        return lo..<max(lo, firstAtLeast(span.end))
    }
}
