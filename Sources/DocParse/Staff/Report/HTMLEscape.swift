/// HTML escaping for text and attribute values. Every piece of document text goes through
/// it: a draft containing `<script>` or `"><img onerror=…>` must show as text.
public enum HTMLEscape {
    /// `s` escaped for HTML element content and quoted attribute values.
    public static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars { append(u, to: &out) }
        return out
    }

    @inline(__always)
    static func append(_ u: Unicode.Scalar, to out: inout String) {
        switch u {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(u)
        }
    }
}
