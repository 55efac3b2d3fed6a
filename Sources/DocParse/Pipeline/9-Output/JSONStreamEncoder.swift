import Foundation

/// An `Encoder` that writes JSON bytes through a `JSONByteWriter` as values arrive, instead of
/// building a tree first (see `JSONByteWriter` for why and for the key-order rule).
///
/// Containers are plain structs holding the stack index of the container they write into;
/// writing through a container closes whatever nested containers were opened after it, which
/// is how a streaming writer learns that a nested value is complete.
struct JSONStreamEncoder: Encoder {
    let writer: JSONByteWriter
    /// Stack index of the container this encoder's value opens (its parent's index + 1).
    let level: Int
    /// Not tracked (always empty): building a path array for every nested value costs an
    /// allocation each, and no model type reads it.
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(writer: JSONByteWriter, level: Int, codingPath: [any CodingKey]) {
        self.writer = writer
        self.level = level
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let id = openContainer(object: true)
        return KeyedEncodingContainer(KeyedContainer<Key>(writer: writer, level: level, id: id, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let id = openContainer(object: false)
        return UnkeyedContainer(writer: writer, level: level, id: id, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// Opens this value's container, or returns to it when `encode(to:)` asks twice, and
    /// gives its id. The protocol cannot throw here: an error is recorded in the writer and
    /// rethrown by the next write.
    private func openContainer(object: Bool) -> Int {
        do { try writer.close(downTo: level + 1) } catch { writer.record(error) }
        if writer.depth <= level { return writer.open(object: object) }
        return writer.frameID(at: level)
    }

    /// Encodes `value` as the value slot just begun in the container at `level - 1`.
    static func encodeValue<T: Encodable>(_ value: T, writer: JSONByteWriter, level: Int, codingPath: [any CodingKey]) throws {
        if writeSpecial(value, writer) { return }
        if let direct = value as? any JSONDirectWritable {
            try writer.close(downTo: level)
            try direct.writeJSON(writer, level: level)
            return
        }
        try value.encode(to: JSONStreamEncoder(writer: writer, level: level, codingPath: codingPath))
        try writer.close(downTo: level)
    }

    /// Foundation's forms for the types it writes specially: a URL as its string, Data as
    /// base64, Decimal as a number. Compared by metatype, which costs a pointer comparison
    /// per value rather than a dynamic cast.
    static func writeSpecial<T: Encodable>(_ value: T, _ writer: JSONByteWriter) -> Bool {
        if T.self == URL.self, let u = value as? URL {
            writer.string(u.absoluteString)
        } else if T.self == Data.self, let d = value as? Data {
            writer.string(d.base64EncodedString())
        } else if T.self == Decimal.self, let d = value as? Decimal {
            writer.raw(d.description)
        } else {
            return false
        }
        return true
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONByteWriter
    let level: Int
    let id: Int
    var codingPath: [any CodingKey]

    private func begin(_ key: Key) throws { try writer.beginMember(key.stringValue, level: level, id: id) }

    /// Begins a member where the protocol cannot throw; the error is rethrown by the next write.
    private func beginRecording(_ name: String) {
        do { try writer.beginMember(name, level: level, id: id) } catch { writer.record(error) }
    }

    mutating func encodeNil(forKey key: Key) throws { try begin(key); writer.null() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try begin(key); writer.bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try begin(key); writer.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try begin(key); writer.floatingPoint(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try begin(key); writer.floatingPoint(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try begin(key); writer.integer(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try begin(key); writer.integer(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try begin(key); writer.integer(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try begin(key); writer.integer(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try begin(key); writer.integer(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try begin(key); writer.integer(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try begin(key); writer.integer(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try begin(key); writer.integer(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try begin(key); writer.integer(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try begin(key); writer.integer(value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try begin(key)
        try JSONStreamEncoder.encodeValue(value, writer: writer, level: level + 1, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        beginRecording(key.stringValue)
        return JSONStreamEncoder(writer: writer, level: level + 1, codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        beginRecording(key.stringValue)
        return JSONStreamEncoder(writer: writer, level: level + 1, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        beginRecording("super")
        return JSONStreamEncoder(writer: writer, level: level + 1, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        beginRecording(key.stringValue)
        return JSONStreamEncoder(writer: writer, level: level + 1, codingPath: codingPath)
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let writer: JSONByteWriter
    let level: Int
    let id: Int
    var codingPath: [any CodingKey]
    private(set) var count = 0

    init(writer: JSONByteWriter, level: Int, id: Int, codingPath: [any CodingKey]) {
        self.writer = writer
        self.level = level
        self.id = id
        self.codingPath = codingPath
    }

    private mutating func begin() throws {
        try writer.beginElement(level: level, id: id)
        count += 1
    }

    /// Begins an element where the protocol cannot throw; the error is rethrown by the next write.
    private mutating func beginRecording() {
        do { try begin() } catch { writer.record(error) }
    }

    mutating func encodeNil() throws { try begin(); writer.null() }
    mutating func encode(_ value: Bool) throws { try begin(); writer.bool(value) }
    mutating func encode(_ value: String) throws { try begin(); writer.string(value) }
    mutating func encode(_ value: Double) throws { try begin(); writer.floatingPoint(value) }
    mutating func encode(_ value: Float) throws { try begin(); writer.floatingPoint(value) }
    mutating func encode(_ value: Int) throws { try begin(); writer.integer(value) }
    mutating func encode(_ value: Int8) throws { try begin(); writer.integer(value) }
    mutating func encode(_ value: Int16) throws { try begin(); writer.integer(value) }
    mutating func encode(_ value: Int32) throws { try begin(); writer.integer(value) }
    mutating func encode(_ value: Int64) throws { try begin(); writer.integer(value) }
    mutating func encode(_ value: UInt) throws { try begin(); writer.integer(value) }
    mutating func encode(_ value: UInt8) throws { try begin(); writer.integer(value) }
    mutating func encode(_ value: UInt16) throws { try begin(); writer.integer(value) }
    mutating func encode(_ value: UInt32) throws { try begin(); writer.integer(value) }
    mutating func encode(_ value: UInt64) throws { try begin(); writer.integer(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try begin()
        try JSONStreamEncoder.encodeValue(value, writer: writer, level: level + 1, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        beginRecording()
        return JSONStreamEncoder(writer: writer, level: level + 1, codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        beginRecording()
        return JSONStreamEncoder(writer: writer, level: level + 1, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        beginRecording()
        return JSONStreamEncoder(writer: writer, level: level + 1, codingPath: codingPath)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONStreamEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    private var writer: JSONByteWriter { encoder.writer }

    mutating func encodeNil() throws { writer.null() }
    mutating func encode(_ value: Bool) throws { writer.bool(value) }
    mutating func encode(_ value: String) throws { writer.string(value) }
    mutating func encode(_ value: Double) throws { writer.floatingPoint(value) }
    mutating func encode(_ value: Float) throws { writer.floatingPoint(value) }
    mutating func encode(_ value: Int) throws { writer.integer(value) }
    mutating func encode(_ value: Int8) throws { writer.integer(value) }
    mutating func encode(_ value: Int16) throws { writer.integer(value) }
    mutating func encode(_ value: Int32) throws { writer.integer(value) }
    mutating func encode(_ value: Int64) throws { writer.integer(value) }
    mutating func encode(_ value: UInt) throws { writer.integer(value) }
    mutating func encode(_ value: UInt8) throws { writer.integer(value) }
    mutating func encode(_ value: UInt16) throws { writer.integer(value) }
    mutating func encode(_ value: UInt32) throws { writer.integer(value) }
    mutating func encode(_ value: UInt64) throws { writer.integer(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        // The value takes this slot itself: same level, no container of its own.
        if JSONStreamEncoder.writeSpecial(value, writer) { return }
        try value.encode(to: encoder)
    }
}
