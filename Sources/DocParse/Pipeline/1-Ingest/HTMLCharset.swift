/// Decodes an HTML page's bytes: a byte order mark decides, then the page's own
/// `<meta charset>` or `http-equiv` content type, then detection (GBK pages without a
/// declaration are common on government sites).
enum HTMLCharset {
    /// Bytes searched for a `<meta>` declaration (HTML5 says 1024; CMS pages put long scripts first).
    static let prescanBytes = 8192

    static func decode(_ bytes: [UInt8], forced: String?, lenient: Bool) throws -> (DecodedText, [Diagnostic]) {
        if forced != nil { return (try TextDecoder.decode(bytes, forcedEncoding: forced, lenient: lenient), []) }
        let hasBOM = FormatDetector.startsWith(bytes, [0xEF, 0xBB, 0xBF]) || FormatDetector.startsWith(bytes, [0xFF, 0xFE])
            || FormatDetector.startsWith(bytes, [0xFE, 0xFF])
        if !hasBOM, let declared = declaredCharset(bytes), let canonical = try? TextDecoder.canonicalName(declared) {
            do {
                var d = try TextDecoder.decode(bytes, forcedEncoding: canonical, lenient: false)
                d.detected = false
                return (d, [])
            } catch {
                // A wrong declaration (a GBK page saying UTF-8) is common: detect instead, and say so.
                let d = try TextDecoder.decode(bytes, forcedEncoding: nil, lenient: lenient)
                return (d, [Diagnostic(severity: .warning, code: "ingest.html-charset-mismatch",
                                       message: "the page declares charset \(declared) but its bytes are not \(canonical); read as \(d.encoding)",
                                       span: nil)])
            }
        }
        return (try TextDecoder.decode(bytes, forcedEncoding: nil, lenient: lenient), [])
    }

    /// The charset named by a `<meta charset=…>` or `<meta http-equiv content="…; charset=…">`
    /// in the first bytes: the first `charset=` inside a `<meta` tag.
    static func declaredCharset(_ b: [UInt8]) -> String? {
        let end = min(b.count, prescanBytes)
        var i = 0
        while i + 5 < end {
            if b[i] == UInt8(ascii: "<"), lowerEquals(b, i + 1, "meta") {
                var j = i + 5
                while j < end, b[j] != UInt8(ascii: ">") {
                    if lowerEquals(b, j, "charset") {
                        var k = j + 7
                        while k < end, b[k] == 0x20 { k += 1 }
                        guard k < end, b[k] == UInt8(ascii: "=") else { j += 1; continue }
                        k += 1
                        while k < end, b[k] == 0x20 || b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") { k += 1 }
                        var name: [UInt8] = []
                        while k < end, name.count < 40 {
                            let c = b[k]
                            let ok = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
                            if !ok { break }
                            name.append(c); k += 1
                        }
                        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
                    }
                    j += 1
                }
                i = j
            }
            i += 1
        }
        return nil
    }

    static func lowerEquals(_ b: [UInt8], _ at: Int, _ word: String) -> Bool {
        var k = at
        for c in word.utf8 {
            guard k < b.count, b[k] | 0x20 == c else { return false }
            k += 1
        }
        return true
    }
}
