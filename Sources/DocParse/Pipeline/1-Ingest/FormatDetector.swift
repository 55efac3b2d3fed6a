/// Tells the format of a document from its bytes, not its name: a `.txt` that holds a web
/// page is read as HTML, a PDF named `.txt` as PDF. The file name only sharpens the message
/// for formats that are not read (an OLE file named `.xls` is an Excel 97–2003 workbook).
enum FormatDetector {
    /// The format of `bytes`, or the error for a format that is recognized but not read.
    ///
    /// - Parameters:
    ///   - forced: `--format`: skips detection (the readers still fail on bytes of another kind).
    ///   - path: the file name, for messages.
    static func detect(_ bytes: [UInt8], forced: InputFormat?, path: String?) throws(DocParseError) -> InputFormat {
        if let forced { return forced }
        let ext = path.map(fileExtension) ?? ""
        if startsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            let what: String
            switch ext {
            case "xls", "et": what = "an Excel 97–2003 workbook (.\(ext), an OLE compound file); save it as .xlsx and parse that"
            case "wps": what = "a WPS document (.wps, an OLE compound file); save it as .docx or PDF and parse that"
            case "doc": what = "a Word 97–2003 document (.doc, an OLE compound file); save it as .docx or PDF and parse that"
            default: what = "an OLE compound file (Word 97–2003 .doc, WPS .wps or Excel 97–2003 .xls); save it as .docx, .xlsx or PDF and parse that"
            }
            throw .unsupportedFormat(.oleCompound, detail: "unsupported format: " + what)
        }
        if let image = imageKind(bytes) {
            throw .unsupportedFormat(.image, detail: "unsupported format: a \(image) image has no text layer; run OCR and parse the text, or parse the document the image was made from")
        }
        if isPDF(bytes) { return .pdf }
        if startsWith(bytes, Array("PK\u{3}\u{4}".utf8)) || startsWith(bytes, Array("PK\u{5}\u{6}".utf8)) {
            return try zipFormat(bytes, ext: ext)
        }
        if startsWith(bytes, Array("{\\rtf".utf8)) {
            throw .unsupportedFormat(.rtf, detail: "unsupported format: Rich Text Format (.rtf); save it as .docx or plain text and parse that")
        }
        if HTMLSniffer.looksLikeHTML(bytes) { return .html }
        if ["html", "htm", "shtml", "xhtml"].contains(ext), HTMLSniffer.hasAnyTag(bytes) { return .html }
        return .text
    }

    /// DOCX, XLSX, or the error for another kind of zip.
    static func zipFormat(_ bytes: [UInt8], ext: String) throws(DocParseError) -> InputFormat {
        guard let zip = ZipPackage(bytes: bytes) else {
            let kind = ext == "xlsx" ? InputFormat.xlsx : .docx
            if ext == "docx" || ext == "xlsx" {
                throw .damaged(kind, detail: "the zip archive is truncated or damaged (no readable central directory); save the file again or copy it whole")
            }
            throw .unsupportedFormat(.zip, detail: "unsupported format: a zip archive that is truncated or damaged; a .docx or .xlsx must be copied whole")
        }
        if zip.contains("word/document.xml") { return .docx }
        if zip.contains("xl/workbook.xml") { return .xlsx }
        if zip.contains("ppt/presentation.xml") {
            throw .unsupportedFormat(.pptx, detail: "unsupported format: a PowerPoint presentation (.pptx); save it as PDF and parse that")
        }
        if zip.contains("mimetype") || zip.contains("content.xml") {
            throw .unsupportedFormat(.openDocument, detail: "unsupported format: an OpenDocument file (.odt/.ods); save it as .docx or .xlsx and parse that")
        }
        throw .unsupportedFormat(.zip, detail: "unsupported format: a zip archive (\(zip.paths.count) entries) that is no Word or Excel document; unpack it and parse the documents inside")
    }

    static func isPDF(_ bytes: [UInt8]) -> Bool {
        // The header may follow some junk bytes; readers accept it within the first kilobyte.
        let pdf = Array("%PDF-".utf8)
        let limit = min(bytes.count, 1024) - pdf.count
        if limit < 0 { return false }
        var i = 0
        while i <= limit {
            if bytes[i] == 0x25, Array(bytes[i..<i + pdf.count]) == pdf { return true }
            i += 1
        }
        return false
    }

    static func imageKind(_ b: [UInt8]) -> String? {
        if startsWith(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "PNG" }
        if startsWith(b, [0xFF, 0xD8, 0xFF]) { return "JPEG" }
        if startsWith(b, Array("GIF87a".utf8)) || startsWith(b, Array("GIF89a".utf8)) { return "GIF" }
        if startsWith(b, [0x49, 0x49, 0x2A, 0x00]) || startsWith(b, [0x4D, 0x4D, 0x00, 0x2A]) { return "TIFF" }
        if b.count >= 12, startsWith(b, Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) { return "WebP" }
        return nil
    }

    static func startsWith(_ b: [UInt8], _ prefix: [UInt8]) -> Bool {
        b.count >= prefix.count && b[0..<prefix.count].elementsEqual(prefix)
    }

    static func fileExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }
}
