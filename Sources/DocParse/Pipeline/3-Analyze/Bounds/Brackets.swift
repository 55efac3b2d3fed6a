/// The bracket pairs that enclose role groups, references and table notes.
///
/// Unit lists, attributions and cited document numbers all need the same answer to "is this
/// an opening bracket", so it is defined once in the shared layer.
enum Brackets {
    @inline(__always) static func isOpen(_ v: UInt32) -> Bool {
        v == 0x28 || v == 0x3014 || v == 0x3010 || v == 0x5B || v == 0x3016 // ( 〔 【 [ 〖
    }
    @inline(__always) static func isClose(_ v: UInt32) -> Bool {
        v == 0x29 || v == 0x3015 || v == 0x3011 || v == 0x5D || v == 0x3017 // ) 〕 】 ] 〗
    }
}
