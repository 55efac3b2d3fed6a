/// Recognizes HTML by its bytes: whole pages (`<!DOCTYPE html>`, `<html>`) and fragments such
/// as a crawl's content column (`<p>…</p><p>…</p>`, text with `<br>` line breaks). Policy text
/// itself never holds HTML tags, while a fragment holds many, so a few known tags decide.
///
/// A byte scan rather than a parse: detection must cost nothing on plain text.
enum HTMLSniffer {
    /// Tags whose presence marks markup (block, table and common inline elements).
    static let knownTags: Set<String> = [
        "html", "head", "body", "meta", "title", "p", "div", "span", "br", "table", "tbody", "tr", "td", "th",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "font", "strong", "b", "i", "u", "em",
        "center", "section", "article", "style", "script", "link", "img", "hr", "pre", "blockquote", "dl", "dt", "dd",
    ]
    /// How many known tags a text must hold to be read as a fragment.
    static let fragmentTagCount = 3
    /// Bytes examined.
    static let window = 65536

    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var i = 0
        if FormatDetector.startsWith(bytes, [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "<") {
            if let name = tagName(bytes, i) {
                if name == "!doctype" || name == "?xml" || name == "!--" || knownTags.contains(name) { return true }
            }
        }
        return countTags(bytes, limit: fragmentTagCount) >= fragmentTagCount
    }

    /// Whether any known tag occurs (for files named .html: a page with one tag is still a page).
    static func hasAnyTag(_ bytes: [UInt8]) -> Bool { countTags(bytes, limit: 1) >= 1 }

    static func countTags(_ bytes: [UInt8], limit: Int) -> Int {
        var n = 0
        var i = 0
        let end = min(bytes.count, window)
        while i < end {
            if bytes[i] == UInt8(ascii: "<"), let name = tagName(bytes, i) {
                let bare = name.hasPrefix("/") ? String(name.dropFirst()) : name
                if knownTags.contains(bare) {
                    n += 1
                    if n >= limit { return n }
                }
            }
            i += 1
        }
        return n
    }

    /// The lowercase name after `<` at `at` (with a leading `/` for end tags; `!doctype`,
    /// `?xml`, `!--`), nil when no tag name follows or the name is not followed by `>`, `/` or a blank.
    static func tagName(_ b: [UInt8], _ at: Int) -> String? {
        var j = at + 1
        var name: [UInt8] = []
        if j < b.count, b[j] == UInt8(ascii: "!") {
            if j + 2 < b.count, b[j + 1] == UInt8(ascii: "-"), b[j + 2] == UInt8(ascii: "-") { return "!--" }
            name.append(b[j]); j += 1
        } else if j < b.count, b[j] == UInt8(ascii: "/") || b[j] == UInt8(ascii: "?") {
            name.append(b[j]); j += 1
        }
        let start = name.count
        while j < b.count, name.count < 12 {
            let c = b[j] | 0x20
            if (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (name.count > start && b[j] >= 0x30 && b[j] <= 0x39) {
                name.append(c); j += 1
            } else { break }
        }
        if name.count == start { return nil }
        guard j < b.count else { return nil }
        let next = b[j]
        guard next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D else { return nil }
        return String(decoding: name, as: UTF8.self)
    }
}
