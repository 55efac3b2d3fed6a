import DocParse
@testable import DocParseServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

private typealias S = ServerTestSupport

@Suite("Web service API over real HTTP")
struct APITests {
    @Test("healthz answers and the schema is the CLI's")
    func healthAndSchema() async throws {
        try await S.app().test(.live) { client in
            let h = try await client.execute(uri: "/healthz", method: .get)
            #expect(h.status == .ok)
            #expect(S.string(h.body).contains("ok"))
            let s = try await client.execute(uri: "/v1/schema", method: .get)
            #expect(s.status == .ok)
            #expect(S.string(s.body) == JSONSchema.text)
        }
    }

    @Test("parse of every corpus document as the raw body equals the library's JSON")
    func parseRaw() async throws {
        try await S.app().test(.live) { client in
            for name in S.corpusNames {
                let bytes = try S.corpusBytes(name)
                let r = try await client.execute(uri: "/v1/parse", method: .post, headers: S.headers("text/plain"), body: ByteBuffer(bytes: bytes))
                #expect(r.status == .ok, "\(name)")
                let expected = try JSONOutput.encode(try DocumentParser.parseWithSource(bytes: bytes, options: ParseOptions()).document)
                #expect(S.bytes(r.body) == Array(expected), "\(name)")
            }
        }
    }

    @Test("parse from a JSON body and from a GB18030 file equal the library's JSON")
    func parseJSONAndLegacyEncoding() async throws {
        try await S.app().test(.live) { client in
            let name = "rizhao-basic-education-plan-2023-2025"
            let text = String(decoding: try S.corpusBytes(name), as: UTF8.self)
            let r = try await client.execute(uri: "/v1/parse", method: .post, headers: S.headers("application/json"),
                                             body: try S.json(["text": text, "name": "rizhao.txt"]))
            #expect(r.status == .ok)
            let expected = try JSONOutput.encode(try DocumentParser.parseWithSource(
                bytes: Array(text.utf8), options: ParseOptions(encoding: "UTF-8", path: "rizhao.txt")).document)
            #expect(S.bytes(r.body) == Array(expected))

            let gb = try #require(TextEncoder.encode(text, charset: "GB18030"))
            let g = try await client.execute(uri: "/v1/parse?encoding=GB18030", method: .post,
                                             headers: S.headers("application/octet-stream"), body: ByteBuffer(bytes: gb))
            #expect(g.status == .ok)
            let expectedGB = try JSONOutput.encode(try DocumentParser.parseWithSource(bytes: gb, options: ParseOptions(encoding: "GB18030")).document)
            #expect(S.bytes(g.body) == Array(expectedGB))
        }
    }

    @Test("check equals the CLI's --format json shape built from the library")
    func check() async throws {
        try await S.app().test(.live) { client in
            for name in ["hanzhong-education-quality-plan-draft-2023-2025", "district-education-work-points-2023"] {
                let bytes = try S.corpusBytes(name)
                let r = try await client.execute(uri: "/v1/check", method: .post, headers: S.headers("text/plain; charset=utf-8"), body: ByteBuffer(bytes: bytes))
                #expect(r.status == .ok)
                let parsed = try DocumentParser.parseWithSource(bytes: bytes, options: ParseOptions(encoding: "utf-8"))
                let findings = DraftChecker.check(parsed)
                #expect(!findings.isEmpty, "the draft corpus documents have findings, so the comparison means something")
                let expected = try JSONOutput.encode([ExpectedFileFindings(file: "-", findings: findings)])
                #expect(S.bytes(r.body) == Array(expected), "\(name)")
            }
        }
    }

    @Test("diff from JSON and from multipart equals the library's diff")
    func diff() async throws {
        try await S.app().test(.live) { client in
            let old = try S.corpusBytes("xingqing-basic-education-quality-plan-2021")
            let new = try S.xingqingV2()
            let a = try DocumentParser.parseWithSource(bytes: old, options: ParseOptions(encoding: "UTF-8", path: "old"))
            let b = try DocumentParser.parseWithSource(bytes: new, options: ParseOptions(encoding: "UTF-8", path: "new"))
            let d = DiffEngine.diff(old: a.document, new: b.document)
            #expect(!d.tasks.isEmpty)
            let expected = Array(try JSONOutput.encode(d))

            let r = try await client.execute(uri: "/v1/diff", method: .post, headers: S.headers("application/json"),
                                             body: try S.json(["old": String(decoding: old, as: UTF8.self), "new": String(decoding: new, as: UTF8.self)]))
            #expect(r.status == .ok)
            #expect(S.bytes(r.body) == expected)

            let body = S.multipart(boundary: "XyZ123", [("old", "v1.txt", old), ("new", "v2.txt", new)])
            let m = try await client.execute(uri: "/v1/diff", method: .post, headers: S.headers("multipart/form-data; boundary=XyZ123"), body: ByteBuffer(bytes: body))
            #expect(m.status == .ok)
            let a2 = try DocumentParser.parseWithSource(bytes: old, options: ParseOptions(path: "v1.txt"))
            let b2 = try DocumentParser.parseWithSource(bytes: new, options: ParseOptions(path: "v2.txt"))
            #expect(S.bytes(m.body) == Array(try JSONOutput.encode(DiffEngine.diff(old: a2.document, new: b2.document))))
        }
    }

    @Test("bad JSON and missing fields are 400, unsupported types 415, undecodable text 422, unknown paths 404")
    func errorStatuses() async throws {
        try await S.app().test(.live) { client in
            let bad = try await client.execute(uri: "/v1/parse", method: .post, headers: S.headers("application/json"), body: ByteBuffer(string: "{\"text\": "))
            #expect(bad.status == .badRequest)
            #expect(S.errorCode(bad.body) == "bad-json")
            #expect(!S.string(bad.body).contains("Swift."), "no internals in the message")

            let missing = try await client.execute(uri: "/v1/check", method: .post, headers: S.headers("application/json"), body: try S.json(["txt": "x"]))
            #expect(missing.status == .badRequest)
            #expect(S.errorCode(missing.body) == "missing-field")

            let missingNew = try await client.execute(uri: "/v1/diff", method: .post, headers: S.headers("application/json"), body: try S.json(["old": "一、总体要求"]))
            #expect(missingNew.status == .badRequest)

            let xml = try await client.execute(uri: "/v1/parse", method: .post, headers: S.headers("application/xml"), body: ByteBuffer(string: "<a/>"))
            #expect(xml.status == .unsupportedMediaType)
            #expect(S.errorCode(xml.body) == "unsupported-media-type")
            let none = try await client.execute(uri: "/v1/parse", method: .post, body: ByteBuffer(string: "text"))
            #expect(none.status == .unsupportedMediaType)

            // Bytes that are not UTF-8, read as UTF-8: the library refuses them, the server says 422.
            let broken: [UInt8] = Array("一、总体要求\n".utf8) + [0xE4, 0x41, 0xFF, 0xFE, 0x80] + Array("二、重点任务\n".utf8)
            let u = try await client.execute(uri: "/v1/parse?encoding=UTF-8", method: .post, headers: S.headers("text/plain"), body: ByteBuffer(bytes: broken))
            #expect(u.status == .unprocessableContent)
            var libraryCode: String?
            do { _ = try DocumentParser.parseWithSource(bytes: broken, options: ParseOptions(encoding: "UTF-8")) } catch let e as DocParseError { libraryCode = e.code } catch {}
            #expect(libraryCode != nil)
            #expect(S.errorCode(u.body) == libraryCode)
            // The same bytes with lenient=1 are read, with U+FFFD.
            let l = try await client.execute(uri: "/v1/parse?encoding=UTF-8&lenient=1", method: .post, headers: S.headers("text/plain"), body: ByteBuffer(bytes: broken))
            #expect(l.status == .ok)

            let nf = try await client.execute(uri: "/etc/passwd", method: .get)
            #expect(nf.status == .notFound)
            #expect(S.errorCode(nf.body) == "not-found")
        }
    }

    @Test("a body over the limit gets 413 and the server keeps serving")
    func tooLarge() async throws {
        try await S.app(ServerConfig(port: 0, maxBodyBytes: 4096)).test(.live) { client in
            let big = [UInt8](repeating: 0x41, count: 50_000)
            let r = try await client.execute(uri: "/v1/parse", method: .post, headers: S.headers("text/plain"), body: ByteBuffer(bytes: big))
            #expect(r.status == .contentTooLarge)
            #expect(S.errorCode(r.body) == "too-large")
        }
        // A new connection after the refusal: health and a small parse still work.
        try await S.app(ServerConfig(port: 0, maxBodyBytes: 4096)).test(.live) { client in
            let big = [UInt8](repeating: 0x41, count: 50_000)
            let r = try await client.execute(uri: "/v1/check", method: .post, headers: S.headers("text/plain"), body: ByteBuffer(bytes: big))
            #expect(r.status == .contentTooLarge)
            let port = try #require(client.port)
            try await TestClient.withClient(host: "localhost", port: port) { c2 in
                let h = try await c2.get("/healthz")
                #expect(h.head.status == .ok)
                let p = try await c2.post("/v1/parse", headers: S.headers("text/plain"), body: ByteBuffer(string: "一、总体要求\n（一）加强领导。\n"))
                #expect(p.head.status == .ok)
            }
        }
    }

    @Test("concurrent requests give the same answers as sequential ones")
    func concurrent() async throws {
        try await S.app(ServerConfig(port: 0, maxConcurrent: 2)).test(.live) { client in
            var sequential: [String: [UInt8]] = [:]
            for name in S.corpusNames {
                let r = try await client.execute(uri: "/v1/check", method: .post, headers: S.headers("text/plain"), body: ByteBuffer(bytes: try S.corpusBytes(name)))
                #expect(r.status == .ok)
                sequential[name] = S.bytes(r.body)
            }
            let port = try #require(client.port)
            let results = try await withThrowingTaskGroup(of: (String, [UInt8], HTTPResponse.Status).self) { group in
                for round in 0..<2 {
                    for name in S.corpusNames {
                        group.addTask {
                            _ = round
                            return try await TestClient.withClient(host: "localhost", port: port, configuration: .init(timeout: .seconds(120))) { c in
                                let r = try await c.post("/v1/check", headers: S.headers("text/plain"), body: ByteBuffer(bytes: try S.corpusBytes(name)))
                                return (name, r.body.map { Array($0.readableBytesView) } ?? [], r.head.status)
                            }
                        }
                    }
                }
                var all: [(String, [UInt8], HTTPResponse.Status)] = []
                for try await r in group { all.append(r) }
                return all
            }
            #expect(results.count == 2 * S.corpusNames.count)
            for (name, body, status) in results {
                #expect(status == .ok)
                #expect(body == sequential[name], "\(name)")
            }
        }
    }

    @Test("a slow request does not block /healthz, and one past the time limit gets 503")
    func slowAndTimeout() async throws {
        // The job holds its worker until the test releases it (or 60 s pass), one job at a time;
        // /healthz must answer while the job is held. An ordering, not a wall-clock bound: with
        // a job that slept a fixed 6 s the check failed under a load of 8 from parallel builds,
        // because the suite's own parallel tests delayed /healthz past the sleep. A server that
        // queued /healthz behind the job would answer only after the 60 s, with `done` set.
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = Flag()
        try await S.app(ServerConfig(port: 0, timeoutSeconds: 120, maxConcurrent: 1), beforeWork: {
            started.signal()
            _ = release.wait(timeout: .now() + 60)
            done.set()
        }).test(.live) { client in
            let port = try #require(client.port)
            let slow = Task {
                try await TestClient.withClient(host: "localhost", port: port, configuration: .init(timeout: .seconds(120))) { c in
                    try await c.post("/v1/parse", headers: S.headers("text/plain"), body: ByteBuffer(string: "一、总体要求\n")).head.status
                }
            }
            // Wait (off the cooperative pool) until the job holds its worker.
            let holding = await Task.detached { started.wait(timeout: .now() + 60) == .success }.value
            #expect(holding, "the slow job never started")
            let h = try await client.execute(uri: "/healthz", method: .get)
            #expect(h.status == .ok)
            #expect(!done.value, "healthz answered only after the slow job was done")
            release.signal()
            #expect(try await slow.value == .ok)
            #expect(done.value)
        }
        try await S.app(ServerConfig(port: 0, timeoutSeconds: 0.3, maxConcurrent: 1), beforeWork: { Thread.sleep(forTimeInterval: 3.0) }).test(.live) { client in
            let r = try await client.execute(uri: "/v1/parse", method: .post, headers: S.headers("text/plain"), body: ByteBuffer(string: "一、总体要求\n"))
            #expect(r.status == .serviceUnavailable)
            #expect(S.errorCode(r.body) == "timeout")
            let h = try await client.execute(uri: "/healthz", method: .get)
            #expect(h.status == .ok)
        }
    }
}

/// A thread-safe boolean set once by a job on the work queue.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var v = false
    func set() { lock.lock(); v = true; lock.unlock() }
    var value: Bool { lock.lock(); defer { lock.unlock() }; return v }
}
