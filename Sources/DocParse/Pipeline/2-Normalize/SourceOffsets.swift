/// Where each scalar of the normalized text came from in the source: `offsets[i]` is the
/// source offset of normalized scalar `i`, always increasing.
///
/// Stored as runs, not one number per scalar: normalization keeps nearly every scalar one for
/// one and drops a few (the `\r` of `\r\n`, format characters, stray `#`), so between two drops
/// the map is the identity shifted by a constant. A run is its first normalized index and that
/// shift. A document without drops is one run; a flat array was 4 bytes per scalar (13 MB for
/// an 8 MB one-line document, held for the whole parse).
public struct SourceOffsets: RandomAccessCollection, Sendable, Equatable {
    /// Normalized index where each run starts (the first is 0), in order.
    private var runStarts: [Int] = []
    /// Source offset minus normalized index, per run.
    private var shifts: [Int] = []
    /// Source offset of the last scalar appended.
    private var last = -1
    public private(set) var count = 0

    public init() {}

    /// Builds the map from one source offset per normalized scalar (increasing).
    public init<Offsets: Sequence>(_ offsets: Offsets) where Offsets.Element: BinaryInteger {
        for o in offsets { append(Int(o)) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// The source offset of normalized scalar `i` (`0 <= i < count`).
    public subscript(i: Int) -> Int32 {
        precondition(i >= 0 && i < count, "normalized offset out of range")
        if shifts.count == 1 { return Int32(i + shifts[0]) }
        return Int32(i + shifts[runStarts.lastIndex(keyAtMost: i) { $0 }])
    }

    /// Maps the next normalized scalar to source offset `offset` (greater than the last one).
    public mutating func append(_ offset: Int) {
        if count == 0 || offset != last + 1 {
            runStarts.append(count)
            shifts.append(offset - count)
        }
        last = offset
        count += 1
    }

    /// Calls `body` with every normalized index and its source offset, in order, without a
    /// search per index.
    func forEachOffset(_ body: (Int, Int) -> Void) {
        for r in runStarts.indices {
            let end = r + 1 < runStarts.count ? runStarts[r + 1] : count
            for i in runStarts[r]..<end { body(i, i + shifts[r]) }
        }
    }

    /// The map without the normalized scalars at `removed` (ascending indices).
    func removing(_ removed: [Int]) -> SourceOffsets {
        var out = SourceOffsets()
        var k = 0
        forEachOffset { i, o in
            if k < removed.count, removed[k] == i { k += 1; return }
            out.append(o)
        }
        return out
    }

    /// How many runs the map holds (for tests and benchmarks).
    var runCount: Int { runStarts.count }
}
