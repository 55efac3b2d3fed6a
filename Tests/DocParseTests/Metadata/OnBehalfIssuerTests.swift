import Testing
@testable import DocParse

/// A report delivered as a speech names its body only where the speaker says whom they
/// speak for.
@Suite("Issuer of a delivered report")
struct OnBehalfIssuerTests {
    @Test("我代表X，向大会报告…: X is the issuer when nothing else names one")
    func speaker() {
        let doc = DocumentParser.parse(text: "各位代表：\n现在，我代表某市人民政府，向大会报告政府工作，请予审议。\n一、过去一年的工作\n全市经济稳中有进。\n")
        #expect(doc.metadata.issuer == "某市人民政府")
        let s = try! #require(doc.metadata.spans.issuer)
        let scalars = Array("各位代表：\n现在，我代表某市人民政府，向大会报告政府工作，请予审议。\n".unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == "某市人民政府")
    }

    @Test("Not an organization, or not near the top: no issuer from it")
    func notABody() {
        #expect(DocumentParser.parse(text: "各位代表：\n我代表全体同志，向大家致以问候。\n一、工作回顾\n").metadata.issuer == nil)
        let late = "各位代表：\n" + String(repeating: "全市经济稳中有进，民生持续改善。\n", count: 8) + "我代表某市人民政府，向大会报告。\n"
        #expect(DocumentParser.parse(text: late).metadata.issuer == nil)
    }

    @Test("A signature wins over the speech's words")
    func signatureWins() {
        let text = "某县工作报告\n我代表某县人民政府向大会报告工作。\n一、主要工作\n完成任务。\n某县发展和改革局\n2024年1月5日\n"
        #expect(DocumentParser.parse(text: text).metadata.issuer == "某县发展和改革局")
    }
}
