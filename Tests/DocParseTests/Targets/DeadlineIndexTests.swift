import Testing
@testable import DocParse

/// `DeadlineIndex` answers by binary search what `find` used to answer by scanning a sentence's
/// deadlines; these hold it to the scans on random deadline lists, sorted or not, with empty and
/// overlapping ranges among them.
@Suite("Targets: deadline index answers as the scans do")
struct DeadlineIndexTests {
    @Test("anyOverlaps and last(endingBy:) equal contains(where:) and lastIndex(where:)")
    func matchesScans() {
        var rng = SystemRandomNumberGenerator()
        for round in 0..<400 {
            let n = Int.random(in: 0...12, using: &rng)
            var ds: [Deadline] = (0..<n).map { _ in
                let a = Int.random(in: 0...60, using: &rng)
                let b = a + Int.random(in: 0...8, using: &rng)
                return Deadline(range: a..<b, year: 2025, yearEnd: nil, form: .beforeYear)
            }
            // Half the rounds in writing order (as DeadlineFinder gives them), half shuffled.
            if round % 2 == 0 { ds.sort { $0.range.lowerBound < $1.range.lowerBound } }
            let index = DeadlineIndex(ds)
            for a in 0...70 {
                for len in 0...4 {
                    let q = a..<(a + len)
                    #expect(index.anyOverlaps(q) == ds.contains(where: { $0.range.overlaps(q) }), "\(ds.map(\.range)) \(q)")
                }
                #expect(index.last(endingBy: a) == ds.lastIndex(where: { $0.range.upperBound <= a }), "\(ds.map(\.range)) \(a)")
            }
        }
    }

    @Test("A line of ;-joined deadline targets keeps every figure's own deadline")
    func semicolonLine() {
        let unit = "到2025年全市幼儿园覆盖率达到93%以上;到2027年新增学位1200个;"
        let doc = DocumentParser.parse(text: String(repeating: unit, count: 50))
        #expect(doc.targets.count == 100)
        #expect(doc.targets.enumerated().allSatisfy { i, t in t.year == (i % 2 == 0 ? 2025 : 2027) })
    }
}
