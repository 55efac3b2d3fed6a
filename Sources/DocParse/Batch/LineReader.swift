#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads newline-terminated lines from a file descriptor in fixed-size chunks, so a JSON
/// Lines file of any size is read in bounded memory (one line plus one chunk at a time).
///
/// Not `Sendable`: one reader per stream; callers that share it across threads lock around it.
public final class LineReader {
    /// One line without its `\n` (a trailing `\r` is kept: JSON does not care, CSV is not read here).
    public struct Line {
        public var bytes: [UInt8]
        /// False only for the last line of a stream that does not end with `\n` (a torn tail).
        public var terminated: Bool
        /// Byte offset of the line's first byte in the stream.
        public var offset: Int
    }

    private let fd: Int32
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var eof = false
    private var consumed = 0

    public init(fileDescriptor: Int32, chunkSize: Int = 1 << 16) {
        self.fd = fileDescriptor
        self.buffer = [UInt8](repeating: 0, count: max(chunkSize, 16))
    }

    /// The next line, or nil at the end of the stream. Read errors end the stream.
    public func next() -> Line? {
        var pending: [UInt8] = []
        let lineOffset = consumed
        while true {
            if start < end {
                if let nl = buffer[start..<end].firstIndex(of: 0x0A) {
                    pending.append(contentsOf: buffer[start..<nl])
                    consumed += nl + 1 - start
                    start = nl + 1
                    return Line(bytes: pending, terminated: true, offset: lineOffset)
                }
                pending.append(contentsOf: buffer[start..<end])
                consumed += end - start
                start = end
            }
            if eof {
                return pending.isEmpty ? nil : Line(bytes: pending, terminated: false, offset: lineOffset)
            }
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                while true {
                    let r = read(fd, raw.baseAddress, raw.count)
                    if r < 0 && errno == EINTR { continue }
                    return r
                }
            }
            if n <= 0 { eof = true; start = 0; end = 0 } else { start = 0; end = n }
        }
    }
}
