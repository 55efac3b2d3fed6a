import Foundation
import ZIPFoundation

/// Writes a ``DraftComparison`` as a Word document (.docx): the same 修改对照表 as the page,
/// in landscape, as tables staff can paste into their 起草说明. Deleted characters are red and
/// struck through in the 原稿 column, inserted ones green and underlined in the 修改稿 column
/// (formatting, not tracked changes: the table shows both versions at once).
///
/// A .docx is a ZIP (ZIPFoundation) of a few WordprocessingML parts. The XML is written by
/// hand because the four parts needed are small and fixed in shape; an XML library would add
/// a dependency for no gain. Every piece of document text is XML-escaped.
///
/// ```swift
/// let data = try CompareDocx.data(DraftComparison(old: a, new: b), oldName: "v1.txt", newName: "v2.txt")
/// try data.write(to: URL(fileURLWithPath: "对照表.docx"))
/// ```
public enum CompareDocx {
    /// The .docx file's bytes.
    ///
    /// - Parameters:
    ///   - c: The comparison.
    ///   - oldName: How the earlier draft is named.
    ///   - newName: How the later draft is named.
    ///   - lang: The language of the labels.
    /// - Returns: The bytes of a .docx file.
    /// - Throws: An error of the ZIP writer (not expected for data in memory).
    public static func data(_ c: DraftComparison, oldName: String, newName: String, lang: Language = .zh) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        // Fixed date: the same comparison gives the same bytes.
        let date = Date(timeIntervalSince1970: 1_577_836_800)
        for (path, text) in parts(c, oldName: oldName, newName: newName, lang: lang) {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// The package's parts, path and XML, in the order Word expects the content types first.
    static func parts(_ c: DraftComparison, oldName: String, newName: String, lang: Language) -> [(String, String)] {
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let types = head + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            </Types>
            """
        let rels = head + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            </Relationships>
            """
        let docRels = head + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
        let styles = head + """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun"/>\
            <w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:jc w:val="center"/><w:spacing w:after="120"/></w:pPr><w:rPr><w:rFonts w:eastAsia="SimHei"/><w:b/><w:sz w:val="36"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="SimHei"/><w:b/><w:sz w:val="26"/></w:rPr></w:style>\
            </w:styles>
            """
        return [("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", docRels),
                ("word/styles.xml", styles), ("word/document.xml", document(c, oldName: oldName, newName: newName, lang: lang))]
    }

    // Landscape A4 in twentieths of a point, 2 cm margins: the width left for tables.
    static let textWidth = 16838 - 2 * 1134

    static func document(_ c: DraftComparison, oldName: String, newName: String, lang: Language) -> String {
        func L(_ key: String) -> String { MessageCatalogue.label(key, lang) }
        var b = ""
        b += para(L("compare.title"), style: "Title")
        b += para("\(L("compare.old")): \(oldName)    \(L("compare.new")): \(newName)", center: true)
        if c.isEmpty { b += para(L("diff.none")) }

        b += para("\(L("compare.items")) (\(c.rows.count))", style: "Heading2")
        b += para(L("compare.legend"), size: 18)
        if c.rows.isEmpty {
            b += para(L("compare.items-none"))
        } else {
            let widths = [1700, (textWidth - 1700 - 1100) / 2, (textWidth - 1700 - 1100) / 2, 1100]
            var rows = [[cell(L("compare.path"), header: true), cell(L("compare.old"), header: true),
                         cell(L("compare.new"), header: true), cell(L("compare.change"), header: true)]]
            for row in c.rows {
                var old = "", new = ""
                for p in row.pieces {
                    switch p.op {
                    case .same: old += run(p.text); new += run(p.text)
                    case .delete: old += run(p.text, mark: .delete)
                    case .insert: new += run(p.text, mark: .insert)
                    }
                }
                rows.append([cell(CompareText.path(row)), cellRuns(old), cellRuns(new), cell(CompareText.changeLabel(row.change, lang))])
            }
            b += table(rows, widths: widths)
        }
        if c.renumberedOnly > 0 {
            b += para(Message("compare.renumbered-only", ["count": String(c.renumberedOnly)]).text(lang), size: 18)
        }
        if !c.diff.targets.isEmpty {
            b += para("\(L("diff.targets")) (\(c.diff.targets.count))", style: "Heading2")
            var rows = [[L("compare.indicator"), L("compare.path"), L("compare.oldValue"), L("compare.newValue"), L("compare.year"),
                         L("compare.change")].map { cell($0, header: true) }]
            for t in c.diff.targets {
                let years = [CompareText.year(t.old, lang), CompareText.year(t.new, lang)]
                let year = years[0] == years[1] || years[0].isEmpty || years[1].isEmpty ? (years[1].isEmpty ? years[0] : years[1]) : "\(years[0]) → \(years[1])"
                rows.append([cell(t.indicator ?? t.new?.text ?? t.old?.text ?? ""), cell(t.path ?? ""),
                             cell(t.old.map { CompareText.value($0, lang) } ?? "—"), cell(t.new.map { CompareText.value($0, lang) } ?? "—"),
                             cell(year), cell(CompareText.fields(t, lang))])
            }
            let rest = textWidth - 1700 - 2 * 2000 - 1300 - 1500
            b += table(rows, widths: [rest, 1700, 2000, 2000, 1300, 1500])
        }
        if !c.diff.units.isEmpty {
            b += para("\(L("diff.units")) (\(c.diff.units.count))", style: "Heading2")
            var rows = [[L("compare.path"), L("compare.task"), L("compare.role"), L("compare.unitsAdded"), L("compare.unitsRemoved")]
                .map { cell($0, header: true) }]
            for u in c.diff.units {
                rows.append([cell(u.path), cell(u.title), cell(MessageCatalogue.label("role.", value: u.role, lang)),
                             cellRuns(run(u.added.joined(separator: "、"), mark: .insert)),
                             cellRuns(run(u.removed.joined(separator: "、"), mark: .delete))])
            }
            let rest = textWidth - 1700 - 1300 - 2 * 3000
            b += table(rows, widths: [1700, rest, 1300, 3000, 3000])
        }
        if !c.diff.metadata.isEmpty {
            b += para(L("diff.metadata"), style: "Heading2")
            var rows = [[L("compare.field"), L("compare.old"), L("compare.new")].map { cell($0, header: true) }]
            for m in c.diff.metadata {
                rows.append([cell(L("field." + m.field)), cell(CompareText.metadataValue(m.field, m.old, lang)),
                             cell(CompareText.metadataValue(m.field, m.new, lang))])
            }
            b += table(rows, widths: [2000, (textWidth - 2000) / 2, (textWidth - 2000) / 2])
        }
        b += para(L("compare.generated"), size: 16)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + b
            + "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
            + "</w:body></w:document>"
    }

    enum Mark { case none, delete, insert }

    /// One run; a line break in the text becomes `<w:br/>`.
    static func run(_ text: String, mark: Mark = .none, bold: Bool = false, size: Int? = nil) -> String {
        guard !text.isEmpty else { return "" }
        var props = ""
        if bold { props += "<w:b/>" }
        switch mark {
        case .none: break
        case .delete: props += "<w:strike/><w:color w:val=\"C00000\"/>"
        case .insert: props += "<w:color w:val=\"1A6B2A\"/><w:u w:val=\"single\"/>"
        }
        if let size { props += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        let rPr = props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>"
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { k, line in
            (k > 0 ? "<w:r>\(rPr)<w:br/></w:r>" : "") + (line.isEmpty ? "" : "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(xml(String(line)))</w:t></w:r>")
        }.joined()
    }

    static func para(_ text: String, style: String? = nil, center: Bool = false, size: Int? = nil) -> String {
        var pPr = ""
        if let style { pPr += "<w:pStyle w:val=\"\(style)\"/>" }
        if center { pPr += "<w:jc w:val=\"center\"/>" }
        return "<w:p>" + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + run(text, size: size) + "</w:p>"
    }

    static func cell(_ text: String, header: Bool = false) -> String { cellRuns(run(text, bold: header), header: header) }

    static func cellRuns(_ runs: String, header: Bool = false) -> String {
        "<w:tc><w:tcPr>" + (header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E8ECF2\"/>" : "") + "</w:tcPr><w:p>\(runs)</w:p></w:tc>"
    }

    static func table(_ rows: [[String]], widths: [Int]) -> String {
        var t = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            t += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        }
        t += "</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>"
        t += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (k, cells) in rows.enumerated() {
            // The header row repeats on every page.
            t += "<w:tr>" + (k == 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            for (i, c) in cells.enumerated() {
                t += c.replacingOccurrences(of: "<w:tcPr>", with: "<w:tcPr><w:tcW w:w=\"\(widths[i])\" w:type=\"dxa\"/>")
            }
            t += "</w:tr>"
        }
        return t + "</w:tbl><w:p/>"
    }

    /// Escapes text for XML content, dropping characters XML 1.0 cannot hold (controls).
    static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                let v = u.value
                if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D { continue }
                if v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
