/// Terminal column width of scalars, so a caret lines up under CJK text (wide characters
/// take two columns, combining marks none).
enum DisplayWidth {
    @inline(__always)
    static func of(_ v: UInt32) -> Int {
        switch v {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
             0x2460...0x24FF:
            return 2
        default: return 1
        }
    }

    static func of<S: Sequence>(_ s: S) -> Int where S.Element == Unicode.Scalar {
        s.reduce(0) { $0 + of($1.value) }
    }
}
