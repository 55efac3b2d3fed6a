import Testing
@testable import DocParse
import DocParseFuzzSupport

/// Inputs the fuzzers found crashing, kept as regressions (scripts/fuzz; BENCHMARKS.md).
@Suite("Fuzz findings stay fixed")
struct FuzzRegressionTests {
    static let findings: [(String, [UInt8])] = [
        // A figure running past its clause (the clause was cut at the thousands comma):
        // an inverted range trapped in the target extractor.
        ("percent with a thousands comma", Array("百分之1,669".utf8)),
        ("thousands comma after a target verb", Array("到2025年,覆盖率达到百分之1,669以上,新增学位1,200个。".utf8)),
    ]

    @Test("Each finding parses, strict and lenient, and its output keeps every invariant")
    func findings() throws {
        for (name, bytes) in Self.findings {
            for lenient in [false, true] {
                let doc = try DocumentParser.parse(bytes: bytes, options: ParseOptions(lenient: lenient))
                FuzzChecks.check(doc)
                #expect(doc.source.bytes == bytes.count, "\(name)")
            }
        }
    }
}
