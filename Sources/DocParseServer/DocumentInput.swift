import DocParse
import Foundation

/// One document as a request gave it: its bytes (any encoding the parser reads) and how to
/// read them. Nothing here names a server file: a `name` is only a label for the output.
public struct DocumentInput: Sendable {
    public var bytes: [UInt8]
    public var encoding: String?
    public var lenient: Bool
    public var name: String?
    /// A format that skips detection: text pasted into the page's form is text, even when it
    /// holds something that looks like markup.
    public var format: InputFormat? = nil

    public var options: ParseOptions {
        ParseOptions(encoding: encoding, lenient: lenient, path: name, format: format)
    }
}

/// Reads the documents out of a request body, whatever of the accepted forms it takes:
/// JSON (`{"text": …}` or `{"base64": …}`; for a diff `{"old": …, "new": …}`), the raw file
/// (`text/plain`, `application/octet-stream`) or multipart/form-data (what the page's forms send).
public enum InputReader {
    /// Options that can come in the query string (`?encoding=GBK&lenient=1`) for raw bodies.
    public struct QueryOptions: Sendable {
        public var encoding: String?
        public var lenient: Bool
        public init(encoding: String? = nil, lenient: Bool = false) {
            self.encoding = encoding
            self.lenient = lenient
        }
    }

    private struct SingleJSON: Decodable {
        var text: String?
        var base64: String?
        var encoding: String?
        var lenient: Bool?
        var name: String?
    }

    private struct PairJSON: Decodable {
        var old: String?
        var new: String?
        var encoding: String?
        var lenient: Bool?
    }

    enum Kind { case json, raw, multipart(String) }

    static func kind(of contentType: String?) throws(APIError) -> Kind {
        guard let contentType, let media = MediaType(contentType) else { throw .unsupportedType(contentType) }
        switch media.type {
        case "application/json": return .json
        case "text/plain", "application/octet-stream", "text/html", "application/pdf",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
            // The raw file; its format is told by its bytes.
            return .raw
        case "multipart/form-data":
            guard let b = Multipart.boundary(fromContentType: contentType) else {
                throw .badRequest("bad-multipart", "multipart/form-data without a boundary parameter")
            }
            return .multipart(b)
        default: throw .unsupportedType(contentType)
        }
    }

    /// The one document of a parse, check or report request.
    public static func single(contentType: String?, body: [UInt8], query: QueryOptions) throws(APIError) -> DocumentInput {
        switch try kind(of: contentType) {
        case .json:
            let j: SingleJSON
            do { j = try JSONDecoder().decode(SingleJSON.self, from: Data(body)) } catch {
                throw .badRequest("bad-json", "the body is not a JSON object of the expected shape: \(shortReason(error))")
            }
            let lenient = j.lenient ?? false
            switch (j.text, j.base64) {
            case (let t?, nil):
                // The text is already Unicode: it goes to the parser as UTF-8, whatever "encoding" says.
                return DocumentInput(bytes: Array(t.utf8), encoding: "UTF-8", lenient: lenient, name: j.name)
            case (nil, let b?):
                guard let data = Data(base64Encoded: b, options: .ignoreUnknownCharacters) else {
                    throw .badRequest("bad-base64", "the field \"base64\" is not valid base64")
                }
                return DocumentInput(bytes: Array(data), encoding: j.encoding, lenient: lenient, name: j.name)
            case (nil, nil):
                throw .badRequest("missing-field", "the JSON body needs a \"text\" (or \"base64\") field")
            case (_?, _?):
                throw .badRequest("conflicting-fields", "give either \"text\" or \"base64\", not both")
            }
        case .raw:
            // A charset on the content type says how the bytes are written, unless the query overrides it.
            let charset = contentType.flatMap { MediaType($0)?.parameters["charset"] }
            return DocumentInput(bytes: body, encoding: query.encoding ?? charset, lenient: query.lenient, name: nil)
        case .multipart(let boundary):
            let form = try Form(body: body, boundary: boundary)
            guard let doc = form.document(fileField: "file", textField: "text") else {
                throw .badRequest("missing-field", "the form needs a file (field \"file\") or pasted text (field \"text\")")
            }
            return form.applyOptions(doc, query: query)
        }
    }

    /// The two drafts of a diff request, old then new.
    public static func pair(contentType: String?, body: [UInt8], query: QueryOptions) throws(APIError) -> (DocumentInput, DocumentInput) {
        switch try kind(of: contentType) {
        case .json:
            let j: PairJSON
            do { j = try JSONDecoder().decode(PairJSON.self, from: Data(body)) } catch {
                throw .badRequest("bad-json", "the body is not a JSON object of the expected shape: \(shortReason(error))")
            }
            guard let old = j.old, let new = j.new else {
                throw .badRequest("missing-field", "the JSON body needs both \"old\" and \"new\" text fields")
            }
            let lenient = j.lenient ?? false
            return (DocumentInput(bytes: Array(old.utf8), encoding: "UTF-8", lenient: lenient, name: "old"),
                    DocumentInput(bytes: Array(new.utf8), encoding: "UTF-8", lenient: lenient, name: "new"))
        case .raw:
            throw APIError(status: 415, code: "unsupported-media-type",
                           message: "a diff needs two documents: send application/json {\"old\", \"new\"} or multipart/form-data with fields \"old\" and \"new\"")
        case .multipart(let boundary):
            let form = try Form(body: body, boundary: boundary)
            guard let old = form.document(fileField: "old_file", textField: "old") ?? form.document(fileField: "old", textField: "old_text"),
                  let new = form.document(fileField: "new_file", textField: "new") ?? form.document(fileField: "new", textField: "new_text") else {
                throw APIError(status: 400, code: "missing-field",
                               message: "the form needs both drafts: fields \"old\" and \"new\" (a file or pasted text each)",
                               page: Message("page.error.missing-field.pair"))
            }
            return (form.applyOptions(old, query: query), form.applyOptions(new, query: query))
        }
    }

    static func shortReason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c): return c.debugDescription.prefix(120).description
        case DecodingError.typeMismatch(_, let c): return "wrong type at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.keyNotFound(let k, _): return "missing \(k.stringValue)"
        case DecodingError.valueNotFound(_, let c): return "null at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "unreadable"
        }
    }
}

/// The fields of a multipart form, with the page's conventions: a file field wins over the
/// text field when the browser sent a non-empty file.
struct Form {
    var parts: [Multipart.Part]

    init(body: [UInt8], boundary: String) throws(APIError) {
        guard let parts = Multipart.parse(body, boundary: boundary) else {
            throw .badRequest("bad-multipart", "the multipart/form-data body is malformed")
        }
        self.parts = parts
    }

    func field(_ name: String) -> Multipart.Part? { parts.first { $0.name == name } }

    func string(_ name: String) -> String? {
        guard let p = field(name) else { return nil }
        let s = String(decoding: p.body, as: UTF8.self).trimmingCharacters(in: " \t\r\n")
        return s.isEmpty ? nil : s
    }

    func document(fileField: String, textField: String) -> DocumentInput? {
        if let f = field(fileField), !f.body.isEmpty {
            let label = f.filename.flatMap { $0.isEmpty ? nil : Form.baseName($0) }
            return DocumentInput(bytes: f.body, encoding: nil, lenient: false, name: label)
        }
        if let t = field(textField), t.filename == nil,
           !String(decoding: t.body, as: UTF8.self).trimmingCharacters(in: " \t\r\n").isEmpty {
            // The page is UTF-8, so browsers send pasted text as UTF-8.
            return DocumentInput(bytes: t.body, encoding: "UTF-8", lenient: false, name: nil, format: .text)
        }
        return nil
    }

    func applyOptions(_ doc: DocumentInput, query: InputReader.QueryOptions) -> DocumentInput {
        var d = doc
        if d.encoding == nil { d.encoding = string("encoding") ?? query.encoding }
        if let l = string("lenient") { d.lenient = (l == "1" || l == "on" || l == "true") } else { d.lenient = query.lenient }
        return d
    }

    /// Browsers may send a full client path as the filename; only its last component is a useful label.
    static func baseName(_ name: String) -> String {
        let cut = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
        return String(cut.prefix(200))
    }
}
