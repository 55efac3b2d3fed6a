import DocParse
import Foundation
import Hummingbird
import Logging

/// The web service: the page for staff and the JSON API for tools, over the DocParse library.
/// `application(config:)` builds a Hummingbird application that `docparse-server` runs and
/// the tests start on a loopback port.
public enum DocParseService {
    /// Builds the application. `beforeWork` runs inside every parse/check/diff job before it
    /// starts; tests use it to make a job slow, the server passes nothing.
    public static func application(
        config: ServerConfig,
        logger: Logger = Logger(label: "docparse-server"),
        beforeWork: (@Sendable () -> Void)? = nil
    ) -> some ApplicationProtocol {
        let router = Router()
        router.middlewares.add(RequestLogMiddleware(logger: logger))
        Routes(config: config, limiter: WorkLimiter(maxConcurrent: config.maxConcurrent), beforeWork: beforeWork).register(on: router)
        return Application(
            router: router,
            configuration: .init(address: .hostname(config.host, port: config.port), serverName: "docparse-server"),
            logger: logger
        )
    }
}

/// The check result of one document, in the shape of `parsecli check --format json`.
struct FileFindings: Encodable {
    var file: String
    var findings: [Finding]
}

struct Routes: Sendable {
    let config: ServerConfig
    let limiter: WorkLimiter
    let beforeWork: (@Sendable () -> Void)?

    func register(on router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        router.get("/v1/schema") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/schema+json"], body: .init(byteBuffer: ByteBuffer(string: JSONSchema.text)))
        }
        router.get("/") { _, _ in
            html(Pages.index(maxBodyBytes: config.maxBodyBytes), status: .ok)
        }
        router.post("/v1/parse") { request, _ in
            await json { () async throws(APIError) -> Data in
                let input = try await single(request)
                return try await work { () throws(APIError) -> Data in
                    let parsed = try parse(input)
                    return try encode(parsed.document)
                }
            }
        }
        router.post("/v1/check") { request, _ in
            await json { () async throws(APIError) -> Data in
                let input = try await single(request)
                return try await work { () throws(APIError) -> Data in
                    let parsed = try parse(input)
                    return try encode([FileFindings(file: input.name ?? "-", findings: DraftChecker.check(parsed))])
                }
            }
        }
        router.post("/v1/diff") { request, _ in
            await json { () async throws(APIError) -> Data in
                let (old, new) = try await pair(request)
                return try await work { () throws(APIError) -> Data in
                    let a = try parse(old), b = try parse(new)
                    return try encode(DiffEngine.diff(old: a.document, new: b.document))
                }
            }
        }
        // The page's forms post here and get HTML back, errors included.
        router.post("/report") { request, _ in
            await page { () async throws(APIError) -> Data in
                let input = try await single(request)
                return try await work { () throws(APIError) -> Data in
                    let parsed = try parse(input)
                    return Data(ReportRenderer.html(parsed, findings: DraftChecker.check(parsed)).utf8)
                }
            }
        }
        router.post("/diff") { request, _ in
            await page { () async throws(APIError) -> Data in
                let (old, new) = try await pair(request)
                return try await work { () throws(APIError) -> Data in
                    let a = try parse(old), b = try parse(new)
                    let d = DiffEngine.diff(old: a.document, new: b.document)
                    let oldName = old.name ?? "旧稿", newName = new.name ?? "新稿"
                    return Data(Pages.diff(text: DiffFormatter.text(d, old: oldName, new: newName), oldName: oldName, newName: newName).utf8)
                }
            }
        }
    }

    // MARK: - request reading

    private func body(_ request: Request) async throws(APIError) -> [UInt8] {
        // A declared length over the limit is refused before reading anything.
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > config.maxBodyBytes {
            throw .tooLarge(limit: config.maxBodyBytes)
        }
        do {
            var buffer = try await request.body.collect(upTo: config.maxBodyBytes)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch let e as HTTPResponseError where e.status == .contentTooLarge {
            // collect(upTo:) stops reading at the limit (NIOTooManyBytesError, a 413 in Hummingbird).
            throw .tooLarge(limit: config.maxBodyBytes)
        } catch {
            throw .badRequest("bad-body", "the request body could not be read")
        }
    }

    private func query(_ request: Request) -> InputReader.QueryOptions {
        let q = request.uri.queryParameters
        let encoding = q.get("encoding").flatMap { $0.isEmpty ? nil : $0 }
        let lenient = q.get("lenient").map { $0 == "1" || $0 == "true" || $0 == "on" } ?? false
        return .init(encoding: encoding, lenient: lenient)
    }

    private func single(_ request: Request) async throws(APIError) -> DocumentInput {
        let type = request.headers[.contentType]
        // The type is checked before the body is read, so a wrong type is 415 whatever its size.
        _ = try InputReader.kind(of: type)
        return try InputReader.single(contentType: type, body: try await body(request), query: query(request))
    }

    private func pair(_ request: Request) async throws(APIError) -> (DocumentInput, DocumentInput) {
        let type = request.headers[.contentType]
        _ = try InputReader.kind(of: type)
        return try InputReader.pair(contentType: type, body: try await body(request), query: query(request))
    }

    // MARK: - work

    private func parse(_ input: DocumentInput) throws(APIError) -> ParsedDocument {
        do {
            return try DocumentParser.parseWithSource(bytes: input.bytes, options: input.options)
        } catch {
            throw APIError.from(error, limit: config.maxBodyBytes)
        }
    }

    private func encode<T: Encodable>(_ value: T) throws(APIError) -> Data {
        do { return try JSONOutput.encode(value) } catch {
            throw APIError(status: 500, code: "internal", message: "the result could not be encoded as JSON")
        }
    }

    private func work(_ job: @escaping @Sendable () throws(APIError) -> Data) async throws(APIError) -> Data {
        let hook = beforeWork
        return try await limiter.run(timeout: config.timeoutSeconds) { () throws(APIError) -> Data in
            hook?()
            return try job()
        }
    }

    // MARK: - answers

    private func json(_ make: () async throws(APIError) -> Data) async -> Response {
        do {
            let data = try await make()
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        } catch {
            return errorResponse(error)
        }
    }

    private func page(_ make: () async throws(APIError) -> Data) async -> Response {
        do {
            let data = try await make()
            return html(data, status: .ok)
        } catch {
            return html(Data(Pages.error(error).utf8), status: .init(code: error.status))
        }
    }
}

func html(_ text: String, status: HTTPResponse.Status) -> Response {
    html(Data(text.utf8), status: status)
}

func html(_ data: Data, status: HTTPResponse.Status) -> Response {
    Response(
        status: status,
        headers: [
            .contentType: "text/html; charset=utf-8",
            .contentSecurityPolicy: Pages.csp,
            .init("X-Content-Type-Options")!: "nosniff",
        ],
        body: .init(byteBuffer: ByteBuffer(bytes: data))
    )
}

func errorResponse(_ e: APIError) -> Response {
    Response(status: .init(code: e.status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: e.json)))
}

/// One log line per request: method, path, status and duration. Errors thrown past the
/// routes (an unknown path, a wrong method) become JSON errors here too.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch let e as HTTPResponseError {
            let code = e.status.code
            let message = code == 404 ? "no such page or endpoint" : e.status.reasonPhrase
            response = errorResponse(APIError(status: code, code: code == 404 ? "not-found" : "http-\(code)", message: message))
        } catch {
            response = errorResponse(APIError(status: 500, code: "internal", message: "internal error"))
        }
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        logger.info("\(request.method.rawValue) \(request.uri.path) \(response.status.code) \(String(format: "%.1f", ms))ms")
        return response
    }
}
