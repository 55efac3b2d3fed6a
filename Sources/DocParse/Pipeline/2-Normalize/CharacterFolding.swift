/// Per-scalar folding used for matching (never for output).
///
/// Deliberately not NFKC: NFKC turns `①` into `1` and `⑴` into `(1)`, and a circled number
/// is a list marker of its own style. Only the forms listed here are folded.
enum CharacterFolding {
    /// What a scalar becomes in the normalized text: a replacement, or nil to drop it.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32? {
        switch v {
        case 0xFF01...0xFF5E:
            // Full-width ASCII: `１２．５％` -> `12.5%`, `（一）` -> `(一)`.
            return v - 0xFEE0
        case 0x3000, 0x00A0, 0x09, 0x2002...0x200A, 0x202F, 0x205F, 0x0B, 0x0C:
            return 0x20 // ideographic space, NBSP, tab and the other blanks
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
            return nil // zero-width characters and soft hyphens carry nothing
        case 0x2028, 0x2029, 0x85:
            return 0x0A
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2015, 0x2212, 0x2500, 0x2501, 0xFE58, 0xFE63, 0x2E3A, 0x2E3B:
            // The many dash forms (– ― − ─ ﹣ ⸺) become the em dash `—`; ASCII `-` stays.
            return 0x2014
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x301D, 0x301E, 0x301F, 0x2033:
            return 0x22 // “ ” „ 〝 〞 〟 ″ -> "
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032:
            return 0x27 // ‘ ’ ‚ ′ -> '
        case 0xFF61:
            return 0x3002 // halfwidth ideographic full stop
        case 0xFF64:
            return 0x3001 // halfwidth ideographic comma
        case 0xFE50: return 0x2C
        case 0xFE51: return 0x3001
        case 0xFE52: return 0x2E
        case 0xFE54: return 0x3B
        case 0xFE55: return 0x3A
        case 0xFE59: return 0x28
        case 0xFE5A: return 0x29
        case 0xFE5D: return 0x3014 // ﹝ -> 〔
        case 0xFE5E: return 0x3015
        case 0x2474...0x2487:
            return v // ⑴..⒇ kept: a marker style of its own
        default:
            return v
        }
    }
}
