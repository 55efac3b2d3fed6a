import CICU

/// Maps traditional characters to simplified ones, one scalar to one scalar.
///
/// The table is built once per process by running ICU's `Traditional-Simplified`
/// transliterator over each CJK code point; the per-document pass is then a single table
/// lookup per scalar, linear and allocation-free, and it keeps offsets 1:1. The few
/// conversions that are not one-to-one are left as they are (the original stays in output).
enum TraditionalShadow {
    static let first: UInt32 = 0x3400
    static let last: UInt32 = 0x9FFF

    static let table: [UInt32] = {
        var t = [UInt32](repeating: 0, count: Int(last - first + 1))
        let rc = t.withUnsafeMutableBufferPointer { cicu_build_char_table("Traditional-Simplified", first, last, $0.baseAddress) }
        if rc != 0 {
            for i in 0..<t.count { t[i] = first + UInt32(i) }
        }
        return t
    }()

    @inline(__always)
    static func simplify(_ v: UInt32, _ table: UnsafeBufferPointer<UInt32>) -> UInt32 {
        if v >= first, v <= last { return table[Int(v - first)] }
        return v
    }
}
