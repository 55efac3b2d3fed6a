import Foundation
import Testing
@testable import DocParse

/// What the units stage finds in a corpus document, for reviewed goldens: each attribution
/// group (text as written, form, roles, split names, expansions, spans), the registry and the
/// references, computed without an outline (node ids null).
struct UnitsProjection: Encodable {
    var attributions: [Attribution]
    var units: [UnitEntry]
    var references: [Reference]
}

@Suite("Units and references of the corpus documents")
struct CorpusUnitsTests {
    static func projection(_ name: String) throws -> (UnitsProjection, Document) {
        let bytes = try TestPaths.corpusBytes(name)
        let doc = try DocumentParser.parse(bytes: bytes, options: ParseOptions(path: name))
        let text = Normalizer.normalize(SourceText(String(decoding: bytes, as: UTF8.self)))
        // Without an outline, so these goldens hold whatever the outline engine builds: attaching
        // to nodes is tested on hand-built outlines (OutlineAttacherTests).
        var bare = doc
        bare.outline = []
        var d: [Diagnostic] = []
        AttributionStage.run(text, &bare, &d)
        // The stage names each occurrence's rule; the goldens hold the output without --trace.
        Pipeline.dropRuleNames(&bare)
        let found = AttributionStage.attributions(in: text, outline: [], diagnostics: &d)
        return (UnitsProjection(attributions: found, units: bare.units, references: bare.references), bare)
    }

    @Test("Golden units of each corpus document", arguments: TestPaths.corpusNames)
    func golden(_ name: String) throws {
        let (p, _) = try Self.projection(name)
        assertGolden(goldenJSON(p), "units/\(name).json")
    }

    @Test("Every unit, issuer and number span cuts its text back out of the original", arguments: TestPaths.corpusNames)
    func spansCutBack(_ name: String) throws {
        let bytes = try TestPaths.corpusBytes(name)
        let source = SourceText(String(decoding: bytes, as: UTF8.self))
        let (p, doc) = try Self.projection(name)
        func cut(_ s: Span) -> String { source.string(s.start..<s.end) }
        for u in doc.units {
            for o in u.occurrences { #expect(cut(o.span) == o.text, "\(u.name)") }
        }
        for a in p.attributions { #expect(cut(a.span) == a.text) }
        for r in doc.references {
            let whole = cut(r.span)
            #expect(whole.hasPrefix("《") && whole.hasSuffix("》"), "\(r.title)")
            if let i = r.issuer, let s = r.issuerSpan { #expect(cut(s) == i) }
            if let n = r.documentNumber, let s = r.documentNumberSpan { #expect(cut(s) == n) }
        }
    }

    @Test("Hanzhong: 28 tasks, each with one lead and its responsible units")
    func hanzhong() throws {
        let (p, _) = try Self.projection("hanzhong-education-quality-plan-draft-2023-2025")
        let groups = p.attributions.filter { $0.form == .bracketLabels }
        #expect(groups.count == 28)
        #expect(groups.allSatisfy { $0.names(.lead).count == 1 })
        #expect(groups[0].names(.responsible) == ["市委组织部", "市委编办", "市人社局", "各县区党委", "各县区政府"])
        #expect(groups[1].names(.responsible) == ["市教育局", "各县区党委", "各县区政府"])
        #expect(groups[17].names(.responsible) == ["市人社局", "市纪委监委机关", "各县区党委", "各县区政府"])
        #expect(groups[26].names(.responsible).contains("汉中银保监分局"))
        #expect(groups[10].names(.responsible) == ["市工信局", "市人社局", "汉中市职业技术学院", "各县区党委", "各县区政府"])
    }

    @Test("Xingqing: 20 tasks led by 教育局 and 政府教育督导室; the header's 责任部门 is not one")
    func xingqing() throws {
        let (p, _) = try Self.projection("xingqing-basic-education-quality-plan-2021")
        let groups = p.attributions.filter { $0.form == .bracketLabels }
        #expect(groups.count == 20)
        #expect(groups.allSatisfy { $0.names(.lead) == ["教育局", "政府教育督导室"] })
        #expect(groups[0].names(.responsible) == ["宣传部", "文明办", "团委", "各中小学", "幼儿园"])
        #expect(groups.allSatisfy { $0.span.line > 3 })
    }
}
