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

    /// The text the later stages read from `bytes`, whatever the format: decoded plain text,
    /// or the text extracted from a web page, an Office file or a PDF (for tools that look
    /// at text rather than a parsed document).
    public static func text(_ bytes: [UInt8], options: ParseOptions) throws(DocParseError) -> SourceText {
        let format = try detect(bytes, options: options)
        if format != .text {
            let extracted = try extract(bytes, format: format, options: options)
            return SourceText(scalars: extracted.scalars, pages: extracted.pages)
        }
        do {
            return SourceText(scalars: try TextDecoder.decode(bytes, forcedEncoding: options.encoding, lenient: options.lenient).scalars)
        } catch let e as DecodeError {
            throw .decode(e)
        } catch {
            throw .decode(.undetectable(detail: "\(error)"))
        }
    }

    /// The format of `bytes` by content; `options.format` forces one.
    public static func detect(_ bytes: [UInt8], options: ParseOptions) throws(DocParseError) -> InputFormat {
        try FormatDetector.detect(bytes, forced: options.format, path: options.path)
    }
}
