/// HTML escaping for text and attribute values. Every piece of document text goes through
/// it: a draft containing `<script>` or `"><img onerror=…>` must show as text.
///
/// One function for both contexts (element content and attribute values in either quote)
/// so that no caller has to pick the right escaper. The web service uses it too.
///
/// ```swift
/// HTMLEscape.text(#"<a href="x">'&'</a>"#)   // &lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;
/// ```
public enum HTMLEscape {
    /// `s` escaped for HTML element content and quoted attribute values.
    ///
    /// - Parameter s: Any text.
    /// - Returns: `s` with `&`, `<`, `>`, `"` and `'` replaced by character references.
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
