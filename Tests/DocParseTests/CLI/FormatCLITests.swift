import Foundation
import Testing
@testable import DocParse

@Suite("parsecli on HTML, DOCX, XLSX and PDF inputs", .serialized)
struct FormatCLITests {
    static var pdfPath: String { OfficeFixtures.fixtures.appendingPathComponent("two-pages.pdf").path }

    func folder(_ files: [(String, [UInt8])]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docparse-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test("parse --include-text on a PDF: source.format, pages and a text the spans cut")
    func parsePDF() throws {
        let r = try CLIRunner.run(["parse", "--include-text", Self.pdfPath])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try JSONDecoder().decode(Document.self, from: Data(r.stdout.utf8))
        #expect(doc.source.format == .pdf)
        #expect(doc.source.pages?.count == 2)
        let text = Array(try #require(doc.source.text).unicodeScalars)
        #expect(text.count == doc.source.scalars)
        for n in doc.outline {
            let cut = String(String.UnicodeScalarView(text[n.span.start..<n.span.end]))
            #expect(cut.contains(n.title), "\(cut) / \(n.title)")
        }
        // Every span names the page its start lies on: the fixture's 三、保障措施 and its
        // (三) are printed on page 2, the rest of the outline on page 1.
        func all(_ nodes: [OutlineNode]) -> [OutlineNode] { nodes.flatMap { [$0] + all($0.children) } }
        let nodes = all(doc.outline)
        #expect(!nodes.isEmpty)
        for n in nodes {
            let pages = try #require(doc.source.pages)
            let page = try #require(pages.first { $0.start <= n.span.start && n.span.start < $0.end })
            #expect(n.span.page == page.number, "\(n.marker) \(n.title)")
        }
        #expect(nodes.contains { $0.span.page == 2 } && nodes.contains { $0.span.page == 1 })
        for t in doc.targets { #expect(t.span.page == 1, "\(t.text)") }
        // Without the flag the text is null; --format forces a reader.
        let plain = try CLIRunner.run(["parse", Self.pdfPath])
        #expect(plain.stdout.contains("\"text\":null"))
        #expect(plain.stdout.contains("\"page\":2,"))
        let forced = try CLIRunner.run(["parse", "--format", "html", Self.pdfPath])
        #expect(!forced.stdout.contains("\"format\":\"pdf\""))
    }

    @Test("A .doc (OLE), a truncated .docx and a scanned PDF: exit 65, the file and what to do named; good files still parsed")
    func refused() throws {
        let docx = try OfficeFixtures.docx(body: OfficeFixtures.p("一、总体目标"))
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        let dir = try folder([("old.doc", ole), ("cut.docx", Array(docx.prefix(docx.count - 30))), ("ok.docx", docx)])
        let scan = OfficeFixtures.fixtures.appendingPathComponent("no-text.pdf").path
        let r = try CLIRunner.run(["parse", dir.appendingPathComponent("old.doc").path, dir.appendingPathComponent("cut.docx").path,
                                   scan, dir.appendingPathComponent("ok.docx").path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("old.doc: unsupported format: a Word 97–2003 document (.doc"))
        #expect(r.stderr.contains("cut.docx: damaged DOCX file"))
        #expect(r.stderr.contains("no-text.pdf: PDF file without text"))
        #expect(r.stdout.contains("\"format\":\"docx\""))
    }

    @Test("batch over a mixed folder: one record per file, error records for the bad ones; --jsonl-in takes base64")
    func batchMixed() throws {
        let xlsx = try OfficeFixtures.xlsx(rows: [["序号", "重点任务", "牵头单位"], ["1", "新建学校", "县教育局"]])
        let page = Array("<html><body><p>一、总体目标</p><p>（一）加强领导。</p></body></html>".utf8)
        let dir = try folder([("a.txt", Array("一、总体目标\n（一）加强领导。".utf8)), ("b.html", page), ("c.xlsx", xlsx),
                              ("d.pdf", [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.pdfPath)))),
                              ("e.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])])
        let r = try BatchCLIRunner.run(["batch", dir.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let records = try BatchCLIRunner.objects(r.stdoutLines)
        #expect(records.count == 5)
        let formats = records.compactMap { ($0["source"] as? [String: Any])?["format"] as? String }
        #expect(formats == ["text", "html", "xlsx", "pdf"])
        #expect(((records[4]["error"] as? [String: Any])?["code"] as? String) == "unsupported-format-image")

        let line = try JSONSerialization.data(withJSONObject: ["id": "x1", "base64": Data(xlsx).base64EncodedString()])
        // A crawl's content column arrives as `text` and is read as the page it is.
        let column = try JSONSerialization.data(withJSONObject: ["id": "x2", "text": "<p>一、总体目标</p><p>（一）加强领导。</p><p>（二）完善机制。</p>"])
        let bad = try JSONSerialization.data(withJSONObject: ["id": "x3", "base64": "***"])
        let j = try BatchCLIRunner.run(["batch", "--jsonl-in", "--quiet"], stdin: line + Data("\n".utf8) + column + Data("\n".utf8) + bad + Data("\n".utf8))
        let out = try BatchCLIRunner.objects(j.stdoutLines)
        #expect(out.count == 3)
        #expect(((out.first?["source"] as? [String: Any])?["format"] as? String) == "xlsx")
        #expect((out.first?["id"] as? String) == "x1")
        #expect(((out[1]["source"] as? [String: Any])?["format"] as? String) == "html")
        #expect(((out[1]["outline"] as? [[String: Any]])?.count) == 1)
        #expect(((out[2]["error"] as? [String: Any])?["code"] as? String) == "invalid-record")
    }

    @Test("check names the DOCX paragraph of a finding, in the chosen language; diff compares a DOCX draft with a PDF")
    func staffCommands() throws {
        let gap = ["某县工作方案", "一、总体目标", "加强领导。", "三、保障措施"].map { OfficeFixtures.p($0) }.joined()
        let gapDir = try folder([("gap.docx", try OfficeFixtures.docx(body: gap))])
        let c = try CLIRunner.run(["check", "--lang", "zh", gapDir.appendingPathComponent("gap.docx").path])
        let line = try #require(c.stdout.split(separator: "\n").first { $0.contains("[numbering.") })
        #expect(line.contains("gap.docx:4:1:"))
        #expect(line.hasSuffix("(第4段)"))
        let en = try CLIRunner.run(["check", "--lang", "en", gapDir.appendingPathComponent("gap.docx").path])
        #expect(en.stdout.contains("(paragraph 4)"))
        let body = ["某县学校建设工作方案", "一、总体目标", "到2026年，新建学校3所，改扩建学校5所。", "二、主要任务"].map { OfficeFixtures.p($0) }.joined()
        let dir = try folder([("draft.docx", try OfficeFixtures.docx(body: body))])
        let d = try CLIRunner.run(["diff", dir.appendingPathComponent("draft.docx").path, Self.pdfPath])
        #expect(d.status == 0, "\(d.stderr)")
        #expect(d.stdout.contains("+ 二/(二) 加强师资配备"))
    }
}
