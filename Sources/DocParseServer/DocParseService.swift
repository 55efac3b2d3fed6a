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
        Routes(config: config, limiter: WorkLimiter(maxConcurrent: config.maxConcurrent),
               results: ResultStore(lifetime: .seconds(60 * config.resultMinutes)), beforeWork: beforeWork).register(on: router)
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
    let results: ResultStore
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
        // The page's forms post here. A result is stored and the answer redirects to its own
        // URL (post-redirect-get), so reloading or bookmarking the result page shows it again
        // and never resubmits the form; errors are answered as pages at once.
        router.post("/report") { request, _ in
            await redirectToResult { () async throws(APIError) -> String in
                let input = try await single(request)
                let page = try await work { () throws(APIError) -> Data in
                    let parsed = try parse(input)
                    return Data(ReportRenderer.html(parsed, findings: DraftChecker.check(parsed), lang: .zh,
                                                    links: Self.reportLinks).utf8)
                }
                return "/r/" + (await results.put(["report.html": page]))
            }
        }
        router.post("/diff") { request, _ in
            await redirectToResult { () async throws(APIError) -> String in
                let (old, new) = try await pair(request)
                let files = try await work { () throws(APIError) -> [String: Data] in
                    let a = try parse(old), b = try parse(new)
                    let c = DraftComparison(old: a.document, new: b.document)
                    let oldName = old.name ?? "原稿", newName = new.name ?? "修改稿"
                    let file = CompareRenderer.html(c, oldName: oldName, newName: newName, lang: .zh)
                    let docx: Data
                    do { docx = try CompareDocx.data(c, oldName: oldName, newName: newName, lang: .zh) } catch {
                        throw APIError(status: 500, code: "internal", message: "the Word file could not be written")
                    }
                    return ["compare.html": Data(file.utf8), "compare.docx": docx]
                }
                return "/d/" + (await results.put(files))
            }
        }
        // The form URLs opened directly (a reload of an old answer, a bookmark): the form.
        router.get("/report") { _, _ in seeOther("/") }
        router.get("/diff") { _, _ in seeOther("/") }
        router.get("/r/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard ResultStore.isID(Substring(id)), let page = await results.get(id, "report.html") else { return expired() }
            return html(page, status: .ok)
        }
        router.get("/d/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard ResultStore.isID(Substring(id)), let stored = await results.get(id, "compare.html") else { return expired() }
            return html(Data(Self.comparePage(id: id, stored: stored).utf8), status: .ok)
        }
        router.get("/d/:id/:file") { _, context in
            let id = context.parameters.get("id") ?? "", file = context.parameters.get("file") ?? ""
            guard ResultStore.isID(Substring(id)), file == "compare.html" || file == "compare.docx",
                  let data = await results.get(id, file) else { return expired() }
            let type = file.hasSuffix(".docx") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "text/html; charset=utf-8"
            // A download: saved under a name that says what it is, never shown inline.
            let ext = file.hasSuffix(".docx") ? "docx" : "html"
            let title = MessageCatalogue.label("compare.title", .zh).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "compare"
            return Response(status: .ok, headers: [
                .contentType: type,
                .contentDisposition: "attachment; filename=\"compare.\(ext)\"; filename*=UTF-8''\(title).\(ext)",
                .contentSecurityPolicy: Pages.csp,
                .init("X-Content-Type-Options")!: "nosniff",
            ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    static let reportLinks = [PageLink(labelKey: "report.back", href: "/")]

    /// The comparison page a result URL shows: the stored page with links to the form and to
    /// the downloads (the downloadable page itself has none: it is a file to keep).
    static func comparePage(id: String, stored: Data) -> String {
        let links = [PageLink(labelKey: "report.back", href: "/"),
                     PageLink(labelKey: "compare.download-html", href: "/d/\(id)/compare.html"),
                     PageLink(labelKey: "compare.download-docx", href: "/d/\(id)/compare.docx")]
        var page = String(decoding: stored, as: UTF8.self)
        let linkLine = "<p class=\"links\">" + links.map { l in
            "<a href=\"\(Pages.escape(l.href))\">\(Pages.escape(MessageCatalogue.label(l.labelKey, .zh))) <span class=\"en\">\(Pages.escape(MessageCatalogue.label(l.labelKey, .en)))</span></a>"
        }.joined(separator: " · ") + "</p>\n"
        if let r = page.range(of: "</header>") { page.replaceSubrange(r.lowerBound..<r.lowerBound, with: linkLine) }
        return page
    }

    func expired() -> Response {
        html(Pages.expired(minutes: config.resultMinutes), status: .notFound)
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

    private func work<T: Sendable>(_ job: @escaping @Sendable () throws(APIError) -> T) async throws(APIError) -> T {
        let hook = beforeWork
        return try await limiter.run(timeout: config.timeoutSeconds) { () throws(APIError) -> T in
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

    private func redirectToResult(_ make: () async throws(APIError) -> String) async -> Response {
        do {
            return seeOther(try await make())
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

/// 303 See Other: the browser fetches `location` with GET (post-redirect-get).
func seeOther(_ location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location])
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
