import Foundation
import Testing
@testable import DocParse

/// DocParse writes JSON with its own streaming encoder; the contract is the byte format that
/// Foundation's `JSONEncoder` gives with sorted keys, so these tests hold the two side by side.
@Suite("JSON output (streaming encoder)")
struct JSONOutputTests {
    static func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        var format: JSONEncoder.OutputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        if pretty { format.insert(.prettyPrinted) }
        encoder.outputFormatting = format
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func streamed<T: Encodable>(_ value: T, pretty: Bool, chunkSize: Int) throws -> (String, chunks: Int) {
        var out: [UInt8] = []
        var chunks = 0
        try JSONOutput.write(value, pretty: pretty, chunkSize: chunkSize) { out += $0; chunks += 1 }
        return (String(decoding: out, as: UTF8.self), chunks)
    }

    static func documents() throws -> [(String, Document)] {
        var docs: [(String, Document)] = []
        for name in TestPaths.corpusNames {
            docs.append((name, try DocumentParser.parse(bytes: TestPaths.corpusBytes(name), options: ParseOptions(path: name))))
        }
        for (k, text) in SchemaTests.generated.enumerated() {
            docs.append(("generated-\(k)", DocumentParser.parse(text: text)))
        }
        return docs
    }

    @Test("Every corpus and generated document: the same bytes as Foundation's encoder, compact and pretty")
    func sameBytesAsFoundation() throws {
        for (name, doc) in try Self.documents() {
            for pretty in [false, true] {
                let ours = try JSONOutput.string(doc, pretty: pretty)
                let theirs = try Self.foundation(doc, pretty: pretty)
                #expect(ours == theirs, "\(name) pretty=\(pretty): first difference at UTF-8 offset \(Self.firstDifference(ours, theirs))")
            }
        }
    }

    @Test("Streaming with a one-byte chunk gives the same bytes: every model type writes its keys in sorted order")
    func streamsInSortedOrder() throws {
        for (name, doc) in try Self.documents() {
            let whole = try JSONOutput.string(doc)
            let (streamed, chunks) = try Self.streamed(doc, pretty: false, chunkSize: 1)
            #expect(streamed == whole, "\(name)")
            #expect(chunks > 1, "\(name): the output was not streamed")
            let (prettyStreamed, _) = try Self.streamed(doc, pretty: true, chunkSize: 1)
            #expect(prettyStreamed == (try JSONOutput.string(doc, pretty: true)), "\(name)")
            #expect(try JSONDecoder().decode(Document.self, from: Data(streamed.utf8)) == doc, "\(name): round trip")
        }
    }

    @Test("Escapes, numbers and empty containers as Foundation writes them")
    func scalarForms() throws {
        var controls = ""
        for c in 0..<0x30 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(c))) }
        let strings = [controls, "\u{7F}\u{80}\u{2028}\u{2029}\u{FEFF}\u{FFFD}中文/\\\"", "", "𠀀😀", "a\u{0}b"]
        let doubles: [Double] = [0, -0.0, 1, 1.5, 0.1, 100, 1e15, 1e16, 1.2e21, 123456789012345680, 1e-5, 2.5e-7,
                                 93.5, 12000, 1.0 / 3, .leastNonzeroMagnitude, .greatestFiniteMagnitude, .infinity, -.infinity, .nan]
        let ints: [Int64] = [0, 1, -1, 9, 10, -10, .min, .max, 1_234_567_890]
        struct Shapes: Encodable {
            var empty: [Int] = []
            var emptyNested: [[String]] = [[], ["x"]]
            var none: String? = nil
            var map: [String: Int] = [:]
            var floats: [Float] = [1.5, 0.1, .infinity]
            var unsigned: [UInt64] = [0, .max]
            var flag = true
        }
        for pretty in [false, true] {
            #expect(try JSONOutput.string(strings, pretty: pretty) == Self.foundation(strings, pretty: pretty))
            #expect(try JSONOutput.string(doubles, pretty: pretty) == Self.foundation(doubles, pretty: pretty))
            #expect(try JSONOutput.string(ints, pretty: pretty) == Self.foundation(ints, pretty: pretty))
            #expect(try JSONOutput.string(Shapes(), pretty: pretty) == Self.foundation(Shapes(), pretty: pretty))
            #expect(try JSONOutput.string("top", pretty: pretty) == Self.foundation("top", pretty: pretty))
        }
    }

    @Test("A byte to escape at every place of a long string (the writer skips eight plain bytes at a time): as Foundation writes it")
    func escapesAtEveryOffset() throws {
        var strings: [String] = []
        for escaped in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\t"] {
            for filler in ["a", "中", "é"] {
                for at in 0..<20 {
                    strings.append(String(repeating: filler, count: at) + escaped + String(repeating: filler, count: 19 - at))
                }
            }
        }
        // Bytes next to the ones to escape: 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F and a byte 0xA2 (in `¢`).
        strings.append(String(repeating: " !#[]\u{7F}¢", count: 5))
        for pretty in [false, true] {
            #expect(try JSONOutput.string(strings, pretty: pretty) == Self.foundation(strings, pretty: pretty))
        }
    }

    @Test("Objects whose keys arrive unsorted (dictionaries, synthesized types) are sorted, nested too")
    func unsortedKeysAreSorted() throws {
        var rng = SplitMix64(seed: 8)
        let alphabet = Array("aAbB_z0中é ")
        for _ in 0..<200 {
            var map: [String: [String: Double]] = [:]
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                let key = String((0..<Int.random(in: 0...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
                var inner: [String: Double] = [:]
                for _ in 0..<Int.random(in: 0...5, using: &rng) {
                    inner[String(alphabet.randomElement(using: &rng)!)] = Double(Int.random(in: -1000...1000, using: &rng)) / 8
                }
                map[key] = inner
            }
            for pretty in [false, true] {
                #expect(try JSONOutput.string(map, pretty: pretty) == Self.foundation(map, pretty: pretty))
            }
            // Small unsorted objects stream too: they are held only until they close.
            #expect(try Self.streamed(map, pretty: false, chunkSize: 1 << 16).0 == JSONOutput.string(map))
        }
    }

    @Test("An unsorted object larger than a chunk cannot stream: an EncodingError, never unsorted output")
    func unsortedLargeObjectFailsToStream() throws {
        var map: [String: Int] = [:]
        for k in 0..<2000 { map["key\(k)"] = k }
        #expect(throws: EncodingError.self) { _ = try Self.streamed(map, pretty: false, chunkSize: 1) }
        // Without a sink nothing is flushed early, so the same value encodes whole.
        #expect(try JSONOutput.string(map) == Self.foundation(map, pretty: false))
    }

    @Test("An error thrown by the sink stops the encoding and is rethrown")
    func sinkErrorsPropagate() throws {
        struct Full: Error {}
        let doc = try DocumentParser.parse(bytes: TestPaths.corpusBytes(TestPaths.corpusNames[1]))
        var calls = 0
        #expect(throws: Full.self) {
            try JSONOutput.write(doc, chunkSize: 64) { _ in
                calls += 1
                if calls == 3 { throw Full() }
            }
        }
        #expect(calls == 3)
    }

    static func firstDifference(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        return (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
    }

    // Edge paths of the Encoder protocol (found by review; none is used by the model types).

    struct UsesSuper: Encodable {
        enum K: String, CodingKey { case a }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(1, forKey: .a)
            var s = c.superEncoder().singleValueContainer()
            try s.encode("base")
        }
    }

    struct Special: Encodable {
        var url = URL(string: "https://example.org/a?b=1")!
        var data = Data([0, 1, 2, 250, 255])
        var decimal = Decimal(string: "3.14159")!
        var empty = EmptyValue()
        struct EmptyValue: Encodable { func encode(to encoder: Encoder) throws {} }
    }

    @Test("superEncoder, URL, Data, Decimal and a value that writes nothing: as Foundation writes them")
    func protocolEdges() throws {
        for pretty in [false, true] {
            #expect(try JSONOutput.string(UsesSuper(), pretty: pretty) == Self.foundation(UsesSuper(), pretty: pretty))
            #expect(try JSONOutput.string(Special(), pretty: pretty) == Self.foundation(Special(), pretty: pretty))
        }
        #expect(throws: EncodingError.self) { _ = try JSONOutput.string(Special.EmptyValue()) }
    }

    struct StaleNested: Encodable {
        enum K: String, CodingKey { case a, b }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            var inner = c.nestedUnkeyedContainer(forKey: .a)
            try inner.encode(1)
            try c.encode(2, forKey: .b)
            try inner.encode(3) // the nested array was closed when `b` began
        }
    }

    struct NestedFirst: Encodable {
        enum K: String, CodingKey { case a, b }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(String(repeating: "x", count: 100), forKey: .a)
            var inner = c.nestedContainer(keyedBy: K.self, forKey: .b)
            try inner.encode(1, forKey: .a)
        }
    }

    @Test("A container written to after its parent moved on, and a sink error met while opening a nested container: errors, never a crash or lost error")
    func protocolMisuseAndSinkErrors() throws {
        #expect(throws: EncodingError.self) { _ = try JSONOutput.string(StaleNested()) }
        struct Broken: Error {}
        #expect(throws: Broken.self) {
            try JSONOutput.write(NestedFirst(), chunkSize: 1) { _ in throw Broken() }
        }
        // A chunk size too large to reserve is not reserved.
        #expect(try Self.streamed(NestedFirst(), pretty: false, chunkSize: .max).0 == JSONOutput.string(NestedFirst()))
    }
}

