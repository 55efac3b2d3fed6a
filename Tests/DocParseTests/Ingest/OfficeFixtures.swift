import Foundation
import ZIPFoundation

/// Small Office Open XML packages written by the tests: only the parts the readers look at.
enum OfficeFixtures {
    /// A zip holding `parts` (path → UTF-8 content).
    static func zip(_ parts: [(String, String)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        return [UInt8](archive.data!)
    }

    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    /// A DOCX whose body is `body` (the XML inside `w:body`), with `numbering` as numbering.xml.
    static func docx(body: String, numbering: String? = nil, styles: String? = nil) throws -> [UInt8] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(w)><w:body>\(body)</w:body></w:document>"),
        ]
        if let numbering {
            parts.append(("word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering \(w)>\(numbering)</w:numbering>"))
        }
        if let styles {
            parts.append(("word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles \(w)>\(styles)</w:styles>"))
        }
        return try zip(parts)
    }

    /// A paragraph of plain runs in a paragraph style.
    static func p(_ text: String, style: String) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    /// A paragraph of plain runs.
    static func p(_ text: String, numId: Int? = nil, level: Int = 0) -> String {
        let num = numId.map { "<w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\($0)\"/></w:numPr></w:pPr>" } ?? ""
        return "<w:p>\(num)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// A table of rows of cell texts.
    static func table(_ rows: [[String]]) -> String {
        "<w:tbl>" + rows.map { "<w:tr>" + $0.map { "<w:tc>\(p($0))</w:tc>" }.joined() + "</w:tr>" }.joined() + "</w:tbl>"
    }

    /// An XLSX of one sheet: `rows` of cells (strings go to the shared strings), `merges` as refs (`A2:A4`).
    static func xlsx(rows: [[String?]], merges: [String] = [], inlineColumn: Int? = nil) throws -> [UInt8] {
        var shared: [String] = []
        var sheetRows = ""
        for (r, row) in rows.enumerated() {
            sheetRows += "<row r=\"\(r + 1)\">"
            for (c, v) in row.enumerated() {
                guard let v else { continue }
                let ref = "\(Character(Unicode.Scalar(65 + c)!))\(r + 1)"
                if Double(v) != nil {
                    sheetRows += "<c r=\"\(ref)\"><v>\(v)</v></c>"
                } else if c == inlineColumn {
                    sheetRows += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(v)</t></is></c>"
                } else {
                    shared.append(v)
                    sheetRows += "<c r=\"\(ref)\" t=\"s\"><v>\(shared.count - 1)</v></c>"
                }
            }
            sheetRows += "</row>"
        }
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        let mergeXML = merges.isEmpty ? "" : "<mergeCells>" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        return try zip([
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook \(ns) xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst \(ns)>" + shared.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"),
            ("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet \(ns)><sheetData>\(sheetRows)</sheetData>\(mergeXML)</worksheet>"),
        ])
    }

    static var fixtures: URL { TestPaths.root.appendingPathComponent("Tests/DocParseTests/Fixtures/Ingest") }
}
