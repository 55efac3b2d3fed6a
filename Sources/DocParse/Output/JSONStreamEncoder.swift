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
        openContainer(object: true)
        return KeyedEncodingContainer(KeyedContainer<Key>(writer: writer, level: level, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        openContainer(object: false)
        return UnkeyedContainer(writer: writer, level: level, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// Opens this value's container, or returns to it when `encode(to:)` asks twice.
    private func openContainer(object: Bool) {
        // Closing can only fail when sorting an object already flushed; that error surfaces
        // at the next member write, which re-checks.
        try? writer.close(downTo: level + 1)
        if writer.depth <= level {
            if object { writer.openObject() } else { writer.openArray() }
        }
    }

    /// Encodes `value` as the value slot just begun in the container at `level - 1`.
    static func encodeValue<T: Encodable>(_ value: T, writer: JSONByteWriter, level: Int, codingPath: [any CodingKey]) throws {
        try value.encode(to: JSONStreamEncoder(writer: writer, level: level, codingPath: codingPath))
        try writer.close(downTo: level)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONByteWriter
    let level: Int
    var codingPath: [any CodingKey]

    private func begin(_ key: Key) throws { try writer.beginMember(key.stringValue, level: level) }

    mutating func encodeNil(forKey key: Key) throws { try begin(key); writer.null() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try begin(key); writer.bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try begin(key); writer.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try begin(key); writer.double(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try begin(key); writer.float(value) }
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
        try? begin(key)
        return JSONStreamEncoder(writer: writer, level: level + 1, codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        try? begin(key)
        return JSONStreamEncoder(writer: writer, level: level + 1, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(forKey: Key(stringValue: "super")!)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        try? begin(key)
        return JSONStreamEncoder(writer: writer, level: level + 1, codingPath: codingPath)
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let writer: JSONByteWriter
    let level: Int
    var codingPath: [any CodingKey]
    private(set) var count = 0

    init(writer: JSONByteWriter, level: Int, codingPath: [any CodingKey]) {
        self.writer = writer
        self.level = level
        self.codingPath = codingPath
    }

    private mutating func begin() throws {
        try writer.beginElement(level: level)
        count += 1
    }

    mutating func encodeNil() throws { try begin(); writer.null() }
    mutating func encode(_ value: Bool) throws { try begin(); writer.bool(value) }
    mutating func encode(_ value: String) throws { try begin(); writer.string(value) }
    mutating func encode(_ value: Double) throws { try begin(); writer.double(value) }
    mutating func encode(_ value: Float) throws { try begin(); writer.float(value) }
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
        try? begin()
        return JSONStreamEncoder(writer: writer, level: level + 1, codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        try? begin()
        return JSONStreamEncoder(writer: writer, level: level + 1, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        try? begin()
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
    mutating func encode(_ value: Double) throws { writer.double(value) }
    mutating func encode(_ value: Float) throws { writer.float(value) }
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
        try value.encode(to: encoder)
    }
}
