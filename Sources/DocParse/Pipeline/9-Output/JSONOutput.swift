import Foundation

/// Encodes documents as the JSON contract.
///
/// The output is deterministic (the same input gives byte-identical output), object keys are
/// sorted by their UTF-8 bytes, non-ASCII is written as is, `/` is not escaped, and a
/// non-finite number is written as the string `"Infinity"`, `"-Infinity"` or `"NaN"`. It is
/// the format Foundation's `JSONEncoder` gives with `[.sortedKeys, .withoutEscapingSlashes]`
/// (and `.prettyPrinted` for `pretty`), written by DocParse's own streaming encoder: it is
/// several times faster, and ``write(_:pretty:chunkSize:to:)`` never holds the whole JSON in memory.
/// One difference remains, for types that misuse the protocol: a key written twice in one
/// object is written twice (Foundation keeps the last); no DocParse type does that.
///
/// ```swift
/// let doc = DocumentParser.parse(text: "一、总体要求\n到2025年,覆盖率达到90%。")
/// let line = try JSONOutput.string(doc)              // one line
/// try JSONOutput.write(doc, pretty: true) { chunk in // streamed in pieces of ~64 KB
///     FileHandle.standardOutput.write(Data(chunk))
/// }
/// ```
public enum JSONOutput {
    /// Encodes `value` to one buffer.
    ///
    /// - Parameters:
    ///   - value: any `Encodable` value; the keys of each object are sorted.
    ///   - pretty: indent with two spaces and put one member per line.
    /// - Returns: the UTF-8 JSON, without a trailing newline.
    /// - Throws: `EncodingError` only if `value`'s own `encode(to:)` throws.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> Data {
        // The writer's block becomes the `Data` without a copy.
        let writer = JSONByteWriter(pretty: pretty, sink: nil)
        try JSONStreamEncoder.encodeValue(value, writer: writer, level: 0, codingPath: [])
        try writer.finish()
        return writer.takeData()
    }

    /// Encodes `value` to UTF-8 bytes (see ``encode(_:pretty:)``).
    ///
    /// - Parameters:
    ///   - value: any `Encodable` value; the keys of each object are sorted.
    ///   - pretty: indent with two spaces and put one member per line.
    /// - Returns: the UTF-8 JSON, without a trailing newline.
    /// - Throws: `EncodingError` only if `value`'s own `encode(to:)` throws.
    public static func bytes<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        let writer = JSONByteWriter(pretty: pretty, sink: nil)
        try JSONStreamEncoder.encodeValue(value, writer: writer, level: 0, codingPath: [])
        try writer.finish()
        return writer.buffer
    }

    /// Encodes `value` to a `String` (see ``encode(_:pretty:)``).
    ///
    /// - Parameters:
    ///   - value: any `Encodable` value; the keys of each object are sorted.
    ///   - pretty: indent with two spaces and put one member per line.
    /// - Returns: the JSON text, without a trailing newline.
    /// - Throws: `EncodingError` only if `value`'s own `encode(to:)` throws.
    public static func string<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        String(decoding: try bytes(value, pretty: pretty), as: UTF8.self)
    }

    /// Streams `value` as JSON to `sink` in pieces of about `chunkSize` bytes, so that memory
    /// for the output stays one piece however large the document is.
    ///
    /// The bytes are the same as ``encode(_:pretty:)`` gives. Every DocParse output type writes
    /// its keys in sorted order, which is what lets an object stream; a type whose keys arrive
    /// out of order is sorted in memory, and only an object larger than `chunkSize` with
    /// unsorted keys fails (with `EncodingError`) instead of being written unsorted.
    ///
    /// - Parameters:
    ///   - value: the value to write.
    ///   - pretty: indent with two spaces and put one member per line.
    ///   - chunkSize: how many bytes to gather before calling `sink`.
    ///   - sink: receives the output, in order; an error it throws stops the encoding and is
    ///     rethrown.
    public static func write<T: Encodable>(_ value: T, pretty: Bool = false, chunkSize: Int = 1 << 16,
                                           to sink: ([UInt8]) throws -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in
            let writer = JSONByteWriter(pretty: pretty, flushThreshold: max(1, chunkSize), sink: sink)
            try JSONStreamEncoder.encodeValue(value, writer: writer, level: 0, codingPath: [])
            try writer.finish()
        }
    }
}
