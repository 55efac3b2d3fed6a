import CICU

/// Encodes text in a named charset with ICU (`GB18030`, `Big5`, `UTF-16LE`…).
///
/// DocParse writes UTF-8 only; this exists so tests and tools can produce the legacy
/// encodings the decoder must read, from the same converters the decoder uses.
///
/// ```swift
/// let gbk = TextEncoder.encode("汉中市教育局", charset: "GB18030")!
/// let back = try TextDecoder.decode(gbk, forcedEncoding: "GBK")
/// ```
public enum TextEncoder {
    /// The bytes of `text` in `charset`, or nil when a character cannot be encoded there
    /// (simplified-only characters in Big5, for instance) or ICU does not know the charset.
    ///
    /// - Parameters:
    ///   - text: The text to encode.
    ///   - charset: An ICU converter name or alias.
    /// - Returns: The encoded bytes, or nil.
    public static func encode(_ text: String, charset: String) -> [UInt8]? {
        let units = Array(text.utf16)
        var capacity = units.count * 4 + 16
        while capacity < Int(Int32.max) {
            var out = [UInt8](repeating: 0, count: capacity)
            let n = units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    cicu_convert_from_utf16(charset, src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity))
                }
            }
            if n >= 0 { return Array(out.prefix(Int(n))) }
            if n != -3 { return nil }
            capacity *= 2
        }
        return nil
    }
}
