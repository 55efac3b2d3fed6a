import Foundation

/// Telling a mistyped subcommand (`parsecli prase plan.txt`) from a file given to the default
/// `parse` command (`parsecli plan.txt`).
enum UnknownCommand {
    static let names = ["parse", "batch", "check", "diff", "report", "quantities", "schema", "tokens", "lines", "help"]

    /// A bare word (letters and `-` only, no `.` or `/`) that is no existing file: nobody
    /// names a document that way, while every command is such a word.
    static func looksLikeCommand(_ arg: String) -> Bool {
        guard !arg.isEmpty, arg != "-", !arg.hasPrefix("-") else { return false }
        guard arg.unicodeScalars.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || $0 == "-" }) else { return false }
        return !FileManager.default.fileExists(atPath: arg)
    }

    static func message(_ arg: String) -> String {
        var m = "unknown command '\(arg)'"
        if let best = names.min(by: { distance($0, arg) < distance($1, arg) }), distance(best, arg) <= 2 {
            m += "; did you mean '\(best)'?"
        }
        return m + " (commands: \(names.dropLast().joined(separator: ", ")); see parsecli --help)"
    }

    /// Levenshtein distance of two short words, counting a swap of neighbours as one edit.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }
}
