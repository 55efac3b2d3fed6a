/// A strict RFC 4180 reader used to read back what the exporter wrote: quoted fields may hold
/// commas, doubled quotes, CR and LF; a quote inside an unquoted field, or text after a
/// closing quote, is an error (so a writer that forgot to quote is caught, not tolerated).
enum CSVTestReader {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        var fieldStarted = false
        func endField() { row.append(field); field = ""; fieldStarted = false }
        while i < scalars.count {
            let c = scalars[i]
            if !fieldStarted && c == "\"" {
                // Quoted field: read to the closing quote.
                i += 1
                var closed = false
                while i < scalars.count {
                    if scalars[i] == "\"" {
                        if i + 1 < scalars.count && scalars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 2; continue }
                        closed = true
                        i += 1
                        break
                    }
                    field.unicodeScalars.append(scalars[i])
                    i += 1
                }
                if !closed { throw Malformed(description: "unterminated quoted field in row \(rows.count + 1)") }
                if i < scalars.count && scalars[i] != "," && scalars[i] != "\r" && scalars[i] != "\n" {
                    throw Malformed(description: "text after a closing quote in row \(rows.count + 1)")
                }
                fieldStarted = true
                continue
            }
            switch c {
            case ",":
                endField()
                i += 1
            case "\r":
                guard i + 1 < scalars.count, scalars[i + 1] == "\n" else {
                    throw Malformed(description: "bare CR in an unquoted field in row \(rows.count + 1)")
                }
                endField(); rows.append(row); row = []
                i += 2
            case "\n":
                throw Malformed(description: "bare LF (records must end with CRLF) in row \(rows.count + 1)")
            case "\"":
                throw Malformed(description: "quote inside an unquoted field in row \(rows.count + 1)")
            default:
                field.unicodeScalars.append(c)
                fieldStarted = true
                i += 1
            }
        }
        if fieldStarted || !row.isEmpty { endField(); rows.append(row) }
        return rows
    }
}
