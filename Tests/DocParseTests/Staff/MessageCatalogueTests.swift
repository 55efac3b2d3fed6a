import Foundation
import Testing
@testable import DocParse

@Suite("Message catalogue: both languages for every code")
struct MessageCatalogueTests {
    struct File: Decodable {
        struct Entry: Decodable { var key: String; var zh: String; var en: String }
        var entries: [Entry]
    }

    func file() throws -> File {
        let url = TestPaths.root.appendingPathComponent("Sources/DocParse/Resources/Messages/messages.json")
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
    }

    @Test("the generated table is messages.json (run scripts/gen-messages after editing it)")
    func generatedMatches() throws {
        let json = try file().entries
        #expect(json.map(\.key) == MessageCatalogue.entries.map(\.key))
        for (j, g) in zip(json, MessageCatalogue.entries) {
            #expect(j.zh == g.zh && j.en == g.en, "\(j.key) differs from the generated table")
        }
    }

    @Test("every entry has both languages, and they take the same arguments")
    func bothLanguages() throws {
        // English-only arguments: a stage's own English message (`detail`) and plural endings;
        // Chinese-only: the quoted text at the span.
        let enOnly: (String) -> Bool = { $0 == "detail" || ($0.hasSuffix("S") && $0.count > 1) }
        for e in try file().entries {
            #expect(!e.zh.isEmpty && !e.en.isEmpty, "\(e.key) lacks a language")
            #expect(e.zh.unicodeScalars.contains { $0.value >= 0x3000 } || e.zh == e.en || e.key.hasPrefix("diff.year") || e.zh.hasPrefix("{"),
                    "\(e.key): the zh-Hans text has no Chinese")
            let zh = MessageCatalogue.placeholders(e.zh).filter { $0 != "text" }
            let en = MessageCatalogue.placeholders(e.en).filter { !enOnly($0) && $0 != "text" }
            #expect(zh.subtracting(en).isEmpty || e.en == "{detail}", "\(e.key): zh takes \(zh.subtracting(en)) that en lacks")
            #expect(en.subtracting(zh).isEmpty, "\(e.key): en takes \(en.subtracting(zh)) that zh lacks")
        }
    }

    @Test("every check code, every diagnostic code a stage emits, every doc type, role and severity has an entry")
    func complete() throws {
        for code in DraftChecker.allCodes { #expect(MessageCatalogue.has(code), "finding \(code)") }
        for t in DocType.allCases { #expect(MessageCatalogue.has("docType." + t.rawValue), "docType \(t.rawValue)") }
        for r in ["lead", "responsible", "supporting", "mentioned"] { #expect(MessageCatalogue.has("role." + r)) }
        for s in ["error", "warning", "note", "info"] { #expect(MessageCatalogue.has("severity." + s)) }
        for c in ["gte", "gt", "lte", "lt", "eq", "approx", "range"] { #expect(MessageCatalogue.has("comparator." + c)) }
        // Diagnostic codes: every dotted string literal that a stage passes as a code, found in
        // the sources (so a new code without its Chinese fails here).
        let codes = try emittedDiagnosticCodes()
        #expect(codes.count >= 15, "the scan found too few codes: \(codes)")
        for code in codes { #expect(MessageCatalogue.has(code), "diagnostic \(code) has no catalogue entry") }
    }

    /// `code: "stage.what"` and `("stage.what", "…")` literals in Sources/DocParse outside Staff.
    func emittedDiagnosticCodes() throws -> Set<String> {
        let root = TestPaths.root.appendingPathComponent("Sources/DocParse")
        let stages = ["ingest", "decode", "normalize", "outline", "quantity", "units", "references", "targets", "metadata", "tasks", "structure"]
        var out = Set<String>()
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for f in files where f.pathExtension == "swift" && !f.path.contains("/Staff/") && !f.path.contains("/Resources/") {
            let s = try String(contentsOf: f, encoding: .utf8)
            var rest = Substring(s)
            while let q = rest.firstIndex(of: "\"") {
                let after = rest[rest.index(after: q)...]
                guard let end = after.firstIndex(of: "\"") else { break }
                let lit = String(after[..<end])
                let before = rest[..<q].suffix(8)
                if let dot = lit.firstIndex(of: "."), stages.contains(String(lit[..<dot])),
                   lit.allSatisfy({ $0.isLowercase || $0 == "." || $0 == "-" }), !lit.hasSuffix(".csv"),
                   before.hasSuffix("code: ") || before.hasSuffix("(") || before.hasSuffix("= ") {
                    out.insert(lit)
                }
                rest = after[after.index(after: end)...]
            }
        }
        return out
    }

    @Test("rendering fills placeholders and shows labels through a prefix")
    func rendering() {
        let m = Message("target.contradicting-comparators", ["indicator": "达标率", "firstComparator": "gte", "first": "90%",
                                                              "line": "3", "otherComparator": "lte"])
        #expect(m.text(.zh) == "「达标率」在第 3 行为不低于 90%，此处却为不高于")
        #expect(m.text(.en) == "'达标率' is at least 90% at line 3 but at most here")
        #expect(MessageCatalogue.label("docType.", value: "implementationPlan", .zh) == "实施方案")
        #expect(MessageCatalogue.label("docType.", value: "somethingNew", .zh) == "somethingNew")
        #expect(Message("no.such.key", ["a": "1"]).text(.zh) == "no.such.key a=1")
    }

    @Test("findings on the corpus render in Chinese with every placeholder filled")
    func corpusFindingsRender() throws {
        var seen = Set<String>()
        for name in TestPaths.corpusNames {
            let parsed = try DocumentParser.parseWithSource(bytes: TestPaths.corpusBytes(name))
            for f in DraftChecker.check(parsed) {
                seen.insert(f.code)
                let zh = f.message(.zh)
                #expect(!zh.contains("{") && !zh.isEmpty, "\(f.code): \(zh)")
                #expect(zh.unicodeScalars.contains { $0.value >= 0x3000 }, "\(f.code) is not in Chinese: \(zh)")
                #expect(f.localized(.zh).message == zh && f.localized(.en).message == f.message(.en))
            }
            for d in parsed.document.diagnostics {
                let zh = d.message(.zh, source: parsed.source)
                #expect(!zh.contains("{"), "\(d.code): \(zh)")
            }
        }
        #expect(seen.count >= 4)
    }

    @Test("the locale picks the language; a locale naming neither gives Chinese")
    func locale() {
        #expect(Language(locale: "zh_CN.UTF-8") == .zh)
        #expect(Language(locale: "en_US.UTF-8") == .en)
        #expect(Language(locale: "C.UTF-8") == nil)
    }
}
