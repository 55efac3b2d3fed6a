import Testing
@testable import DocParse

@Suite("The normalized-to-source offset map, kept as runs")
struct SourceOffsetsTests {
    @Test("Random increasing offsets read back exactly as a flat array would give them")
    func matchesFlatArray() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var flat: [Int] = []
            var next = Int.random(in: 0...3, using: &rng)
            for _ in 0..<Int.random(in: 0...60, using: &rng) {
                flat.append(next)
                // Mostly one after the other, sometimes a gap (a dropped scalar).
                next += Bool.random(using: &rng) && Bool.random(using: &rng) ? Int.random(in: 2...4, using: &rng) : 1
            }
            let map = SourceOffsets(flat)
            #expect(map.count == flat.count)
            #expect(map.map { Int($0) } == flat)
            var walked: [Int] = []
            map.forEachOffset { i, o in
                #expect(i == walked.count)
                walked.append(o)
            }
            #expect(walked == flat)
        }
    }

    @Test("A gap starts a new run; consecutive offsets extend the last one")
    func runs() {
        #expect(SourceOffsets([Int]()).runCount == 0)
        #expect(SourceOffsets(0..<1000).runCount == 1)
        #expect(SourceOffsets([5, 6, 7]).runCount == 1)
        #expect(SourceOffsets([0, 1, 3, 4, 9]).runCount == 3)
    }

    @Test("Removing indices keeps the offsets of the others in order")
    func removing() {
        let map = SourceOffsets([0, 1, 2, 4, 5, 6, 7])
        let cut = map.removing([0, 3, 6])
        #expect(cut.map { Int($0) } == [1, 2, 5, 6])
        #expect(map.removing([]).map { Int($0) } == [0, 1, 2, 4, 5, 6, 7])
    }

    @Test("Text that normalization leaves alone is one run and shares the source's scalars")
    func unchangedText() {
        let t = Normalizer.normalize(SourceText("一、总体要求\n到2025年,覆盖率达到90%。"))
        #expect(t.toSource.runCount == 1)
        #expect(t.text == t.source.scalars)
    }

    @Test("A dropped carriage return splits the map; every line break maps to the last scalar of its break")
    func droppedScalars() {
        let t = Normalizer.normalize(SourceText("甲乙\r\n丙\r丁"))
        #expect(t.string(0..<t.count) == "甲乙\n丙\n丁")
        #expect(t.toSource.map { Int($0) } == [0, 1, 3, 4, 5, 6])
        #expect(t.toSource.runCount == 2)
    }
}
