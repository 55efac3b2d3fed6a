import Foundation
@testable import DocParse

/// How a peer-suite runner reads the quantities of one input: in process, through the library,
/// or as a user does, through `parsecli quantities --text=S` (one process per input).
struct QuantityReader: Sendable {
    /// Prefix of the suite names this reader reports (`cli:` for the command line).
    var prefix: String
    var read: @Sendable (String, QuantityRecognizer.Mode) -> [Quantity]

    static let library = QuantityReader(prefix: "") { QuantityRecognizer.quantities(in: $0, mode: $1) }

    /// The CLI's scopes match the recognizer's modes: `--scope all` (the default: every
    /// quantity, bare numerals too) for `.lenient`, `--scope numerals` (every number, each with
    /// its role) for `.numerals`, `--scope document` (what the target stage sees) for `.document`.
    /// The JSON has no unit class, so it is looked up from the unit as written (the longest table
    /// unit the written unit ends with: `万元` → money).
    static let cli = QuantityReader(prefix: "cli:") { input, mode in
        var args = ["quantities", "--text=" + input]
        switch mode {
        case .lenient: break
        case .numerals: args += ["--scope", "numerals"]
        case .document: args += ["--scope", "document"]
        }
        guard let r = try? CLIRunner.run(args), r.status == 0 else { return [] }
        return r.stdout.split(separator: "\n").compactMap { line -> Quantity? in
            guard var q = try? JSONDecoder().decode(Quantity.self, from: Data(line.utf8)) else { return nil }
            q.unitClass = q.unit.flatMap(unitClass(of:))
            return q
        }
    }

    static func unitClass(of unit: String) -> UnitClass? {
        UnitScales.entries.filter { unit.hasSuffix($0.unit) }.max { $0.unit.count < $1.unit.count }?.unitClass
    }
}
