import DocParse
@testable import DocParseServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging

/// Paths and helpers shared by the server tests.
enum ServerTestSupport {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpusNames = [
        "district-education-work-points-2023",
        "hanzhong-education-quality-plan-draft-2023-2025",
        "rizhao-basic-education-plan-2023-2025",
        "xingqing-basic-education-quality-plan-2021",
        "zichuan-balanced-development-report-2022",
    ]

    static func corpusBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent("corpus/\(name).txt")))
    }

    /// The hand-revised second draft of the xingqing plan (the diff golden's input).
    static func xingqingV2() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent("Tests/DocParseTests/Golden/diff/xingqing-v2.txt")))
    }

    static func quietLogger() -> Logger {
        var l = Logger(label: "docparse-server-test")
        l.logLevel = .warning
        return l
    }

    static func app(_ config: ServerConfig = ServerConfig(port: 0), beforeWork: (@Sendable () -> Void)? = nil) -> some ApplicationProtocol {
        DocParseService.application(config: config, logger: quietLogger(), beforeWork: beforeWork)
    }

    static func headers(_ type: String) -> HTTPFields {
        [.contentType: type]
    }

    static func string(_ b: ByteBuffer) -> String { String(buffer: b) }

    static func bytes(_ b: ByteBuffer) -> [UInt8] { Array(b.readableBytesView) }

    /// A multipart/form-data body as a browser builds it.
    static func multipart(boundary: String, _ fields: [(name: String, filename: String?, body: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        for f in fields {
            out += Array("--\(boundary)\r\n".utf8)
            if let fn = f.filename {
                out += Array("Content-Disposition: form-data; name=\"\(f.name)\"; filename=\"\(fn)\"\r\nContent-Type: text/plain\r\n\r\n".utf8)
            } else {
                out += Array("Content-Disposition: form-data; name=\"\(f.name)\"\r\n\r\n".utf8)
            }
            out += f.body
            out += Array("\r\n".utf8)
        }
        out += Array("--\(boundary)--\r\n".utf8)
        return out
    }

    static func json(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    /// The `error.code` of an error answer.
    static func errorCode(_ b: ByteBuffer) -> String? {
        guard let o = try? JSONSerialization.jsonObject(with: Data(bytes(b))) as? [String: Any],
              let e = o["error"] as? [String: Any] else { return nil }
        return e["code"] as? String
    }
}

/// `parsecli check --format json`'s shape, to compare with.
struct ExpectedFileFindings: Encodable {
    var file: String
    var findings: [Finding]
}
