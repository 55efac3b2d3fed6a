import Testing
@testable import DocParse

/// The shared text layer answers what the stages used to compute again for themselves.
@Suite("Text analysis (the shared layer)")
struct TextAnalysisTests {
    /// Scalars that make marker shapes, damaged shapes and their neighbours likely.
    static let alphabet: [Unicode.Scalar] = Array("一二三十1 2 3 4.、,)(〔〕【】第章条部分篇①⒈⑴ab加强工作#。年5".unicodeScalars)

    static func randomText(_ rng: inout SplitMix64, lines: Int) -> String {
        var out = ""
        for _ in 0..<lines {
            let n = Int(rng.next() % 12)
            for _ in 0..<n { out.unicodeScalars.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            out += "\n"
        }
        return out
    }

    @Test("A line's stored marker answers every bounded question as a fresh reading would")
    func lineMarkersMatchFreshReadings() {
        var rng = SplitMix64(seed: 13)
        var checked = 0
        for _ in 0..<300 {
            let text = Normalizer.normalize(SourceText(Self.randomText(&rng, lines: 6)))
            let t = text.text
            let markers = LineMarkers(text)
            for (li, line) in text.lines.enumerated() {
                // The outline's question: the candidate at the trimmed line start.
                let r = ZoneTrim.trim(t, line.range)
                let fresh = r.isEmpty ? nil : MarkerReader.read(t, at: r.lowerBound, end: r.upperBound)
                #expect(markers.candidates[li] == fresh)
                // The target and table rules' question: an intact marker at `i` whose item text
                // starts before `end`, for every start and every end up to the line's end.
                for i in line.range {
                    for end in (i + 1)...line.range.upperBound {
                        let f = MarkerReader.read(t, at: i, end: end)
                        let expected = f.map { $0.form == .intact && $0.bodyStart < end } ?? false
                        // Only line starts are asked (after blanks), as the rules do.
                        guard i == line.range.lowerBound || t[line.range.lowerBound..<i].allSatisfy({ $0 == " " }) else { continue }
                        let stored = markers.intact(at: i, bodyBefore: end)
                        #expect((stored != nil) == expected, "line \(li) at \(i) end \(end)")
                        if let s = stored, let f { #expect(s == f) }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test("Quantities are read once, on content lines, and the target stage reports their diagnostics")
    func quantitiesOnce() {
        let text = Normalizer.normalize(SourceText("到2025年,覆盖率达到95%,新增学位2万个。\n每位学生掌握12项运动技能。\n"))
        let a = TextAnalysis.analyze(text)
        #expect(a.quantities.map(\.text) == ["95%", "2万个", "12项"])
        #expect(a.quantityDiagnostics.map(\.code) == ["quantity.possible-lost-range-dash"])
        let info = SourceInfo(path: nil, sha256: "", encoding: "UTF-8", encodingDetected: false, bytes: 0, scalars: 0)
        var given = Document(source: info, metadata: MetadataExtractor.extract(text))
        var alone = given
        var d1: [Diagnostic] = []
        var d2: [Diagnostic] = []
        TargetStage.run(text, &given, &d1, analysis: a)
        TargetStage.run(text, &alone, &d2)
        #expect(given.targets == alone.targets)
        #expect(!given.targets.isEmpty)
        #expect(d1 == d2 && d1.map(\.code) == ["quantity.possible-lost-range-dash"])
    }
}
