import DocParse
import Foundation

/// An error answer: an HTTP status and `{"error": {"code", "message"}}`. Every failure a
/// request can meet is turned into one of these, so no client ever sees a stack trace.
public struct APIError: Error, Sendable, Equatable {
    public var status: Int
    public var code: String
    public var message: String
    /// What the page tells a person: a catalogue key (`page.error.…`) and its arguments,
    /// in the words of the form's own controls rather than the API's or the command line's.
    /// Not part of the JSON answer.
    public var page: Message

    public init(status: Int, code: String, message: String, page: Message? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.page = page ?? Message(MessageCatalogue.has("page.error." + code) ? "page.error." + code : "page.error.other")
    }

    static func badRequest(_ code: String, _ message: String) -> APIError {
        APIError(status: 400, code: code, message: message)
    }

    static func tooLarge(limit: Int) -> APIError {
        APIError(status: 413, code: "too-large", message: "the request body is larger than the limit of \(limit) bytes (--max-body-bytes)",
                 page: Message("page.error.too-large", ["limit": sizeText(limit)]))
    }

    static func unsupportedType(_ type: String?) -> APIError {
        APIError(status: 415, code: "unsupported-media-type",
                 message: "content type '\(type ?? "(none)")' is not accepted; send application/json, text/plain, application/octet-stream or multipart/form-data")
    }

    static func timeout(seconds: Double) -> APIError {
        APIError(status: 503, code: "timeout", message: "the request took longer than the limit of \(seconds) seconds (--timeout-seconds)",
                 page: Message("page.error.timeout", ["seconds": seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)]))
    }

    /// A document that cannot be decoded or read (a format not read, a damaged file, a PDF
    /// without text) is the client's input, not a server fault: 422.
    static func from(_ e: DocParseError, limit: Int) -> APIError {
        switch e {
        case .tooLarge: return .tooLarge(limit: limit)
        case .unsupportedFormat, .damaged, .noText:
            let kind: String
            switch e {
            case .unsupportedFormat: kind = "unsupported-format"
            case .damaged: kind = "damaged"
            default: kind = "no-text"
            }
            return APIError(status: 422, code: e.code, message: e.message, page: Message("page.error." + kind, ["detail": e.message]))
        case .decode(let d):
            var args: [String: String] = [:]
            switch d {
            case .binary(let offset): args["offset"] = String(offset)
            case .invalidBytes(let encoding, let offset, _): args = ["offset": String(offset), "encoding": encoding]
            case .unknownEncoding(let name): args["encoding"] = name
            case .empty, .undetectable: break
            }
            let key = "page.error." + e.code
            return APIError(status: 422, code: e.code, message: e.message,
                            page: Message(MessageCatalogue.has(key) ? key : "page.error.other", args))
        }
    }

    /// `20 MB` or `5000 字节`-free plain figures: a limit as staff read it.
    static func sizeText(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / (1024 * 1024)) MB" : bytes >= 1024 ? "\(bytes / 1024) KB" : "\(bytes) B"
    }

    private struct Body: Encodable {
        struct Inner: Encodable { var code: String; var message: String }
        var error: Inner
    }

    /// The JSON body of the answer.
    public var json: Data {
        (try? JSONOutput.encode(Body(error: .init(code: code, message: message)))) ?? Data(#"{"error":{"code":"internal","message":"error"}}"#.utf8)
    }
}
