import Crypto

/// The one entry point of the library: bytes or text in, a typed `Document` out.
///
/// ```swift
/// let doc = try DocumentParser.parse(bytes: Array(data), options: ParseOptions(path: "plan.txt"))
/// print(doc.metadata.title ?? "untitled", doc.tasks.count)
/// ```
///
/// The stages run in a fixed order, each a linear pass: decode → normalize (offset map,
/// simplified shadow, boilerplate zones) → metadata → outline → targets → attributions.
/// Parsing never throws for content problems; those become `diagnostics`. It throws only
/// when the bytes cannot be read as text. Safe to call concurrently.
public enum DocumentParser {
    /// Parses a document from its raw bytes.
    public static func parse(bytes: [UInt8], options: ParseOptions = ParseOptions()) throws(DocParseError) -> Document {
        try parseWithSource(bytes: bytes, options: options).document
    }

    /// Parses a document and also returns its decoded text, for tools that show the source
    /// (the `check` command's carets, the HTML report's highlighted text).
    public static func parseWithSource(bytes: [UInt8], options: ParseOptions = ParseOptions()) throws(DocParseError) -> ParsedDocument {
        if let limit = options.maxBytes, bytes.count > limit { throw .tooLarge(bytes: bytes.count, limit: limit) }
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes, forcedEncoding: options.encoding, lenient: options.lenient)
        } catch let e as DecodeError {
            throw .decode(e)
        } catch {
            throw .decode(.undetectable(detail: "\(error)"))
        }
        let info = SourceInfo(path: options.path, sha256: sha256Hex(bytes), encoding: decoded.encoding,
                              encodingDetected: decoded.detected, bytes: bytes.count, scalars: decoded.scalars.count)
        let source = SourceText(scalars: decoded.scalars)
        var doc = parse(source: source, info: info)
        if decoded.replacedCount > 0 {
            let offsets = decoded.replacedByteOffsets.prefix(10).map(String.init).joined(separator: ", ")
            doc.diagnostics.insert(Diagnostic(
                severity: .warning, code: "decode.invalid-bytes-replaced",
                message: "\(decoded.replacedCount) invalid \(decoded.encoding) byte sequence(s) replaced by U+FFFD (--lenient), at byte offsets \(offsets)\(decoded.replacedCount > 10 ? ", …" : "")",
                span: nil), at: 0)
        }
        return ParsedDocument(document: doc, source: source)
    }

    /// Parses text already in memory (`source.encoding` is `UTF-8`, as Swift strings are).
    public static func parse(text: String, path: String? = nil) -> Document {
        let bytes = Array(text.utf8)
        let source = SourceText(text)
        let info = SourceInfo(path: path, sha256: sha256Hex(bytes), encoding: "UTF-8", encodingDetected: false,
                              bytes: bytes.count, scalars: source.count)
        return parse(source: source, info: info)
    }

    /// Parses text in memory and returns it with its source.
    public static func parseWithSource(text: String, path: String? = nil) -> ParsedDocument {
        ParsedDocument(document: parse(text: text, path: path), source: SourceText(text))
    }

    static func parse(source: SourceText, info: SourceInfo) -> Document {
        let normalized = Normalizer.normalize(source)
        var doc = Document(source: info, metadata: MetadataExtractor.extract(normalized))
        var diagnostics = normalized.diagnostics
        Pipeline.run(normalized, &doc, &diagnostics)
        doc.diagnostics = diagnostics
        return doc
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
public struct ParsedDocument: Sendable {
    public var document: Document
    public var source: SourceText
}
