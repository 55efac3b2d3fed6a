import ArgumentParser
import DocParseServer
import Foundation
import Hummingbird
import Logging

/// `docparse-server`: the page for staff and the JSON API for tools (see README, "Web service").
@main
struct DocParseServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docparse-server",
        abstract: "Serve the DocParse page (staff) and JSON API (tools) over HTTP.",
        discussion: """
            Open http://127.0.0.1:8080/ in a browser to paste or upload a draft. Tools POST to \
            /v1/parse, /v1/check and /v1/diff; GET /v1/schema and /healthz.

            Examples:
              docparse-server
              docparse-server --port 9000 --max-body-bytes 5000000 --timeout-seconds 10
            """
    )

    @Option(help: "Address to listen on. The default serves this machine only.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Largest request body in bytes; larger ones get 413.")
    var maxBodyBytes = 20 * 1024 * 1024

    @Option(help: "Time limit of one parse, check or diff, in seconds; past it the answer is 503.")
    var timeoutSeconds: Double = 30

    @Option(help: "How many parse, check or diff jobs run at once (default: the number of cores).")
    var maxConcurrent = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "How long a form's result stays at its URL for reloading and downloads, in minutes.")
    var resultMinutes = 30

    func validate() throws {
        if resultMinutes < 1 { throw ValidationError("--result-minutes must be at least 1") }
        if !(1...65535).contains(port) { throw ValidationError("--port must be 1…65535") }
        if maxBodyBytes < 1 { throw ValidationError("--max-body-bytes must be positive") }
        if !(timeoutSeconds > 0) { throw ValidationError("--timeout-seconds must be positive") }
        if maxConcurrent < 1 { throw ValidationError("--max-concurrent must be at least 1") }
    }

    func run() async throws {
        var logger = Logger(label: "docparse-server")
        logger.logLevel = .info
        let config = ServerConfig(host: host, port: port, maxBodyBytes: maxBodyBytes,
                                  timeoutSeconds: timeoutSeconds, maxConcurrent: maxConcurrent, resultMinutes: resultMinutes)
        let app = DocParseService.application(config: config, logger: logger)
        logger.info("docparse-server on http://\(host):\(port)/ (max body \(maxBodyBytes) bytes, timeout \(timeoutSeconds) s, \(maxConcurrent) jobs at once)")
        try await app.runService()
    }
}
