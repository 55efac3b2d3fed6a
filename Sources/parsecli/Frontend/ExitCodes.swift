import ArgumentParser

/// The documented exit codes (sysexits.h numbering, as swift-argument-parser uses 64).
enum Exit {
    static let ok: Int32 = 0
    static let usage: Int32 = 64
    static let badInput: Int32 = 65
    static let unreadable: Int32 = 66
    static let output: Int32 = 74

    /// Worse of two codes: unreadable and bad input outrank success; output errors outrank all.
    static func worst(_ a: Int32, _ b: Int32) -> Int32 {
        func rank(_ c: Int32) -> Int { c == ok ? 0 : c == badInput ? 1 : c == unreadable ? 2 : 3 }
        return rank(a) >= rank(b) ? a : b
    }
}
