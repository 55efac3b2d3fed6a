/// RFC 4180 CSV encoding: fields separated by `,`, records ended by CRLF, and a field
/// quoted (with `"` doubled inside) when it holds `,`, `"`, CR or LF, or starts or ends
/// with a space (which some readers would trim).
///
/// Quoting only where needed keeps the files small and readable as plain text; CRLF is what
/// RFC 4180 and Excel expect.
///
/// ```swift
/// CSVWriter.row(["doc_id", "title, draft", "say \"hi\""])   // doc_id,"title, draft","say ""hi"""\r\n
/// ```
public enum CSVWriter {
    /// One record, with its CRLF.
    ///
    /// - Parameter fields: The record's fields, in column order.
    /// - Returns: The encoded record, ending in `\r\n`.
    public static func row(_ fields: [String]) -> String {
        var out = ""
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(",") }
            out.append(quote(f))
        }
        out.append("\r\n")
        return out
    }

    /// One field, quoted when needed.
    ///
    /// - Parameter field: The field's text.
    /// - Returns: `field` unchanged, or wrapped in `"` with inner quotes doubled.
    public static func quote(_ field: String) -> String {
        var needs = false
        for u in field.utf8 where u == 0x2C || u == 0x22 || u == 0x0D || u == 0x0A {
            needs = true
            break
        }
        if !needs, let first = field.utf8.first, let last = field.utf8.last, first == 0x20 || last == 0x20 { needs = true }
        guard needs else { return field }
        var out = "\""
        for ch in field.unicodeScalars {
            if ch == "\"" { out.append("\"\"") } else { out.unicodeScalars.append(ch) }
        }
        out.append("\"")
        return out
    }
}
