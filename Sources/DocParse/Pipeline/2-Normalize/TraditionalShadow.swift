import CICU

/// Maps traditional characters to simplified ones, one scalar to one scalar.
///
/// The mapping is ICU's `Traditional-Simplified` transliterator asked code point by code point
/// over U+3400–U+9FFF, kept as language data (`Resources/zhHans/TraditionalSimplified.swift`,
/// written by `scripts/gen-traditional-table`): opening the transliterator and asking it for
/// each code point took about 16 ms of CPU in every process (1.5 % of `scripts/bench` at 10
/// MB, 2026-12-05), reading the pairs well under a millisecond. `TraditionalShadowTests`
/// compares the table with `icuTable()`. The per-document pass is a single table lookup per
/// scalar, linear and allocation-free, and it keeps offsets 1:1. The few conversions that are
/// not one-to-one are left as they are (the original stays in output).
enum TraditionalShadow {
    static let first: UInt32 = 0x3400
    static let last: UInt32 = 0x9FFF

    static let table: [UInt32] = {
        var t = (first...last).map { $0 }
        var pending: UInt32? = nil
        for s in TraditionalSimplified.pairs.unicodeScalars where s != "\n" && s != " " {
            if let from = pending {
                if from >= first, from <= last { t[Int(from - first)] = s.value }
                pending = nil
            } else {
                pending = s.value
            }
        }
        return t
    }()

    /// The table as ICU's transliterator gives it today (identity where it cannot be opened).
    static func icuTable() -> [UInt32] {
        var t = [UInt32](repeating: 0, count: Int(last - first + 1))
        let rc = t.withUnsafeMutableBufferPointer { cicu_build_char_table("Traditional-Simplified", first, last, $0.baseAddress) }
        if rc != 0 {
            for i in 0..<t.count { t[i] = first + UInt32(i) }
        }
        return t
    }

    @inline(__always)
    static func simplify(_ v: UInt32, _ table: UnsafeBufferPointer<UInt32>) -> UInt32 {
        if v >= first, v <= last { return table[Int(v - first)] }
        return v
    }
}
