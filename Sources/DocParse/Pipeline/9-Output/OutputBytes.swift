import Foundation

/// The JSON writer's bytes: one `malloc` block grown by `realloc`, with no uniqueness or
/// capacity bookkeeping of `Array` on each append.
///
/// Why hand-written: with `[UInt8]` the appends of the direct writer (`append(contentsOf:)`,
/// `isUniquelyReferenced`, `_makeUniqueAndReserveCapacity`) and the growth copies (`memmove`,
/// page faults) were 2.5 % of `docparse-bench` samples (perf, 2026-12-05 22:45Z), and
/// `JSONOutput.encode` copied the finished array once more into `Data`. A grown block is
/// handed to `Data` without a copy, and `realloc` grows a large block in place by remapping
/// its pages rather than copying them.
///
/// Not copyable: the writer owns the one value behind its state pointer and frees it in its
/// `deinit`; a copy would share the block and dangle after the next `realloc`.
struct OutputBytes: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(64, capacity)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    /// Frees the block (the writer's `deinit`).
    func deallocate() { free(base) }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        var c = capacity
        while c < needed { c *= 2 }
        base = realloc(base, c)!.assumingMemoryBound(to: UInt8.self)
        capacity = c
    }

    @inline(__always)
    mutating func append(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf p: UnsafeBufferPointer<UInt8>) {
        guard let src = p.baseAddress, p.count > 0 else { return }
        reserve(p.count)
        (base + count).update(from: src, count: p.count)
        count += p.count
    }

    mutating func append<S: Sequence>(contentsOf s: S) where S.Element == UInt8 {
        for b in s { append(b) }
    }

    /// A copy of the bytes in `r`.
    func bytes(_ r: Range<Int>) -> [UInt8] {
        Array(UnsafeBufferPointer(start: base + r.lowerBound, count: r.count))
    }

    /// A copy of all the bytes.
    var array: [UInt8] { bytes(0..<count) }

    /// Replaces the bytes from `start` to the end with `new`.
    mutating func replaceTail(from start: Int, with new: [UInt8]) {
        count = start
        new.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    /// Drops the first `n` bytes (handed to a sink), moving the rest to the front.
    mutating func removeFirst(_ n: Int) {
        let rest = count - n
        if rest > 0 { base.update(from: base + n, count: rest) }
        count = rest
    }

    mutating func removeAll() { count = 0 }

    /// The bytes as `Data`, without a copy: the block goes to the `Data`, which frees it;
    /// this value starts over empty.
    mutating func takeData() -> Data {
        // Trimmed to its bytes first: the block may be up to twice `count`, and the `Data`
        // can outlive the writer (shrinking a block realloc keeps in place).
        if capacity > count + 64 { base = realloc(base, max(count, 1))!.assumingMemoryBound(to: UInt8.self) }
        let data = Data(bytesNoCopy: base, count: count, deallocator: .free)
        capacity = 64
        base = malloc(capacity)!.assumingMemoryBound(to: UInt8.self)
        count = 0
        return data
    }
}
