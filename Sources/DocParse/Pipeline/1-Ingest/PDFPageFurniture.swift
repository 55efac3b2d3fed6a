/// Recognizes the running furniture of printed pages: page numbers in the forms print uses
/// (`3`, `— 3 —`, `-3-`, `- 3 -`, `第3页`, `第3页 共9页`, `3/9`, `Page 3`), and running
/// headers and footers, lines at the top or foot of the page that repeat on many pages.
enum PDFPageFurniture {
    /// Whether `line` is only a page number with its decoration.
    static func isPageNumber(_ line: [Unicode.Scalar]) -> Bool {
        var digits = 0
        var letters = 0
        var sawWords = false
        for s in line {
            let v = s.value
            if (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v) { digits += 1; continue }
            if s == PageFurnitureWords.ordinalPrefix || s == PageFurnitureWords.pageWord || s == PageFurnitureWords.totalPrefix {
                sawWords = true; continue
            }
            // Decoration: blanks, dashes, slashes, brackets, dots.
            if s == " " || s == "\u{3000}" || s == "-" || s == "—" || s == "–" || s == "－" || s == "/" || s == "／"
                || s == "·" || s == "." || s == "(" || s == ")" || s == "（" || s == "）" || s == "|" || s == "─" || s == "-" {
                continue
            }
            if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) { letters += 1; continue }
            return false
        }
        if digits == 0 || digits > 8 { return false }
        // Latin letters only as in `Page 3` / `p. 3`.
        if letters > 0 {
            let word = String(String.UnicodeScalarView(line.filter { ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A })).lowercased()
            return word == "page" || word == "p" || word == "pageof"
        }
        _ = sawWords
        return true
    }

    /// The value of a line that is a bare number (`3`, `１２`, blanks around it), nil otherwise.
    /// A bare number is a page number only where the pages' numbers agree with it (see
    /// `PDFReader.dropFurniture`): a table's row number can stand alone at a page's top too.
    static func bareNumber(_ line: [Unicode.Scalar]) -> Int? {
        var v = 0, digits = 0
        for s in line {
            let c = s.value
            if (0x30...0x39).contains(c) { v = v * 10 + Int(c - 0x30); digits += 1 }
            else if (0xFF10...0xFF19).contains(c) { v = v * 10 + Int(c - 0xFF10); digits += 1 }
            else if s == " " || s == "\u{3000}" { continue }
            else { return nil }
            if digits > 6 { return nil }
        }
        return digits > 0 ? v : nil
    }

    /// The line with its digits folded to `#` and blanks dropped, so `第3页` and `第4页`, or a
    /// header carrying its page number, count as the same running line.
    static func shape(_ line: [Unicode.Scalar]) -> String {
        var s = String.UnicodeScalarView()
        for c in line {
            if c == " " || c == "\u{3000}" { continue }
            if (0x30...0x39).contains(c.value) || (0xFF10...0xFF19).contains(c.value) {
                if s.last != "#" { s.append("#") }
                continue
            }
            s.append(c)
        }
        return String(s)
    }
}
