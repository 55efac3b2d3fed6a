import Foundation

/// Writes batch records as four CSV tables for spreadsheets and data frames:
///
/// - `documents.csv`: one row per record (error records too, with `error_code`), keyed by
///   `doc_id`, the input's SHA-256 (stable across runs and `--resume`);
/// - `tasks.csv`: one row per task, with the lead and responsible units of its outline node;
/// - `targets.csv`: one row per quantitative target;
/// - `units.csv`: one row per place a unit is named (a unit never named in a node gets one
///   row with empty occurrence fields).
///
/// Lists inside a cell (several lead units, aliases) are joined with `; `.
/// Files are UTF-8, optionally with a BOM so spreadsheet programs detect the encoding.
///
/// Four flat tables rather than one nested file, because the people who analyse plans work
/// in spreadsheets and data frames, and a join on `doc_id` (and `node_id`) rebuilds what
/// the JSON nests. Spans are written as `span_start`/`span_end` scalar offsets and a 1-based
/// `line`, as in ``Span``.
///
/// ```swift
/// let csv = try CSVExporter(directory: "out/csv", bom: true)
/// try csv.add(.document(doc))
/// try csv.close()
/// print(csv.rows.tasks, "task rows")
/// ```
///
/// Not `Sendable`: one exporter per output directory, fed from one thread.
public final class CSVExporter {
    /// Header of `documents.csv`: source, metadata, counts and, for error records, the error.
    public static let documentColumns = [
        "doc_id", "path", "encoding", "bytes", "title", "issuer", "date", "index_number", "document_number",
        "period_start", "period_end", "doc_type", "is_draft", "outline_nodes", "tasks", "targets", "units",
        "diagnostics", "error_code", "error_message",
    ]
    /// Header of `tasks.csv`: one task with the units of its outline node.
    public static let taskColumns = [
        "doc_id", "task_id", "node_id", "path", "title", "lead", "responsible", "supporting",
        "span_start", "span_end", "line",
    ]
    /// Header of `targets.csv`: one target; `value_high` is set only for a range, and
    /// `scale` is the unit's multiplier (`万元` → 10000); `change` and `baseline_year` (added
    /// with contract 1.1.0, at the end so column positions stay) mark an amount of change.
    public static let targetColumns = [
        "doc_id", "target_id", "node_id", "kind", "value", "value_high", "unit", "scale", "comparator", "year",
        "year_end", "rate", "indicator", "text", "span_start", "span_end", "line", "change", "baseline_year",
    ]
    /// Header of `units.csv`: one place a unit is named, with its role there.
    public static let unitColumns = [
        "doc_id", "unit_id", "name", "kind", "aliases", "role", "node_id", "text", "span_start", "span_end", "line",
    ]

    private var files: [FileHandle] = []
    /// Data rows written so far to each table (headers not counted), for the run's summary.
    public private(set) var rows = (documents: 0, tasks: 0, targets: 0, units: 0)

    /// Creates (or truncates) the four files in `directory`, creating it if needed.
    ///
    /// Each file starts with its header row.
    ///
    /// - Parameters:
    ///   - directory: Where to write `documents.csv`, `tasks.csv`, `targets.csv` and `units.csv`.
    ///   - bom: Whether to start each file with a UTF-8 byte order mark (for Excel).
    /// - Throws: A file-system error when the directory or a file cannot be created or written.
    public init(directory: String, bom: Bool) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let tables = [("documents.csv", Self.documentColumns), ("tasks.csv", Self.taskColumns),
                      ("targets.csv", Self.targetColumns), ("units.csv", Self.unitColumns)]
        for (name, columns) in tables {
            let path = (directory as NSString).appendingPathComponent(name)
            guard FileManager.default.createFile(atPath: path, contents: nil),
                  let h = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            var head = bom ? Data([0xEF, 0xBB, 0xBF]) : Data()
            head.append(Data(CSVWriter.row(columns).utf8))
            try h.write(contentsOf: head)
            files.append(h)
        }
    }

    deinit { for f in files { try? f.close() } }

    /// Appends the rows of one record.
    ///
    /// - Parameter record: A parsed document or an error record (which gives one
    ///   `documents.csv` row with `error_code` and `error_message` and nothing else).
    /// - Throws: A file-system error when a write fails.
    public func add(_ record: BatchRecord) throws {
        let t = Self.rows(for: record)
        for (i, table) in [t.documents, t.tasks, t.targets, t.units].enumerated() where !table.isEmpty {
            try files[i].write(contentsOf: Data(table.map(CSVWriter.row).joined().utf8))
        }
        rows.documents += t.documents.count
        rows.tasks += t.tasks.count
        rows.targets += t.targets.count
        rows.units += t.units.count
    }

    /// Flushes and closes the files.
    ///
    /// Call it to learn of write errors; files left open are closed, silently, when the
    /// exporter is released.
    ///
    /// - Throws: A file-system error when flushing or closing fails.
    public func close() throws {
        for f in files { try f.synchronize(); try f.close() }
        files = []
    }

    /// The rows one record contributes to each table (without headers).
    ///
    /// Exposed without file output so callers can send rows elsewhere (a database, a test).
    ///
    /// - Parameter record: A parsed document or an error record.
    /// - Returns: The rows for each table, in the column order of the matching `…Columns` header.
    public static func rows(for record: BatchRecord)
        -> (documents: [[String]], tasks: [[String]], targets: [[String]], units: [[String]]) {
        switch record {
        case .failure(let f):
            let s = f.source
            var row = [String](repeating: "", count: documentColumns.count)
            row[0] = s.sha256 ?? ""
            row[1] = s.path ?? ""
            row[3] = s.bytes.map(String.init) ?? ""
            row[documentColumns.count - 2] = f.error.code
            row[documentColumns.count - 1] = f.error.message
            return ([row], [], [], [])
        case .document(let d):
            return ([documentRow(d)], taskRows(d), targetRows(d), unitRows(d))
        }
    }

    static func documentRow(_ d: Document) -> [String] {
        let m = d.metadata
        return [
            d.source.sha256, d.source.path ?? "", d.source.encoding, String(d.source.bytes),
            m.title ?? "", m.issuer ?? "", m.date ?? "", m.indexNumber ?? "", m.documentNumber ?? "",
            m.period.map { String($0.start) } ?? "", m.period.map { String($0.end) } ?? "",
            m.docType?.rawValue ?? "", m.isDraft ? "true" : "false",
            String(d.allNodes.count), String(d.tasks.count), String(d.targets.count), String(d.units.count),
            String(d.diagnostics.count), "", "",
        ]
    }

    static func taskRows(_ d: Document) -> [[String]] {
        guard !d.tasks.isEmpty else { return [] }
        var nodes: [String: OutlineNode] = [:]
        for n in d.allNodes { nodes[n.id] = n }
        return d.tasks.map { t in
            let n = nodes[t.nodeId]
            return [d.source.sha256, t.id, t.nodeId, t.path, t.title,
                    join(n?.lead), join(n?.responsible), join(n?.supporting),
                    String(t.span.start), String(t.span.end), String(t.span.line)]
        }
    }

    static func targetRows(_ d: Document) -> [[String]] {
        d.targets.map { t in
            let (low, high): (String, String)
            switch t.value {
            case .number(let v): (low, high) = (number(v), "")
            case .range(let a, let b): (low, high) = (number(a), number(b))
            }
            return [d.source.sha256, t.id, t.nodeId ?? "", t.kind.rawValue, low, high, t.unit ?? "", number(t.scale),
                    t.comparator.rawValue, t.year.map(String.init) ?? "", t.yearEnd.map(String.init) ?? "",
                    t.rate ? "true" : "false", t.indicator ?? "", t.text,
                    String(t.span.start), String(t.span.end), String(t.span.line),
                    t.change?.rawValue ?? "", t.baselineYear.map(String.init) ?? ""]
        }
    }

    static func unitRows(_ d: Document) -> [[String]] {
        var out: [[String]] = []
        for u in d.units {
            let head = [d.source.sha256, u.id, u.name, u.kind.rawValue, u.aliases.joined(separator: "; ")]
            if u.occurrences.isEmpty {
                out.append(head + ["", "", "", "", "", ""])
            }
            for o in u.occurrences {
                out.append(head + [o.role.rawValue, o.nodeId ?? "", o.text, String(o.span.start), String(o.span.end),
                                   String(o.span.line)])
            }
        }
        return out
    }

    static func join(_ list: [String]?) -> String { (list ?? []).joined(separator: "; ") }

    /// `80` rather than `80.0` for whole numbers, so spreadsheets show what the text says.
    static func number(_ v: Double) -> String {
        if v.isFinite, v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }
}
