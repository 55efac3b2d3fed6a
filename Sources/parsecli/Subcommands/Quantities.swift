import ArgumentParser
import DocParse
import Foundation

struct Quantities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every quantity mention the parser sees (value, unit, scale, kind, approximate, span).",
        discussion: """
            Every quantity the recognizer reads is shown, with or without a unit: a bare numeral \
            (三百万, 一百零一, 两千零二十一) is kind number with a null unit.

            --scope (which numbers):
              all (default)  every quantity; numbers that are not quantities are left out.
              numerals       every number in the text: the quantities, plus years, dates, \
            ordinals, labels, names and codes, each marked by its role (see below). Filter on \
            role to tell them apart (jq 'select(.role == "quantity")' gives the default scope).
              document       only what the target stage starts from: there a Chinese numeral \
            counts only with a unit, %, 分之, 倍 or 番 after it.
            Numeral characters inside words and fixed names (统一, 一切, 一把手, 三个课堂) and plan \
            names (十四五) are not numbers and are shown in no scope.

            role is quantity in the default and document scopes; with --scope numerals it is one of
              quantity  a count, amount, share or multiple (12所, 三百万, 93%)
              year      2025年, 二〇二五年, a bare 19xx/20xx, 〔2022〕, the year of 2021/09/16
              date      9月, 16日, 08:15, the parts of 17:38:05, those of 2021/09/16 after the year
              ordinal   after 第 (第3批, 第二), a list number (2、, (1))
              label     document, street and building numbers, ranks, enumerators (43号, \
            1号楼, 三级, 二是)
              name      a count opening a quoted name or before a programme word \
            (“五个评价”, 三年行动计划)
              code      identifier digits: telephone and fax numbers (seven digits or more), \
            codes with letters or separators, leading zeros (0916), quoted numbers (“5115”), \
            policy codes (5+2), version labels (2.0)

            --format jsonl (default): one JSON object per mention, keys approximate, kind, \
            role, scale, span {start, end, line, column}, text, unit, value. With several \
            files each object also has "file".
            --format table: tab-separated line:column, text, value, unit, scale, kind, and ~ \
            for an approximate figure; with --scope numerals the role follows the kind.

            value is the number as written before the unit; multiply by scale for the base \
            unit (22.5万元: value 22.5, unit 万元, scale 10000). A range is [low, high]. \
            kind is number, percent, percentagePoint, fraction, ratio or multiplier; a \
            discount (八折, outside --scope document) is percent with unit 折 and scale 10. Ranges \
            that look damaged (掌握12项 for 1—2项) are reported on stderr.

            Examples:
              parsecli quantities --text '到2025年普惠性幼儿园占比达到93%以上'
              parsecli quantities --format table plan.txt
              parsecli quantities --format table --text '新增学位2.3万个,约3000余万元'
                1:5   2.3万个      2.3   万个   10000  number
                1:12  3000余万元   3000  万元   10000  number  ~
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, table }

    /// Which numbers to show: `all` (every quantity read, bare numerals too), `numerals` (every
    /// number, the ones that are not quantities marked by their role) or `document` (the
    /// stricter reading the target stage starts from).
    enum Scope: String, ExpressibleByArgument, CaseIterable {
        case all, numerals, document
        var mode: QuantityRecognizer.Mode {
            switch self {
            case .all: return .lenient
            case .numerals: return .numerals
            case .document: return .document
            }
        }
    }

    @Option(name: .long, help: "Read this text instead of files.")
    var text: String?

    @Option(name: .long, help: "Output format: jsonl or table.")
    var format: Format = .jsonl

    @Option(name: .long, help: "Which numbers: all (default; every quantity, bare numerals too), numerals (every number, each with its role) or document (as the target stage reads them).")
    var scope: Scope = .all

    @Argument(help: ArgumentHelp("Files to read ('-' for standard input).", valueName: "file"))
    var files: [String] = []

    @OptionGroup var input: InputOptions

    func validate() throws {
        if text == nil && files.isEmpty { throw ValidationError("give --text or at least one file") }
    }

    func run() throws {
        var code = Exit.ok
        if let text { emit(SourceText(text), name: nil) }
        for path in files {
            do {
                emit(try DocumentLoader.source(path, input), name: files.count > 1 ? path : nil)
            } catch {
                code = Exit.worst(code, error.code)
            }
        }
        if code != Exit.ok { throw ExitCode(code) }
    }

    func emit(_ source: SourceText, name: String?) {
        let norm = Normalizer.normalize(source)
        var diags: [Diagnostic] = []
        let qs = QuantityRecognizer.quantities(in: norm, mode: scope.mode, diagnostics: &diags)
        var out = ""
        for q in qs {
            switch format {
            case .jsonl:
                var line = (try? JSONOutput.string(q)) ?? "{}"
                if let name { line = "{\"file\":\(Self.quote(name)),\(line.dropFirst())" }
                out += line + "\n"
            case .table:
                let value: String
                switch q.value {
                case .number(let v): value = Self.number(v)
                case .range(let a, let b): value = "[\(Self.number(a)), \(Self.number(b))]"
                }
                var cols = [(name.map { $0 + ":" } ?? "") + "\(q.span.line):\(q.span.column)", q.text, value, q.unit ?? "-",
                            Self.number(q.scale), q.kind.rawValue, q.approximate ? "~" : ""]
                if scope == .numerals { cols.insert(q.role.rawValue, at: 6) }
                out += cols.joined(separator: "\t") + "\n"
            }
        }
        for d in diags {
            Stderr.write("parsecli: \(d.span.map { "\($0.line):\($0.column)" } ?? "-"): \(d.severity.rawValue): \(d.code): \(d.message)")
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }

    static func quote(_ s: String) -> String {
        (try? JSONOutput.string(s)) ?? "\"\""
    }
}
