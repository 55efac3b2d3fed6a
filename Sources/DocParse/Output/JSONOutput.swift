import Foundation

/// Encodes documents as the JSON contract: deterministic (the same input gives
/// byte-identical output) and with non-ASCII written as is. Keys are sorted: Foundation's
/// encoder on Linux keeps keys in a hashed dictionary whose order changes between runs.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        var format: JSONEncoder.OutputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        if pretty { format.insert(.prettyPrinted) }
        encoder.outputFormatting = format
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try encoder.encode(value)
    }

    public static func string<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        String(decoding: try encode(value, pretty: pretty), as: UTF8.self)
    }
}
