import Testing
@testable import DocParse

/// The traditional-to-simplified table is language data generated from ICU
/// (`scripts/gen-traditional-table`); it must give exactly what ICU's transliterator gives, so
/// reading the stored table instead of opening the transliterator changes no output.
@Suite("Traditional shadow table")
struct TraditionalShadowTests {
    @Test("the stored table equals ICU's Traditional-Simplified, code point by code point")
    func tableMatchesICU() {
        let stored = TraditionalShadow.table
        let icu = TraditionalShadow.icuTable()
        #expect(stored.count == icu.count)
        var differences: [String] = []
        for i in 0..<min(stored.count, icu.count) where stored[i] != icu[i] {
            let cp = TraditionalShadow.first + UInt32(i)
            differences.append("U+\(String(cp, radix: 16, uppercase: true)): stored U+\(String(stored[i], radix: 16, uppercase: true)), ICU U+\(String(icu[i], radix: 16, uppercase: true))")
        }
        #expect(differences.isEmpty, "run scripts/gen-traditional-table and read the diff:\n\(differences.prefix(20).joined(separator: "\n"))")
    }

    @Test("the pairs are read: traditional forms map to simplified ones, other scalars stay")
    func simplifies() {
        TraditionalShadow.table.withUnsafeBufferPointer { table in
            let mapped = (TraditionalShadow.first...TraditionalShadow.last).filter { TraditionalShadow.simplify($0, table) != $0 }
            #expect(mapped.count > 1000)
            // 國 → 国, 發 → 发; ASCII and CJK punctuation are outside the table.
            #expect(TraditionalShadow.simplify(0x570B, table) == 0x56FD)
            #expect(TraditionalShadow.simplify(0x767C, table) == 0x53D1)
            #expect(TraditionalShadow.simplify(0x41, table) == 0x41)
            #expect(TraditionalShadow.simplify(0x3002, table) == 0x3002)
        }
    }
}
