import DocParse
import Foundation

/// An error answer: an HTTP status and `{"error": {"code", "message"}}`. Every failure a
/// request can meet is turned into one of these, so no client ever sees a stack trace.
public struct APIError: Error, Sendable, Equatable {
    public var status: Int
    public var code: String
    public var message: String

    public init(status: Int, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    static func badRequest(_ code: String, _ message: String) -> APIError {
        APIError(status: 400, code: code, message: message)
    }

    static func tooLarge(limit: Int) -> APIError {
        APIError(status: 413, code: "too-large", message: "the request body is larger than the limit of \(limit) bytes (--max-body-bytes)")
    }

    static func unsupportedType(_ type: String?) -> APIError {
        APIError(status: 415, code: "unsupported-media-type",
                 message: "content type '\(type ?? "(none)")' is not accepted; send application/json, text/plain, application/octet-stream or multipart/form-data")
    }

    static func timeout(seconds: Double) -> APIError {
        APIError(status: 503, code: "timeout", message: "the request took longer than the limit of \(seconds) seconds (--timeout-seconds)")
    }

    /// A document that cannot be decoded or read (a format not read, a damaged file, a PDF
    /// without text) is the client's input, not a server fault: 422.
    static func from(_ e: DocParseError, limit: Int) -> APIError {
        switch e {
        case .tooLarge: return .tooLarge(limit: limit)
        case .decode, .unsupportedFormat, .damaged, .noText: return APIError(status: 422, code: e.code, message: e.message)
        }
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
