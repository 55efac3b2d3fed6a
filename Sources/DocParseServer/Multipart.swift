/// A minimal multipart/form-data reader (RFC 7578) over bytes: what browsers send for a form
/// with a file. Hummingbird's core has none, and the page must work without scripts.
/// Parts are kept as bytes because an uploaded draft may be GBK, Big5 or UTF-16.
public enum Multipart {
    public struct Part: Sendable, Equatable {
        /// The form field's `name`.
        public var name: String
        /// The `filename` of a file field (empty when the browser sent no file), nil for text fields.
        public var filename: String?
        public var contentType: String?
        public var body: [UInt8]
    }

    /// The boundary parameter of a `multipart/form-data; boundary=…` content type.
    public static func boundary(fromContentType type: String) -> String? {
        guard let params = MediaType(type), params.type == "multipart/form-data" else { return nil }
        guard let b = params.parameters["boundary"], !b.isEmpty, b.count <= 200 else { return nil }
        return b
    }

    /// Splits a body into its parts; nil when it is not well-formed multipart with this boundary.
    /// One linear scan: each delimiter is found with a first-byte check then a short compare.
    public static func parse(_ body: [UInt8], boundary: String) -> [Part]? {
        let delimiter = Array("--\(boundary)".utf8)
        var positions: [Int] = []  // start index of every "--boundary" that begins a line
        var i = 0
        let n = body.count
        while i + delimiter.count <= n {
            if body[i] == delimiter[0], (i == 0 || (i >= 2 && body[i - 2] == 13 && body[i - 1] == 10)) || (i >= 1 && body[i - 1] == 10),
               body[i..<(i + delimiter.count)].elementsEqual(delimiter) {
                positions.append(i)
                i += delimiter.count
            } else {
                i += 1
            }
        }
        guard positions.count >= 2 else { return nil }
        // The last delimiter must be the closing one ("--boundary--").
        let last = positions[positions.count - 1] + delimiter.count
        guard last + 2 <= n, body[last] == 45, body[last + 1] == 45 else { return nil }
        var parts: [Part] = []
        for k in 0..<(positions.count - 1) {
            var start = positions[k] + delimiter.count
            // Skip the rest of the delimiter line (transport padding, then CRLF).
            while start < n, body[start] != 10 { start += 1 }
            start += 1
            var end = positions[k + 1]
            // The CRLF before the next delimiter belongs to the delimiter.
            if end >= 1, body[end - 1] == 10 { end -= 1 }
            if end >= 1, end > start, body[end - 1] == 13 { end -= 1 }
            guard start <= end else { return nil }
            guard let part = parsePart(Array(body[start..<end])) else { return nil }
            parts.append(part)
        }
        return parts
    }

    private static func parsePart(_ bytes: [UInt8]) -> Part? {
        // Headers end at the first empty line.
        var i = 0
        var headerEnd = -1, bodyStart = -1
        while i < bytes.count {
            if bytes[i] == 10 {
                if i + 1 < bytes.count, bytes[i + 1] == 10 { headerEnd = i; bodyStart = i + 2; break }
                if i + 2 < bytes.count, bytes[i + 1] == 13, bytes[i + 2] == 10 { headerEnd = i; bodyStart = i + 3; break }
            }
            i += 1
        }
        guard headerEnd >= 0, headerEnd <= 16 * 1024 else { return nil }
        let headerText = String(decoding: bytes[0..<headerEnd], as: UTF8.self)
        var name: String?, filename: String?, contentType: String?
        for rawLine in headerText.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            guard let colon = rawLine.firstIndex(of: ":") else { continue }
            let key = rawLine[..<colon].trimmingCharacters(in: " \t").lowercased()
            let value = String(rawLine[rawLine.index(after: colon)...]).trimmingCharacters(in: " \t\r")
            if key == "content-disposition" {
                guard let d = MediaType(value), d.type == "form-data" else { return nil }
                name = d.parameters["name"]
                filename = d.parameters["filename"]
            } else if key == "content-type" {
                contentType = value
            }
        }
        guard let name else { return nil }
        return Part(name: name, filename: filename, contentType: contentType, body: Array(bytes[bodyStart...]))
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

/// A content type split into its lower-cased type and its parameters (quoted values unquoted).
/// Also reads Content-Disposition, which has the same shape.
struct MediaType {
    var type: String
    var parameters: [String: String] = [:]

    init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func skipBlanks() { while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 } }
        var head = ""
        while i < scalars.count, scalars[i] != ";" { head.unicodeScalars.append(scalars[i]); i += 1 }
        type = head.trimmingCharacters(in: " \t").lowercased()
        if type.isEmpty { return nil }
        while i < scalars.count {
            i += 1  // past ';'
            skipBlanks()
            var key = ""
            while i < scalars.count, scalars[i] != "=", scalars[i] != ";" { key.unicodeScalars.append(scalars[i]); i += 1 }
            key = key.trimmingCharacters(in: " \t").lowercased()
            guard i < scalars.count, scalars[i] == "=" else { continue }
            i += 1
            skipBlanks()
            var value = ""
            if i < scalars.count, scalars[i] == "\"" {
                i += 1
                // No backslash escapes: browsers send a filename's '"' as %22 and leave '\'
                // alone (old Windows browsers send "C:\Users\me\draft.txt").
                while i < scalars.count, scalars[i] != "\"" {
                    value.unicodeScalars.append(scalars[i]); i += 1
                }
                i += 1
                while i < scalars.count, scalars[i] != ";" { i += 1 }
            } else {
                while i < scalars.count, scalars[i] != ";" { value.unicodeScalars.append(scalars[i]); i += 1 }
                value = value.trimmingCharacters(in: " \t")
            }
            if !key.isEmpty { parameters[key] = value }
        }
    }
}
