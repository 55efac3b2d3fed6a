import Foundation

/// The byte side of `JSONStreamEncoder`: a buffer of UTF-8 JSON, the stack of open objects and
/// arrays, and the formatting rules of the contract.
///
/// The output must stay byte-identical to what Foundation's `JSONEncoder` wrote before this
/// writer existed (`[.sortedKeys, .withoutEscapingSlashes]`, optionally `.prettyPrinted`, and
/// non-finite numbers as the strings `Infinity`, `-Infinity`, `NaN`): the golden files and
/// every consumer's diffs depend on it. The tests compare the two on every corpus document.
///
/// Why it exists: Foundation's encoder builds a tree of the whole value, then sorts each
/// object's keys while writing, so a document of 1 MB of headings (27 MB of JSON) needed 260 MB
/// and three quarters of the parse time. This writer appends bytes as the values arrive and
/// hands full buffers to a sink, so memory for the JSON is one buffer, not the whole output.
///
/// Keys: objects whose keys arrive in sorted order (all model types write them so) stream
/// straight through. An object whose keys arrive out of order is sorted in place when it
/// closes, which needs its bytes still in the buffer: such an object pins the buffer until it
/// closes. If its start was already handed to the sink, encoding fails with `EncodingError`
/// rather than write unsorted output.
final class JSONByteWriter {
    let pretty: Bool
    private let sink: (([UInt8]) throws -> Void)?
    private let flushThreshold: Int

    fileprivate struct Frame {
        /// Unique per container opened, so that a container kept past its time (a nested
        /// container written to after its parent moved on) is caught, not mixed up with the
        /// container now at its stack index.
        var id: Int
        var isObject: Bool
        var count = 0
        /// Index in `memberKeys`/`memberStarts` of this object's first member.
        var memberBase: Int
        var sorted = true
        /// Absolute offset where the current member's value starts: when nothing was written
        /// there by the time the next member begins, the value was empty and becomes `{}`.
        var valueStart = -1
    }

    /// The mutable state, behind a pointer: the encoder calls in here for every value, and
    /// class stored properties would pay a dynamic exclusivity check on each access (a third
    /// of the encoding time when measured).
    fileprivate struct State: ~Copyable {
        /// Bytes not yet handed to the sink.
        var buffer = OutputBytes(capacity: 4096)
        /// Absolute output offset of `buffer[0]` (bytes before it went to the sink).
        var base = 0
        var stack: [Frame] = []
        // Members of all open objects, flat so that opening an object allocates nothing.
        var memberKeys: [String] = []
        var memberStarts: [Int] = []
        var nextID = 0
        /// The first error met where the `Encoder` protocol cannot throw (opening a nested
        /// container); every later write rethrows it, so it is never lost.
        var failure: (any Error)?
    }

    fileprivate let state: UnsafeMutablePointer<State>

    /// - Parameters:
    ///   - sink: receives the output in pieces of about `flushThreshold` bytes; nil keeps
    ///     everything in `buffer`.
    init(pretty: Bool, flushThreshold: Int = 1 << 16, sink: (([UInt8]) throws -> Void)?) {
        self.pretty = pretty
        self.sink = sink
        self.flushThreshold = flushThreshold
        state = .allocate(capacity: 1)
        state.initialize(to: State(buffer: OutputBytes(capacity: sink == nil ? 4096 : min(flushThreshold, 1 << 20) + 4096)))
    }

    deinit {
        state.pointee.buffer.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The bytes not yet handed to a sink (all of them when there is none).
    var buffer: [UInt8] { state.pointee.buffer.array }

    /// The bytes not yet handed to a sink, as `Data` without a copy; the writer is left empty.
    func takeData() -> Data { state.pointee.buffer.takeData() }

    var depth: Int { state.pointee.stack.count }
    fileprivate var position: Int { state.pointee.base + state.pointee.buffer.count }

    // MARK: Containers

    /// Opens an object or array at the top of the stack and returns its id.
    @discardableResult
    func open(object: Bool) -> Int {
        state.pointee.buffer.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        state.pointee.nextID += 1
        state.pointee.stack.append(Frame(id: state.pointee.nextID, isObject: object, memberBase: state.pointee.memberKeys.count))
        return state.pointee.nextID
    }

    /// The id of the container at stack index `level` (which must exist).
    func frameID(at level: Int) -> Int { state.pointee.stack[level].id }

    /// Keeps `error` to be rethrown by the next write (see `State.failure`).
    func record(_ error: any Error) {
        if state.pointee.failure == nil { state.pointee.failure = error }
    }

    /// Throws a recorded error, or when container `id` is no longer open at `level`.
    private func check(level: Int, id: Int) throws {
        if let f = state.pointee.failure { throw f }
        guard level < state.pointee.stack.count, state.pointee.stack[level].id == id else {
            let e = EncodingError.invalidValue(id, .init(codingPath: [], debugDescription:
                "a JSON container was written to after the container holding it had moved on"))
            record(e)
            throw e
        }
    }

    /// Closes every container above stack index `level` (so that `depth == level` after).
    func close(downTo level: Int) throws {
        if let f = state.pointee.failure { throw f }
        while state.pointee.stack.count > level { try closeTop() }
    }

    private func closeTop() throws {
        let top = state.pointee.stack.count - 1
        fillEmptyValue(of: top)
        let frame = state.pointee.stack[top]
        if frame.isObject && !frame.sorted {
            do { try sortMembers(from: frame.memberBase, level: top) } catch { record(error); throw error }
        }
        state.pointee.stack.removeLast()
        state.pointee.memberKeys.removeSubrange(frame.memberBase...)
        state.pointee.memberStarts.removeSubrange(frame.memberBase...)
        if pretty {
            state.pointee.buffer.append(0x0A)
            if frame.count == 0 { state.pointee.buffer.append(0x0A) }
            indent(state.pointee.stack.count)
        }
        state.pointee.buffer.append(frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// Starts member `key` of the object `id` at stack index `level`: separator, key, colon.
    func beginMember(_ key: String, level: Int, id: Int) throws {
        try check(level: level, id: id)
        try close(downTo: level + 1)
        fillEmptyValue(of: level)
        var frame = state.pointee.stack[level]
        // Checked before anything is written, so a refused key leaves no stray comma.
        if frame.count > 0, frame.sorted, let last = state.pointee.memberKeys.last, !last.utf8.lexicographicallyPrecedes(key.utf8) {
            frame.sorted = false
            if state.pointee.memberStarts[frame.memberBase] < state.pointee.base {
                let e = EncodingError.invalidValue(key, .init(codingPath: [], debugDescription:
                    "JSON keys out of order (\"\(last)\" before \"\(key)\") in an object already written to the output; write the keys of this type in sorted order"))
                record(e)
                throw e
            }
        }
        do { try flushIfFull() } catch { record(error); throw error }
        separator(level: level)
        state.pointee.memberKeys.append(key)
        state.pointee.memberStarts.append(position)
        string(key)
        if pretty {
            literal(" : ")
        } else {
            state.pointee.buffer.append(UInt8(ascii: ":"))
        }
        frame.count += 1
        frame.valueStart = position
        state.pointee.stack[level] = frame
    }

    /// Starts the next element of the array `id` at stack index `level`.
    func beginElement(level: Int, id: Int) throws {
        try check(level: level, id: id)
        try close(downTo: level + 1)
        fillEmptyValue(of: level)
        do { try flushIfFull() } catch { record(error); throw error }
        separator(level: level)
        state.pointee.stack[level].count += 1
        state.pointee.stack[level].valueStart = position
    }

    fileprivate func separator(level: Int) {
        if state.pointee.stack[level].count > 0 { state.pointee.buffer.append(UInt8(ascii: ",")) }
        if pretty {
            state.pointee.buffer.append(0x0A)
            indent(level + 1)
        }
    }

    /// A value slot left empty (an `encode(to:)` that wrote nothing) becomes an empty object,
    /// laid out as Foundation lays one out.
    fileprivate func fillEmptyValue(of level: Int) {
        if state.pointee.stack[level].count > 0, state.pointee.stack[level].valueStart == position {
            state.pointee.buffer.append(UInt8(ascii: "{"))
            if pretty {
                literal("\n\n")
                indent(level + 1)
            }
            state.pointee.buffer.append(UInt8(ascii: "}"))
        }
    }

    private func indent(_ n: Int) {
        for _ in 0..<(2 * n) { state.pointee.buffer.append(0x20) }
    }

    /// Rewrites the members of the object just closed in key order.
    private func sortMembers(from first: Int, level: Int) throws {
        let count = state.pointee.memberKeys.count - first
        let start = state.pointee.memberStarts[first]
        guard start >= state.pointee.base else {
            throw EncodingError.invalidValue(state.pointee.memberKeys[first], .init(codingPath: [], debugDescription:
                "JSON keys out of order in an object already written to the output"))
        }
        let sepLength = pretty ? 2 + 2 * (level + 1) : 1
        var pieces: [(key: String, bytes: [UInt8])] = []
        pieces.reserveCapacity(count)
        for k in 0..<count {
            let s = state.pointee.memberStarts[first + k] - state.pointee.base
            let e = k + 1 < count ? state.pointee.memberStarts[first + k + 1] - state.pointee.base - sepLength : state.pointee.buffer.count
            pieces.append((state.pointee.memberKeys[first + k], state.pointee.buffer.bytes(s..<e)))
        }
        pieces.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(state.pointee.buffer.count - (start - state.pointee.base))
        for (k, p) in pieces.enumerated() {
            if k > 0 {
                out.append(UInt8(ascii: ","))
                if pretty {
                    out.append(0x0A)
                    for _ in 0..<(2 * (level + 1)) { out.append(0x20) }
                }
            }
            out.append(contentsOf: p.bytes)
        }
        state.pointee.buffer.replaceTail(from: start - state.pointee.base, with: out)
    }

    // MARK: Output

    /// Hands the buffer to the sink, keeping the bytes of any open object that still has to
    /// be sorted.
    fileprivate func flushIfFull() throws {
        guard let sink, state.pointee.buffer.count >= flushThreshold else { return }
        var keepFrom = position
        for f in state.pointee.stack where f.isObject && !f.sorted {
            keepFrom = min(keepFrom, state.pointee.memberStarts[f.memberBase])
        }
        let n = keepFrom - state.pointee.base
        guard n > 0 else { return }
        try sink(state.pointee.buffer.bytes(0..<n))
        state.pointee.buffer.removeFirst(n)
        state.pointee.base += n
    }

    /// Closes what is open and hands the rest to the sink.
    func finish() throws {
        try close(downTo: 0)
        if position == 0 {
            // As Foundation: a top-level value must write something.
            throw EncodingError.invalidValue((), .init(codingPath: [], debugDescription: "Top-level value did not encode any values."))
        }
        if let sink, !state.pointee.buffer.isEmpty {
            try sink(state.pointee.buffer.array)
            state.pointee.base += state.pointee.buffer.count
            state.pointee.buffer.removeAll()
        }
    }

    // MARK: Scalars

    private static func hex(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x61 + d - 10 }

    /// Bytes that are already JSON (a number's text).
    func raw(_ s: String) { state.pointee.buffer.append(contentsOf: s.utf8) }

    func null() { literal("null") }

    /// Bytes of a literal (`null`, `true`): an array literal here was built per call.
    @inline(__always)
    fileprivate func literal(_ s: StaticString) {
        state.pointee.buffer.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    func bool(_ v: Bool) {
        if v {
            literal("true")
        } else {
            literal("false")
        }
    }

    func integer<T: BinaryInteger>(_ v: T) {
        guard let m = UInt64(exactly: v.magnitude) else {
            state.pointee.buffer.append(contentsOf: String(v).utf8)
            return
        }
        if v < 0 { state.pointee.buffer.append(UInt8(ascii: "-")) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var n = m
            var k = 20
            repeat {
                k -= 1
                digits[k] = UInt8(truncatingIfNeeded: n % 10) + 0x30
                n /= 10
            } while n > 0
            state.pointee.buffer.append(contentsOf: UnsafeBufferPointer(rebasing: digits[k...]))
        }
    }

    /// Foundation's form: the shortest round-tripping description, without a trailing `.0`;
    /// a non-finite value as the string `NaN`, `Infinity` or `-Infinity`.
    /// A whole `Double` below 10^15 (nearly every figure, span scale and year of a document)
    /// as its integer digits: `description` writes such a value as `N.0` in fixed notation
    /// (exponents start at 2^53), so the bytes are the ones the generic path writes after
    /// dropping `.0`, without building and searching a string per value (`floatingPoint` was
    /// 0.8 % of perf samples of `parsecli batch`, 2026-12-05). `-0.0` keeps the generic path.
    func floatingPoint(_ v: Double) {
        if v.magnitude < 1e15, v == v.rounded(.towardZero), !(v == 0 && v.sign == .minus) {
            integer(Int64(v))
            return
        }
        floatingPointDescription(v)
    }

    func floatingPoint<F: BinaryFloatingPoint & CustomStringConvertible>(_ v: F) {
        floatingPointDescription(v)
    }

    private func floatingPointDescription<F: BinaryFloatingPoint & CustomStringConvertible>(_ v: F) {
        guard v.isFinite else {
            string(v.isNaN ? "NaN" : (v < 0 ? "-Infinity" : "Infinity"))
            return
        }
        var s = v.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        state.pointee.buffer.append(contentsOf: s.utf8)
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\b \t \n \f \r` or `\u00XX`,
    /// everything else (including `/` and non-ASCII) as is.
    func string(_ s: String) {
        var s = s
        s.withUTF8 { bytes in
            state.pointee.buffer.append(UInt8(ascii: "\""))
            guard let base = bytes.baseAddress else {
                state.pointee.buffer.append(UInt8(ascii: "\""))
                return
            }
            let n = bytes.count
            var runStart = 0
            var i = 0
            while i < n {
                // Eight bytes at a time while none needs escaping: most of the text is Han
                // (bytes ≥ 0x80). The byte-by-byte test was 1.3 % of `parsecli batch` samples
                // (perf, 2026-12-05 22:30Z).
                if i + 8 <= n, !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = bytes[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { i += 1; continue }
                if runStart < i { state.pointee.buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                i += 1
                runStart = i
                state.pointee.buffer.append(UInt8(ascii: "\\"))
                switch b {
                case 0x22: state.pointee.buffer.append(0x22)
                case 0x5C: state.pointee.buffer.append(0x5C)
                case 0x08: state.pointee.buffer.append(UInt8(ascii: "b"))
                case 0x09: state.pointee.buffer.append(UInt8(ascii: "t"))
                case 0x0A: state.pointee.buffer.append(UInt8(ascii: "n"))
                case 0x0C: state.pointee.buffer.append(UInt8(ascii: "f"))
                case 0x0D: state.pointee.buffer.append(UInt8(ascii: "r"))
                default:
                    state.pointee.buffer.append(UInt8(ascii: "u"))
                    state.pointee.buffer.append(0x30)
                    state.pointee.buffer.append(0x30)
                    state.pointee.buffer.append(Self.hex(b >> 4))
                    state.pointee.buffer.append(Self.hex(b & 0xF))
                }
            }
            if runStart < n { state.pointee.buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
            state.pointee.buffer.append(UInt8(ascii: "\""))
        }
    }

    /// True when one of the eight bytes of `w` may need escaping in a JSON string: a control
    /// byte (< 0x20), `"` or `\`. Exact for the word (the classic has-less and has-zero-byte
    /// tests), so a false answer lets all eight bytes through.
    @inline(__always)
    private static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- 0x2020_2020_2020_2020) & ~w & high
        let q = w ^ 0x2222_2222_2222_2222
        let quote = (q &- ones) & ~q & high
        let b = w ^ 0x5C5C_5C5C_5C5C_5C5C
        let backslash = (b &- ones) & ~b & high
        return (control | quote | backslash) != 0
    }
}

// MARK: Direct writing

/// Members and elements written by a model type's own `writeJSON` (see `JSONDirectWritable`),
/// not through the `Encoder` protocol. The caller guarantees what the protocol path checks at
/// run time: keys arrive in sorted order and every value is complete when the next member
/// begins. So a direct object records no keys (nothing to sort) and needs no container ids.
extension JSONByteWriter {
    /// Starts member `key` (plain ASCII, no escapes) of the object at stack index `level`.
    func directMember(_ key: StaticString, level: Int) throws {
        fillEmptyValue(of: level)
        do { try flushIfFull() } catch { record(error); throw error }
        separator(level: level)
        state.pointee.buffer.append(UInt8(ascii: "\""))
        state.pointee.buffer.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        literal(pretty ? "\" : " : "\":")
        state.pointee.stack[level].count += 1
        state.pointee.stack[level].valueStart = position
    }

    /// Starts the next element of the array at stack index `level`.
    func directElement(level: Int) throws {
        fillEmptyValue(of: level)
        do { try flushIfFull() } catch { record(error); throw error }
        separator(level: level)
        state.pointee.stack[level].count += 1
        state.pointee.stack[level].valueStart = position
    }

    // MARK: Frameless containers

    /// Opens an object or array that a direct type writes whole, with no frame on the stack:
    /// its member count lives in the returned value. Nothing inside it goes through
    /// `Encodable` or needs sorting, so the frame's checks (ids, empty values, key order)
    /// have nothing to do. Why: `directMember` read and wrote the frame array for every key
    /// (a bounds and a uniqueness check each); with spans, nodes, targets and occurrences
    /// written that way the JSON stage was 10.5 % of `parsecli batch` samples (perf,
    /// 2026-12-05 22:25Z).
    ///
    /// Bytes are the framed path's: `open`, `separator`, `directMember` and `closeTop`.
    @inline(__always)
    func frameless(object: Bool, level: Int) throws -> Frameless {
        do { try flushIfFull() } catch { record(error); throw error }
        state.pointee.buffer.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        return Frameless(level: level)
    }

    /// Separator and key of the next member of the frameless object `o`.
    @inline(__always)
    func member(_ key: StaticString, _ o: inout Frameless) {
        framelessSeparator(&o)
        state.pointee.buffer.append(UInt8(ascii: "\""))
        state.pointee.buffer.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        state.pointee.buffer.append(UInt8(ascii: "\""))
        if pretty { state.pointee.buffer.append(0x20) }
        state.pointee.buffer.append(UInt8(ascii: ":"))
        if pretty { state.pointee.buffer.append(0x20) }
    }

    /// Separator before the next element of the frameless array `a`; a long array hands full
    /// buffers to the sink between elements.
    @inline(__always)
    func element(_ a: inout Frameless) throws {
        do { try flushIfFull() } catch { record(error); throw error }
        framelessSeparator(&a)
    }

    @inline(__always)
    private func framelessSeparator(_ c: inout Frameless) {
        if c.count > 0 { state.pointee.buffer.append(UInt8(ascii: ",")) }
        c.count += 1
        if pretty {
            state.pointee.buffer.append(0x0A)
            indent(c.level + 1)
        }
    }

    /// Closes the frameless object or array `c`.
    @inline(__always)
    func end(_ c: Frameless, object: Bool) {
        if pretty {
            state.pointee.buffer.append(0x0A)
            if c.count == 0 { state.pointee.buffer.append(0x0A) }
            indent(c.level)
        }
        state.pointee.buffer.append(object ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }
}

/// An object or array open in a `JSONByteWriter` without a stack frame (see
/// `JSONByteWriter.frameless(object:level:)`): the stack index it would take, for the pretty
/// layout's indent, and how many members or elements it has so far.
struct Frameless {
    let level: Int
    fileprivate(set) var count = 0
}
