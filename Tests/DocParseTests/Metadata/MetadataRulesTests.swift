import Testing
@testable import DocParse

/// The metadata stage names the rule behind each field under `--trace`, and says in its
/// diagnostics which of title, issuer and date the text never states.
@Suite("Metadata rules and diagnostics")
struct MetadataRulesTests {
    static let signed = """
        某县乡村道路养护三年行动计划
        为提高农村公路通行条件，结合全县实际，制定本计划，并在下文分项写明各项工作安排和要求。
        一、养护目标
        到2026年，县道优良路率达到85%以上。
        某县交通运输局
        2024年3月18日
        """

    static func parse(_ text: String, trace: Bool) throws -> Document {
        try DocumentParser.parse(bytes: Array(text.utf8), options: ParseOptions(path: "plan.txt", trace: trace))
    }

    @Test("With --trace each field found names its rule; every name is a registered form")
    func traced() throws {
        let md = try Self.parse(Self.signed, trace: true).metadata
        #expect(md.title == "某县乡村道路养护三年行动计划")
        #expect(md.rules?.title == MetadataForm.titleLine.rawValue)
        #expect(md.rules?.issuer == MetadataForm.issuerSignature.rawValue)
        #expect(md.rules?.date == MetadataForm.dateSignature.rawValue)
        #expect(md.rules?.documentNumber == nil && md.rules?.isDraft == nil)
        let names = Set(MetadataForm.allCases.map(\.rawValue))
        #expect(names.count == MetadataForm.allCases.count)
        for f in MetadataForm.allCases { #expect(f.rawValue.split(separator: ".").count == 2, "\(f.rawValue)") }
    }

    @Test("Without --trace the metadata has no rules, in the value and in the JSON")
    func untraced() throws {
        let doc = try Self.parse(Self.signed, trace: false)
        #expect(doc.metadata.rules == nil)
        #expect(!(try JSONOutput.string(doc)).contains("\"rules\""))
        #expect(MetadataExtractor.extract(Normalizer.normalize(SourceText(Self.signed))).rules == nil)
    }

    @Test("A field the text does not state gives one info diagnostic with the catalogue's message")
    func missingFields() throws {
        let doc = try Self.parse("一、总体目标\n全面提升服务水平，年底前完成各项任务。\n二、工作措施\n加强统筹协调。\n", trace: false)
        let codes = doc.diagnostics.filter { $0.code.hasPrefix("metadata.") }.map(\.code)
        #expect(codes == ["metadata.missing-title", "metadata.missing-issuer", "metadata.missing-date"])
        for d in doc.diagnostics where d.code.hasPrefix("metadata.") {
            #expect(d.severity == .info && d.span == nil)
            #expect(d.message == MessageCatalogue.render(d.code, [:], .en))
        }
        let complete = try Self.parse(Self.signed, trace: false)
        #expect(!complete.diagnostics.contains { $0.code.hasPrefix("metadata.") })
    }
}
