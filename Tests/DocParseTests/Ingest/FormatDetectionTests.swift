import Foundation
import Testing
@testable import DocParse

@Suite("Format detection by content and the errors for formats not read")
struct FormatDetectionTests {
    func detect(_ bytes: [UInt8], path: String? = nil) -> Result<InputFormat, DocParseError> {
        do { return .success(try FormatDetector.detect(bytes, forced: nil, path: path)) } catch { return .failure(error) }
    }

    @Test("Plain text, a whole page, a fragment of <p> elements and text with <br> breaks")
    func textAndHTML() {
        #expect(detect(Array("一、总体要求\n（一）加强领导。".utf8)) == .success(.text))
        #expect(detect(Array("<!DOCTYPE html><html><body><p>一、总体要求</p></body></html>".utf8)) == .success(.html))
        #expect(detect(Array("  <p>一、总体要求</p><p>二、主要任务</p>".utf8)) == .success(.html))
        #expect(detect(Array("一、总体要求<br>（一）加强领导。<br/>（二）完善机制。<br>".utf8)) == .success(.html))
        // A lone angle bracket in text is no markup.
        #expect(detect(Array("比例<5%的学校，a<b 时".utf8)) == .success(.text))
    }

    @Test("A PDF even when named .txt; a forced format wins")
    func pdfByContent() throws {
        let pdf = Array("%PDF-1.7\n%âãÏÓ\n".utf8)
        #expect(detect(pdf, path: "plan.txt") == .success(.pdf))
        #expect(try FormatDetector.detect(Array("<p>x</p><p>y</p><p>z</p>".utf8), forced: .text, path: nil) == .text)
    }

    @Test("OLE files are refused naming .doc/.wps/.xls and what to save them as")
    func ole() {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 64)
        guard case .failure(let e) = detect(ole, path: "draft.doc") else { Issue.record("accepted"); return }
        #expect(e.code == "unsupported-format-ole")
        #expect(e.message.contains(".doc") && e.message.contains(".docx"))
        guard case .failure(let x) = detect(ole, path: "table.XLS") else { Issue.record("accepted"); return }
        #expect(x.message.contains(".xlsx"))
    }

    @Test("Images, RTF, pptx and other zips are refused; a truncated .docx is damaged")
    func otherBinaries() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        if case .failure(let e) = detect(png) { #expect(e.code == "unsupported-format-image") } else { Issue.record("png accepted") }
        if case .failure(let e) = detect(Array("{\\rtf1\\ansi 一、总体要求}".utf8)) { #expect(e.code == "unsupported-format-rtf") } else { Issue.record("rtf accepted") }
        let pptx = try OfficeFixtures.zip([("ppt/presentation.xml", "<p/>")])
        if case .failure(let e) = detect(pptx) { #expect(e.code == "unsupported-format-pptx") } else { Issue.record("pptx accepted") }
        let other = try OfficeFixtures.zip([("notes/a.txt", "一、总体要求")])
        if case .failure(let e) = detect(other) { #expect(e.code == "unsupported-format-zip") } else { Issue.record("zip accepted") }
        let docx = try OfficeFixtures.docx(body: OfficeFixtures.p("一、总体要求"))
        #expect(detect(docx) == .success(.docx))
        let cut = Array(docx.prefix(docx.count / 2))
        if case .failure(let e) = detect(cut, path: "draft.docx") {
            #expect(e.code == "damaged-docx")
            #expect(e.message.contains("truncated"))
        } else { Issue.record("truncated docx accepted") }
    }

    @Test("A zip whose directory points past its end (a fuzzer find that trapped ZIPFoundation's memory reader) is an error, not a crash")
    func zipOffsetPastEnd() throws {
        let bytes = [UInt8](try Data(contentsOf: OfficeFixtures.fixtures.appendingPathComponent("fuzz-zip-offset-past-end.bin")))
        #expect(throws: DocParseError.self) { try DocumentParser.parse(bytes: bytes) }
    }

    @Test("A DOCX part with invalid UTF-8 in an element name (a fuzzer find that trapped FoundationXML) is a damaged DOCX")
    func docxInvalidUTF8() throws {
        let bytes = [UInt8](try Data(contentsOf: OfficeFixtures.fixtures.appendingPathComponent("fuzz-docx-invalid-utf8-name.bin")))
        do {
            _ = try DocumentParser.parse(bytes: bytes)
            Issue.record("parsed")
        } catch {
            #expect(error.code == "damaged-docx")
        }
    }

    @Test("A damaged PDF and a PDF without a text layer fail with exit-65 errors, never an empty document")
    func badPDFs() throws {
        let junk = Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer".utf8)
        #expect(throws: DocParseError.self) { try DocumentParser.parse(bytes: junk) }
        let scan = [UInt8](try Data(contentsOf: OfficeFixtures.fixtures.appendingPathComponent("no-text.pdf")))
        do {
            _ = try DocumentParser.parse(bytes: scan)
            Issue.record("a PDF without text parsed")
        } catch {
            #expect(error.code == "no-text-pdf")
            #expect(error.message.contains("OCR"))
        }
    }
}
