import Foundation
@testable import DocParse

/// How a peer-suite runner reads the quantities of one input: in process, through the library,
/// or as a user does, through `parsecli quantities --text=S` (one process per input).
struct QuantityReader: Sendable {
    /// Prefix of the suite names this reader reports (`cli:` for the command line).
    var prefix: String
    var read: @Sendable (String, QuantityRecognizer.Mode) -> [Quantity]

    static let library = QuantityReader(prefix: "") { QuantityRecognizer.quantities(in: $0, mode: $1) }

    /// The CLI prints every number it reads (`--scope all`); a runner that wants what the target
    /// stage sees asks for `--scope document`. The JSON has no unit class, so it is looked up
    /// from the unit as written (the longest table unit the written unit ends with: `万元` → money).
    static let cli = QuantityReader(prefix: "cli:") { input, mode in
        var args = ["quantities", "--text=" + input]
        if mode == .document { args += ["--scope", "document"] }
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
