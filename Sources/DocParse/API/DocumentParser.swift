import Crypto

/// The one entry point of the library: bytes or text in, a typed ``Document`` out.
///
/// Use the `bytes` entry points for files, since they detect the encoding, enforce
/// ``ParseOptions/maxBytes`` and record the content hash of exactly the bytes read; use the
/// `text` entry points for strings already in memory. The `WithSource` variants also return
/// the decoded text, which tools need to show a span's original wording.
///
/// ```swift
/// let doc = try DocumentParser.parse(bytes: Array(data), options: ParseOptions(path: "plan.txt"))
/// print(doc.metadata.title ?? "untitled", doc.tasks.count)
/// ```
///
/// The stages run in a fixed order, each a linear pass (`Pipeline` names them): decode →
/// normalize (offset map, simplified shadow, boilerplate zones) → analyze (the shared text
/// layer) → metadata → structure → targets → units → references.
/// Parsing never throws for content problems; those become `diagnostics`. It throws only
/// when the bytes cannot be read as text. Safe to call concurrently.
public enum DocumentParser {
    /// Parses a document from its raw bytes.
    ///
    /// - Parameters:
    ///   - bytes: The file's content as read from disk or the network, in any supported
    ///     encoding (UTF-8, UTF-16 with a BOM, GB18030/GBK, Big5).
    ///   - options: Encoding override, lenient decoding, the path to record and a size limit.
    /// - Returns: The parsed document; content problems are in its `diagnostics`.
    /// - Throws: ``DocParseError/tooLarge(bytes:limit:)`` when `bytes` exceed
    ///   ``ParseOptions/maxBytes``, ``DocParseError/decode(_:)`` when they cannot be read as text.
    public static func parse(bytes: consuming [UInt8], options: ParseOptions = ParseOptions()) throws(DocParseError) -> Document {
        try parseWithSource(bytes: bytes, options: options).document
    }

    /// Parses a document and also returns its decoded text, for tools that show the source
    /// (the `check` command's carets, the HTML report's highlighted text).
    ///
    /// A decoded text is needed because spans are offsets into it, not into the bytes.
    ///
    /// - Parameters:
    ///   - bytes: The file's content, in any supported encoding.
    ///   - options: Encoding override, lenient decoding, the path to record and a size limit.
    /// - Returns: The document and the ``SourceText`` its spans point into.
    /// - Throws: ``DocParseError`` when the bytes are too large or cannot be read as text.
    public static func parseWithSource(bytes: consuming [UInt8], options: ParseOptions = ParseOptions()) throws(DocParseError) -> ParsedDocument {
        if let limit = options.maxBytes, bytes.count > limit { throw .tooLarge(bytes: bytes.count, limit: limit) }
        let format = try Ingest.detect(bytes, options: options)
        if format != .text {
            let extracted = try Ingest.extract(bytes, format: format, options: options)
            return parse(extracted: extracted, bytes: bytes, options: options)
        }
        let decoded = try Pipeline.decode(bytes, options: options)
        var info = SourceInfo(path: options.path, sha256: sha256Hex(bytes), encoding: decoded.encoding,
                              encodingDetected: decoded.detected, bytes: bytes.count, scalars: decoded.scalars.count)
        if options.includeText { info.text = string(decoded.scalars) }
        let source = SourceText(scalars: decoded.scalars)
        // The bytes are not needed past this point: let a caller that handed them over (a
        // parameter taken as `consuming`) free them before the stages run.
        _ = consume bytes
        var doc = Pipeline.run(source, info: info, trace: options.trace)
        if decoded.replacedCount > 0 {
            let offsets = decoded.replacedByteOffsets.prefix(10).map(String.init).joined(separator: ", ")
            doc.diagnostics.insert(Diagnostic(
                severity: .warning, code: "decode.invalid-bytes-replaced",
                message: "\(decoded.replacedCount) invalid \(decoded.encoding) byte sequence(s) replaced by U+FFFD (--lenient), at byte offsets \(offsets)\(decoded.replacedCount > 10 ? ", …" : "")",
                span: nil), at: 0)
        }
        return ParsedDocument(document: doc, source: source, extracted: nil)
    }

    /// The document of text extracted from HTML, DOCX, XLSX or PDF: its spans index the
    /// extracted text, and the reader's diagnostics come first.
    static func parse(extracted: ExtractedText, bytes: [UInt8], options: ParseOptions) -> ParsedDocument {
        var info = SourceInfo(path: options.path, sha256: sha256Hex(bytes), encoding: extracted.encoding,
                              encodingDetected: extracted.encodingDetected, bytes: bytes.count,
                              scalars: extracted.scalars.count, format: extracted.format, pages: extracted.pages)
        if options.includeText { info.text = string(extracted.scalars) }
        let source = SourceText(scalars: extracted.scalars, pages: extracted.pages)
        // The same stages as plain text, with the caller's `--trace`.
        var doc = Pipeline.run(source, info: info, trace: options.trace)
        doc.diagnostics.insert(contentsOf: extracted.diagnostics, at: 0)
        return ParsedDocument(document: doc, source: source, extracted: extracted)
    }

    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var s = String()
        s.unicodeScalars.append(contentsOf: scalars)
        return s
    }

    /// Parses text already in memory (`source.encoding` is `UTF-8`, as Swift strings are).
    ///
    /// Nothing is decoded, so this never throws; the recorded hash and byte count are those
    /// of the string's UTF-8.
    ///
    /// - Parameters:
    ///   - text: The document's text.
    ///   - path: The path to record in ``SourceInfo/path``, if the text came from a file.
    /// - Returns: The parsed document.
    public static func parse(text: String, path: String? = nil) -> Document {
        let bytes = Array(text.utf8)
        let source = SourceText(text)
        let info = SourceInfo(path: path, sha256: sha256Hex(bytes), encoding: "UTF-8", encodingDetected: false,
                              bytes: bytes.count, scalars: source.count)
        return parse(source: source, info: info)
    }

    /// Parses text in memory and returns it with its source.
    ///
    /// - Parameters:
    ///   - text: The document's text.
    ///   - path: The path to record in ``SourceInfo/path``, if the text came from a file.
    /// - Returns: The document and the ``SourceText`` of `text`, which its spans point into.
    public static func parseWithSource(text: String, path: String? = nil) -> ParsedDocument {
        return ParsedDocument(document: parse(text: text, path: path), source: SourceText(text), extracted: nil)
    }

    static func parse(source: SourceText, info: SourceInfo) -> Document {
        Pipeline.run(source, info: info)
    }

    static func sha256Hex(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        let hex: [Character] = Array("0123456789abcdef")
        var s = ""
        s.reserveCapacity(64)
        for b in digest {
            s.append(hex[Int(b >> 4)])
            s.append(hex[Int(b & 0xF)])
        }
        return s
    }
}

/// A parsed document together with the text its spans point into.
///
/// A ``Document`` is self-contained data (it encodes to JSON without its text), but every
/// ``Span`` in it is an offset into the decoded original. Tools that quote the original
/// (``DraftChecker``, ``FindingFormatter``, ``ReportRenderer``) need both, and this pair keeps
/// them together so a span is never read against the wrong text.
///
/// ```swift
/// let parsed = try DocumentParser.parseWithSource(bytes: bytes)
/// if let t = parsed.document.targets.first {
///     print(parsed.source.string(t.span.start..<t.span.end))
/// }
/// ```
public struct ParsedDocument: Sendable {
    /// The parsed document.
    public var document: Document
    /// The decoded original text; `document`'s spans are scalar offsets into it.
    public var source: SourceText
    /// For HTML, DOCX, XLSX and PDF: the extraction's blocks, pages and source places (the
    /// `source` above is its text); nil for plain text.
    public var extracted: ExtractedText? = nil
}
