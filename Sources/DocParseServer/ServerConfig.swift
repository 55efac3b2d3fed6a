/// Limits and address of the web service; the command line fills it, tests build their own.
public struct ServerConfig: Sendable {
    public var host: String
    public var port: Int
    /// Largest request body accepted; a larger one gets 413.
    public var maxBodyBytes: Int
    /// Time limit for one request's parse/check/diff work; past it the answer is 503.
    public var timeoutSeconds: Double
    /// How many parse/check/diff jobs run at once; further ones wait their turn.
    public var maxConcurrent: Int
    /// How long the page's results stay at their URL (`/r/ID`, `/d/ID`) for reloading,
    /// bookmarking and downloads; later the URL shows a page saying the result expired.
    public var resultMinutes: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 20 * 1024 * 1024,
                timeoutSeconds: Double = 30, maxConcurrent: Int = 4, resultMinutes: Int = 30) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.timeoutSeconds = timeoutSeconds
        self.maxConcurrent = maxConcurrent
        self.resultMinutes = resultMinutes
    }
}
