/// The formats DocParse reads (JSON `source.format`).
///
/// Everything that is not plain text goes through the text-extraction stage (``Ingest``)
/// first: spans then index the plain text it extracted, which `parse --include-text` writes
/// as `source.text`.
public enum InputFormat: String, Codable, Sendable, CaseIterable {
    /// Plain text in any supported encoding.
    case text
    /// A web page or a fragment of one (a crawl's content column of `<p>` elements).
    case html
    /// A Word document (Office Open XML).
    case docx
    /// An Excel workbook (Office Open XML); each sheet read as a task table.
    case xlsx
    /// A PDF with a text layer.
    case pdf
}

/// Formats recognized by their bytes but not read, each with what to do instead.
public enum UnsupportedFormat: String, Sendable, Equatable {
    /// An OLE compound file: Word 97–2003 (.doc), WPS (.wps) or Excel 97–2003 (.xls).
    case oleCompound = "ole"
    /// A PowerPoint presentation (.pptx).
    case pptx
    /// An OpenDocument file (.odt, .ods).
    case openDocument = "odf"
    /// A zip archive that is no Office document.
    case zip
    /// An image (PNG, JPEG, GIF, TIFF, WebP).
    case image
    /// Rich Text Format.
    case rtf
}

extension InputFormat {
    /// The name people use, for messages (`PDF`, `DOCX`).
    public var displayName: String {
        switch self {
        case .text: return "text"
        case .html: return "HTML"
        case .docx: return "DOCX"
        case .xlsx: return "XLSX"
        case .pdf: return "PDF"
        }
    }
}
