import CICU

/// The result of decoding a document's bytes.
///
/// Besides the text it keeps how the text was obtained, which ends up in the document's
/// ``SourceInfo`` and diagnostics: a consumer can tell a detected GB18030 file from one the
/// caller forced, and see where lenient decoding replaced bytes.
public struct DecodedText: Sendable {
    /// The decoded text as scalars (a leading BOM is dropped).
    public var scalars: [Unicode.Scalar]
    /// The encoding used, by its ICU canonical name (`UTF-8`, `GB18030`, `Big5`, `UTF-16LE`…).
    public var encoding: String
    /// True when the encoding was found by detection, false when a BOM or `--encoding` said it.
    public var detected: Bool
    /// Byte offsets of sequences replaced by U+FFFD in lenient mode (at most 1,000 kept).
    public var replacedByteOffsets: [Int]
    /// How many sequences were replaced in all.
    public var replacedCount: Int
}

/// Turns bytes into text: BOMs, strict UTF-8, then ICU's charset detector and converters.
///
/// Why this order: almost every document today is UTF-8, which is validated in Swift at
/// memory speed; ICU is used only for BOM-marked UTF-16 and for legacy Chinese encodings
/// (GB18030/GBK, Big5), where its statistical detector tells them apart.
public enum TextDecoder {
    /// Encodings the detector may choose without being asked.
    static let detectable: Set<String> = ["GB18030", "Big5", "UTF-16LE", "UTF-16BE", "UTF-8"]

    /// Decodes a document's bytes into Unicode scalars.
    ///
    /// Without `forcedEncoding` the order is: a byte order mark decides; then valid UTF-8 is
    /// UTF-8; then UTF-8 damaged after much valid multi-byte text is reported as damaged
    /// UTF-8 (not re-read as GBK); then ICU's detector chooses between UTF-16 without a BOM,
    /// GB18030 and Big5. Unless a BOM or `forcedEncoding` names the encoding, or it is
    /// detected as UTF-16, input holding NUL, DEL or another C0 control byte (tab, line feed,
    /// form feed and carriage return aside) is refused as binary.
    ///
    /// - Parameters:
    ///   - bytes: The raw input.
    ///   - forcedEncoding: An encoding name (ICU name or alias: `GBK`, `Big5`, `UTF-16LE`)
    ///     that skips detection; `GBK`, `GB2312` and `CP936` are read as GB18030, their superset.
    ///   - lenient: Replace invalid byte sequences with U+FFFD and count them instead of throwing.
    /// - Returns: The scalars (without a leading BOM), the encoding used and the replacements made.
    /// - Throws: ``DecodeError``: `empty` for no bytes or a BOM alone, `binary`,
    ///   `invalidBytes` (strict mode), `unknownEncoding` for a forced name ICU does not know,
    ///   `undetectable` when no supported encoding fits.
    public static func decode(_ bytes: [UInt8], forcedEncoding: String? = nil, lenient: Bool = false) throws -> DecodedText {
        if bytes.isEmpty { throw DecodeError.empty }
        let decoded = try decodeBytes(bytes, forcedEncoding: forcedEncoding, lenient: lenient)
        // A byte order mark and nothing else is an empty file too.
        if decoded.scalars.isEmpty { throw DecodeError.empty }
        return decoded
    }

    static func decodeBytes(_ bytes: [UInt8], forcedEncoding: String?, lenient: Bool) throws -> DecodedText {
        if let forced = forcedEncoding {
            let canonical = try canonicalName(forced)
            if canonical == "UTF-8" { return try decodeUTF8(bytes, from: skipUTF8BOM(bytes), lenient: lenient, detected: false) }
            return try decodeWithICU(bytes, charset: canonical, lenient: lenient, detected: false)
        }
        // BOMs decide.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return try decodeUTF8(bytes, from: 3, lenient: lenient, detected: false)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return try decodeWithICU(bytes, charset: "UTF-16LE", lenient: lenient, detected: false, skip: 2)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return try decodeWithICU(bytes, charset: "UTF-16BE", lenient: lenient, detected: false, skip: 2)
        }
        // Valid UTF-8, the common case, is decoded in the pass that validates it (it was
        // validated, searched for binary bytes and then decoded: three passes); any other
        // input is probed as before.
        let attempt = UTF8Validator.decode(bytes, from: 0, lenient: false)
        if attempt.error == nil {
            if attempt.controlSeen, let bin = binaryOffset(bytes) { throw DecodeError.binary(offset: bin) }
            return DecodedText(scalars: attempt.scalars, encoding: "UTF-8", detected: true,
                               replacedByteOffsets: attempt.replaced, replacedCount: attempt.replacedCount)
        }
        let probe = UTF8Validator.validate(bytes)
        // Not valid UTF-8. If much valid multi-byte UTF-8 came first, this is damaged or
        // mixed UTF-8: report the place rather than re-reading the whole file as GBK.
        if probe.multiByteBeforeError >= 8 {
            if lenient { return try decodeUTF8(bytes, from: 0, lenient: true, detected: true) }
            let err = probe.firstError!
            throw DecodeError.invalidBytes(encoding: "UTF-8", offset: err.offset, length: err.length)
        }
        let sample = Array(bytes.prefix(1 << 16))
        let candidates = detectCharsets(sample)
        // UTF-16 without BOM shows up as many NUL bytes; anything else with NULs is binary.
        if let utf16 = candidates.first(where: { ($0.name == "UTF-16LE" || $0.name == "UTF-16BE") && $0.confidence >= 50 }) {
            return try decodeWithICU(bytes, charset: utf16.name, lenient: lenient, detected: true)
        }
        if let bin = binaryOffset(bytes) { throw DecodeError.binary(offset: bin) }
        guard let choice = candidates.first(where: { $0.name == "GB18030" || $0.name == "Big5" }) else {
            let names = candidates.prefix(3).map { "\($0.name) \($0.confidence)%" }.joined(separator: ", ")
            let err = probe.firstError!
            throw DecodeError.undetectable(detail: "not UTF-8 (invalid byte at offset \(err.offset)), no Chinese encoding fits\(names.isEmpty ? "" : "; detector: " + names)")
        }
        return try decodeWithICU(bytes, charset: choice.name, lenient: lenient, detected: true)
    }

    static func skipUTF8BOM(_ bytes: [UInt8]) -> Int {
        (bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ? 3 : 0
    }

    /// First offset of a NUL or C0 control byte other than tab, line feed, form feed and
    /// carriage return (and ESC-free text), or nil.
    static func binaryOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buf in
            for i in 0..<buf.count {
                let b = buf[i]
                if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C { return i }
                if b == 0x7F { return i }
            }
            return nil
        }
    }

    static func canonicalName(_ name: String) throws -> String {
        let upper = name.uppercased()
        switch upper {
        case "UTF8", "UTF-8": return "UTF-8"
        case "GBK", "GB2312", "GB18030", "CP936": return "GB18030"
        case "BIG5", "BIG-5", "CP950": return "Big5"
        case "UTF-16LE", "UTF16LE": return "UTF-16LE"
        case "UTF-16BE", "UTF16BE": return "UTF-16BE"
        default: break
        }
        var out = [CChar](repeating: 0, count: 64)
        guard cicu_canonical_charset(name, &out, 64) == 1 else { throw DecodeError.unknownEncoding(name) }
        return String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    struct Candidate { var name: String; var confidence: Int }

    static func detectCharsets(_ bytes: [UInt8]) -> [Candidate] {
        var names = [CChar](repeating: 0, count: 32 * 16)
        var conf = [Int32](repeating: 0, count: 16)
        let n = bytes.withUnsafeBufferPointer { cicu_detect_charsets($0.baseAddress, Int32($0.count), &names, &conf, 16) }
        guard n > 0 else { return [] }
        return (0..<Int(n)).map { i in
            let raw = names[(i * 32)..<(i * 32 + 32)].prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            return Candidate(name: String(decoding: raw, as: UTF8.self), confidence: Int(conf[i]))
        }
    }

    static func decodeUTF8(_ bytes: [UInt8], from start: Int, lenient: Bool, detected: Bool) throws -> DecodedText {
        let result = UTF8Validator.decode(bytes, from: start, lenient: lenient)
        if let err = result.error { throw DecodeError.invalidBytes(encoding: "UTF-8", offset: err.offset, length: err.length) }
        return DecodedText(scalars: result.scalars, encoding: "UTF-8", detected: detected,
                           replacedByteOffsets: result.replaced, replacedCount: result.replacedCount)
    }

    static func decodeWithICU(_ bytes: [UInt8], charset: String, lenient: Bool, detected: Bool, skip: Int = 0) throws -> DecodedText {
        let body = skip > 0 ? Array(bytes[skip...]) : bytes
        guard body.count < Int(Int32.max / 2) else {
            throw DecodeError.undetectable(detail: "input larger than 1 GiB")
        }
        let capacity = body.count + 16
        var out = [UInt16](repeating: 0, count: capacity)
        var errOffset: Int32 = 0, errLength: Int32 = 0, badCount: Int32 = 0
        var bad = [Int32](repeating: 0, count: 1000)
        let n = body.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                cicu_convert_to_utf16(charset, src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity),
                                      lenient ? 1 : 0, &errOffset, &errLength, &bad, 1000, &badCount)
            }
        }
        if n == -1 { throw DecodeError.unknownEncoding(charset) }
        if n == -2 { throw DecodeError.invalidBytes(encoding: charset, offset: Int(errOffset) + skip, length: Int(errLength)) }
        if n < 0 { throw DecodeError.undetectable(detail: "conversion buffer overflow in \(charset)") }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(Int(n))
        var i = 0
        let count = Int(n)
        while i < count {
            let u = out[i]
            if u >= 0xD800, u < 0xDC00, i + 1 < count, out[i + 1] >= 0xDC00, out[i + 1] < 0xE000 {
                let v = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(out[i + 1]) - 0xDC00)
                scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                i += 2
            } else {
                scalars.append(Unicode.Scalar(UInt32(u)) ?? "\u{FFFD}")
                i += 1
            }
        }
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let kept = Array(bad.prefix(min(Int(badCount), 1000))).map { Int($0) + skip }
        return DecodedText(scalars: scalars, encoding: charset, detected: detected,
                           replacedByteOffsets: kept, replacedCount: Int(badCount))
    }
}
