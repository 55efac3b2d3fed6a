/// A set of scalars as one bit per BMP scalar (8 KB), with the rare scalars above the BMP
/// kept in a small `Set`.
///
/// Scans that ask "may this scalar start (end, belong to) something of a table?" at every
/// position of a text answer with one shift and mask instead of a `Set`/`Dictionary` lookup
/// (a SipHash of the scalar each time). A scan holds the value in a local (`let bits =
/// Self.bits` at function entry): reading a `static let` inside the loop calls `swift_once`
/// on every access, which was 2.3 % of all samples of `parsecli batch` over the corpus
/// (`perf record`, 2026-12-05, mostly `QuantityRecognizer.scan`).
struct ScalarBits: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var astral: Set<UInt32> = []

    init() {}

    init<Scalars: Sequence>(_ scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        for s in scalars { insert(s) }
    }

    mutating func insert(_ s: Unicode.Scalar) {
        let v = s.value
        if v < 0x10000 { words[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { astral.insert(v) }
    }

    mutating func formUnion(_ other: ScalarBits) {
        for k in 0..<words.count { words[k] |= other.words[k] }
        astral.formUnion(other.astral)
    }

    /// Whether `s` is in the set: the same answer as `Set.contains`.
    @inline(__always)
    func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x10000 { return words.withUnsafeBufferPointer { $0[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 } }
        return !astral.isEmpty && astral.contains(v)
    }
}
