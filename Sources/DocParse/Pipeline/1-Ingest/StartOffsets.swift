extension RandomAccessCollection where Index == Int {
    /// The index of the last element whose key is at most `x`: given the start offsets of
    /// lines, sentences, pages or blocks in order, the one that holds offset `x`.
    /// `startIndex` when `x` lies before the first key or the collection is empty.
    /// One binary search, shared by every "which stretch holds this offset" lookup.
    @inline(__always)
    func lastIndex(keyAtMost x: Int, _ key: (Element) -> Int) -> Int {
        var lo = startIndex
        var hi = endIndex - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if key(self[mid]) <= x { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}

extension RandomAccessCollection where Index == Int {
    /// ``lastIndex(keyAtMost:_:)``, or nil when no key is at most `x` (the collection is empty
    /// or `x` lies before the first key): for lookups where "before everything" means "none".
    @inline(__always)
    func lastIndexIfAny(keyAtMost x: Int, _ key: (Element) -> Int) -> Int? {
        let i = lastIndex(keyAtMost: x, key)
        return i < endIndex && key(self[i]) <= x ? i : nil
    }
}
