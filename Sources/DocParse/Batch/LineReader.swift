#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads newline-terminated lines from a file descriptor in fixed-size chunks, so a JSON
/// Lines file of any size is read in bounded memory (one line plus one chunk at a time).
///
/// Not `Sendable`: one reader per stream; callers that share it across threads lock around it.
///
/// Lines are bytes, not strings, because batch outputs are checked and decoded as JSON and
/// the byte offsets let ``ResumeScanner`` cut a torn last line exactly.
///
/// ```swift
/// let reader = LineReader(fileDescriptor: 0)   // standard input
/// while let line = reader.next() {
///     print(line.offset, line.bytes.count, line.terminated ? "" : "(torn)")
/// }
/// ```
public final class LineReader {
    /// One line without its `\n` (a trailing `\r` is kept: JSON does not care, CSV is not read here).
    public struct Line {
        /// The line's bytes, without the `\n`.
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

    /// Creates a reader over an open file descriptor.
    ///
    /// The reader does not close the descriptor; its owner does.
    ///
    /// - Parameters:
    ///   - fileDescriptor: The descriptor to read from, positioned where reading should start.
    ///   - chunkSize: Bytes requested per `read(2)` (at least 16); a line longer than this
    ///     is assembled from several reads.
    public init(fileDescriptor: Int32, chunkSize: Int = 1 << 16) {
        self.fd = fileDescriptor
        self.buffer = [UInt8](repeating: 0, count: max(chunkSize, 16))
    }

    /// The next line, or nil at the end of the stream. Read errors end the stream.
    ///
    /// - Returns: The next line; the last one has `terminated` false when the stream does
    ///   not end with `\n`.
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
