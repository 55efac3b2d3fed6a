/// The text-extraction stage: the first stage of the pipeline for every format but plain
/// text. It detects the format by content (``FormatDetector``), runs the format's reader and
/// hands the later stages plain text in which spans are counted, with structure hints and a
/// map back to the source (``ExtractedText``).
public enum Ingest {
    /// The extracted text of `bytes` in `format` (not `.text`: plain text is decoded, not extracted).
    static func extract(_ bytes: [UInt8], format: InputFormat, options: ParseOptions) throws(DocParseError) -> ExtractedText {
        switch format {
        case .text:
            preconditionFailure("plain text is decoded by TextDecoder")
        case .html: return try HTMLReader.read(bytes, options: options)
        case .docx: return try DocxReader.read(bytes)
        case .xlsx: return try XlsxReader.read(bytes)
        case .pdf: return try PDFReader.read(bytes)
        }
    }

    /// The format of `bytes` by content; `options.format` forces one.
    public static func detect(_ bytes: [UInt8], options: ParseOptions) throws(DocParseError) -> InputFormat {
        try FormatDetector.detect(bytes, forced: options.format, path: options.path)
    }
}
