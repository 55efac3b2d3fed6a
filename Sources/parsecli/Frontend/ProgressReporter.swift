import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress of a batch on standard error: a bar redrawn in place when stderr is a terminal,
/// otherwise nothing until the one summary line at the end (logs stay readable). `--quiet`
/// silences both.
final class ProgressReporter {
    private let total: Int?
    private let live: Bool
    private let quiet: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var drewBar = false

    private(set) var done = 0
    private(set) var errors = 0
    private(set) var skipped = 0
    private(set) var bytes = 0

    init(total: Int?, quiet: Bool) {
        self.total = total
        self.quiet = quiet
        self.live = !quiet && isatty(2) == 1
    }

    var elapsed: Double { Date().timeIntervalSince(started) }

    /// Counts one finished input and redraws at most ten times a second.
    func record(bytes: Int, error: Bool, skipped: Bool) {
        done += 1
        self.bytes += bytes
        if error { errors += 1 }
        if skipped { self.skipped += 1 }
        guard live else { return }
        let now = Date()
        if now.timeIntervalSince(lastDraw) >= 0.1 || done == total {
            lastDraw = now
            draw()
        }
    }

    private func draw() {
        let t = max(elapsed, 1e-6)
        let mbps = Double(bytes) / 1e6 / t
        var line: String
        if let total, total > 0 {
            let width = 24
            let filled = min(width, done * width / total)
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            let left = done > skipped ? Double(total - done) * t / Double(done - skipped) : 0
            line = "[\(bar)] \(done)/\(total) docs  \(String(format: "%.1f", mbps)) MB/s  \(errors) error\(errors == 1 ? "" : "s")  ETA \(Self.clock(left))"
        } else {
            line = "\(done) docs  \(String(format: "%.1f", mbps)) MB/s  \(errors) error\(errors == 1 ? "" : "s")"
        }
        // \r plus erase-to-end-of-line: the bar never leaves fragments of a longer line.
        Stderr.raw("\r" + line + "\u{1B}[K")
        drewBar = true
    }

    /// Ends the bar and prints the summary (unless quiet).
    func finish(_ summary: String) {
        if drewBar { Stderr.raw("\r\u{1B}[K") }
        if !quiet { Stderr.write(summary) }
    }

    /// `m:ss` or `h:mm:ss`.
    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s >= 3600 { return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) }
        return String(format: "%d:%02d", s / 60, s % 60)
    }
}

extension Stderr {
    /// Writes without a newline (for the redrawn bar).
    static func raw(_ s: String) {
        FileHandle.standardError.write(Data(s.utf8))
    }
}

/// Writes whole records to a file descriptor: one `write(2)` per record where the kernel
/// allows it, so a killed run leaves at most one torn line, and no user-space buffer that
/// could be lost.
struct RecordSink {
    let fd: Int32

    func write(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw -> Bool in
            var off = 0
            while off < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                off += n
            }
            return true
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
