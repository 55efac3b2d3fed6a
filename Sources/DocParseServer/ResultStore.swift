import Foundation

/// Results of the page's forms, kept for a bounded time so that the result page has a URL of
/// its own (post-redirect-get): reloading it or bookmarking it for a while shows the same
/// result instead of resubmitting the form or answering 404.
///
/// Results hold the documents staff submitted, so ids are 128 random bits (not guessable),
/// entries expire after `lifetime`, and at most `capacity` entries or `maxBytes` bytes are
/// kept (the oldest go first). Everything is in memory: a restart forgets the results, and
/// the expired-result page says how to get one again.
actor ResultStore {
    /// One stored result: its files by name (`report.html`, `compare.docx`…).
    struct Entry {
        var files: [String: Data]
        var created: ContinuousClock.Instant
        var bytes: Int { files.values.reduce(0) { $0 + $1.count } }
    }

    let lifetime: Duration
    let capacity: Int
    let maxBytes: Int
    private var entries: [String: Entry] = [:]
    private var order: [String] = []
    private var totalBytes = 0

    init(lifetime: Duration, capacity: Int = 200, maxBytes: Int = 256 * 1024 * 1024) {
        self.lifetime = lifetime
        self.capacity = capacity
        self.maxBytes = maxBytes
    }

    /// Stores a result and returns its new id.
    func put(_ files: [String: Data]) -> String {
        expire()
        let id = Self.newID()
        let entry = Entry(files: files, created: .now)
        entries[id] = entry
        order.append(id)
        totalBytes += entry.bytes
        while order.count > capacity || (totalBytes > maxBytes && order.count > 1) { drop(order[0]) }
        return id
    }

    /// One file of a result, or nil when the id is unknown or the result expired.
    func get(_ id: String, _ name: String) -> Data? {
        expire()
        return entries[id]?.files[name]
    }

    private func expire() {
        let now = ContinuousClock.now
        while let first = order.first, let e = entries[first], now - e.created > lifetime { drop(first) }
    }

    private func drop(_ id: String) {
        if let e = entries.removeValue(forKey: id) { totalBytes -= e.bytes }
        order.removeAll { $0 == id }
    }

    /// 32 hex digits from the system's random source.
    static func newID() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &g)) }.joined()
    }

    /// Whether a path segment has the shape of an id (so nothing else is looked up).
    static func isID(_ s: Substring) -> Bool {
        s.utf8.count == 32 && s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
