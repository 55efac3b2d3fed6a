import DocParse
@testable import DocParseServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

private typealias S = ServerTestSupport

@Suite("Web service API with PDF, HTML and refused formats")
struct FormatAPITests {
    static var pdf: [UInt8] {
        get throws {
            [UInt8](try Data(contentsOf: S.root.appendingPathComponent("Tests/DocParseTests/Fixtures/Ingest/two-pages.pdf")))
        }
    }

    @Test("A PDF as base64 JSON and as the raw application/pdf body parse as the library does")
    func pdfUpload() async throws {
        let pdf = try Self.pdf
        try await S.app().test(.live) { client in
            let r = try await client.execute(uri: "/v1/parse", method: .post, headers: S.headers("application/json"),
                                             body: try S.json(["base64": Data(pdf).base64EncodedString()]))
            #expect(r.status == .ok)
            let expected = try JSONOutput.encode(try DocumentParser.parse(bytes: pdf))
            #expect(S.bytes(r.body) == Array(expected))
            let raw = try await client.execute(uri: "/v1/parse", method: .post, headers: S.headers("application/pdf"), body: ByteBuffer(bytes: pdf))
            #expect(raw.status == .ok)
            #expect(S.string(raw.body).contains("\"format\":\"pdf\""))
        }
    }

    @Test("A page posted as text/html is read as HTML; an OLE .doc gets 422 naming the format")
    func htmlAndRefused() async throws {
        try await S.app().test(.live) { client in
            let page = "<html><body><nav>首页</nav><p>一、总体目标</p><p>（一）加强领导。</p></body></html>"
            let r = try await client.execute(uri: "/v1/parse", method: .post, headers: S.headers("text/html; charset=utf-8"),
                                             body: ByteBuffer(string: page))
            #expect(r.status == .ok)
            #expect(S.string(r.body).contains("\"format\":\"html\""))
            let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
            let bad = try await client.execute(uri: "/v1/parse", method: .post, headers: S.headers("application/octet-stream"), body: ByteBuffer(bytes: ole))
            #expect(bad.status.code == 422)
            #expect(S.string(bad.body).contains("unsupported-format-ole"))
        }
    }
}
