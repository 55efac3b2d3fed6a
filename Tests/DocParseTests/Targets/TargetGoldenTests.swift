import Testing
@testable import DocParse

/// Reviewed goldens of the targets of each corpus document (Golden/targets/<name>.json), in a
/// readable shape: what a reader checks against the document.
@Suite("Targets of the corpus documents (goldens)")
struct TargetGoldenTests {
    struct Row: Encodable {
        var text: String
        var quantity: String
        var value: TargetValue
        var unit: String?
        var comparator: String
        var year: Int?
        var yearEnd: Int?
        var rate: Bool
        var indicator: String?
        var kind: String
        var start: Int
        var end: Int
        var change: String?
        var baselineYear: Int?

        enum CodingKeys: String, CodingKey {
            case text, quantity, value, unit, comparator, year, yearEnd, rate, indicator, kind, start, end, change, baselineYear
        }

        // Explicit so that null fields show as null in the golden.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text)
            try c.encode(quantity, forKey: .quantity)
            try c.encode(value, forKey: .value)
            try c.encode(unit, forKey: .unit)
            try c.encode(comparator, forKey: .comparator)
            try c.encode(year, forKey: .year)
            try c.encode(yearEnd, forKey: .yearEnd)
            try c.encode(rate, forKey: .rate)
            try c.encode(indicator, forKey: .indicator)
            try c.encode(kind, forKey: .kind)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(change, forKey: .change)
            try c.encode(baselineYear, forKey: .baselineYear)
        }
    }

    @Test("Targets match the reviewed golden", arguments: TestPaths.corpusNames)
    func golden(_ name: String) throws {
        let doc = try DocumentParser.parse(bytes: TestPaths.corpusBytes(name), options: ParseOptions(path: name))
        let scalars = Array(String(decoding: try TestPaths.corpusBytes(name), as: UTF8.self).unicodeScalars)
        let rows = doc.targets.map { t in
            Row(text: t.text, quantity: t.span.end <= scalars.count ? String(String.UnicodeScalarView(scalars[t.span.start..<t.span.end])) : "",
                value: t.value, unit: t.unit, comparator: t.comparator.rawValue, year: t.year, yearEnd: t.yearEnd, rate: t.rate,
                indicator: t.indicator, kind: t.kind.rawValue, start: t.span.start, end: t.span.end,
                change: t.change?.rawValue, baselineYear: t.baselineYear)
        }
        assertGolden(goldenJSON(rows), "targets/\(name).json")
    }

    @Test("The Zichuan progress report yields achievements only")
    func report() throws {
        let doc = try DocumentParser.parse(bytes: TestPaths.corpusBytes("zichuan-balanced-development-report-2022"),
                                           options: ParseOptions(path: "zichuan"))
        #expect(!doc.targets.isEmpty)
        #expect(doc.targets.allSatisfy { $0.kind == .achievement })
    }
}
