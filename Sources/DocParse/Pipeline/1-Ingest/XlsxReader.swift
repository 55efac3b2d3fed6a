import Foundation

/// Reads an Excel workbook as task tables: every visible sheet, one line per row, cells
/// separated by tabs (the task-table reader's row shape; its header row gives the column roles).
///
/// - Cell values as written: shared strings (`xl/sharedStrings.xml`), inline strings, and
///   numbers as stored; line breaks inside a cell become blanks; empty cells at a row's end
///   are dropped.
/// - Merged cells (`mergeCell`): a block merged down the first column whose text is not a
///   bare number is a category (`一、住房保障`, merged over its tasks) and is read as a row of
///   its own before its first row, and so is any other text in that column once it is known
///   to hold categories; the column then leaves the rows. Any other merged value stands in
///   its first row only, the rows below leaving the cell empty: a merged cell is not carried
///   down (GUIDE.md, table cells), as the HTML reader leaves a `rowspan` cell.
/// - Sub-rows of one numbered item that repeat its cells (`RepeatedItemCells`) keep only
///   what differs, as under a merged cell.
/// - Sheets are read in workbook order, hidden ones skipped, a blank line between sheets.
enum XlsxReader {
    struct Cell { var row: Int; var column: Int; var value: String }

    static func read(_ bytes: [UInt8]) throws(DocParseError) -> ExtractedText {
        guard let zip = ZipPackage(bytes: bytes) else {
            throw .damaged(.xlsx, detail: "the zip archive is truncated or damaged; save the workbook again from Excel or copy it whole")
        }
        guard let workbook = try zip.read("xl/workbook.xml", format: .xlsx) else {
            throw .damaged(.xlsx, detail: "the package has no xl/workbook.xml")
        }
        var shared: [String] = []
        if let b = try zip.read("xl/sharedStrings.xml", format: .xlsx) {
            do { shared = try sharedStrings(b) } catch {
                throw .damaged(.xlsx, detail: "xl/sharedStrings.xml is not well-formed XML (\(OOXMLParser.describe(error)))")
            }
        }
        var targets: [String: String] = [:]
        if let b = try zip.read("xl/_rels/workbook.xml.rels", format: .xlsx) { targets = (try? relationships(b)) ?? [:] }
        let sheets: [(name: String, rid: String)]
        do { sheets = try sheetList(workbook) } catch {
            throw .damaged(.xlsx, detail: "xl/workbook.xml is not well-formed XML (\(OOXMLParser.describe(error)))")
        }
        var out = TextBuilder()
        for (index, sheet) in sheets.enumerated() {
            var path = targets[sheet.rid] ?? "worksheets/sheet\(index + 1).xml"
            if path.hasPrefix("/") { path.removeFirst() } else { path = "xl/" + path }
            guard let xml = try zip.read(path, format: .xlsx) else { continue }
            let parsed: (cells: [Cell], merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)])
            do { parsed = try cells(xml, shared: shared) } catch {
                throw .damaged(.xlsx, detail: "\(path) is not well-formed XML (\(OOXMLParser.describe(error))); the file may be truncated")
            }
            layout(parsed.cells, merges: parsed.merges, sheet: sheet.name, into: &out)
            out.endLine(keepBlank: true)
        }
        let (scalars, blocks) = out.finish()
        if scalars.isEmpty { throw .noText(.xlsx, detail: "no visible sheet has a filled cell") }
        return ExtractedText(format: .xlsx, scalars: scalars, blocks: blocks, pages: nil,
                             encoding: "UTF-8", encodingDetected: false, diagnostics: [])
    }

    static func layout(_ cells: [Cell], merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)], sheet: String, into out: inout TextBuilder) {
        var grid: [Int: [Int: String]] = [:]
        for c in cells where !c.value.isEmpty { grid[c.row, default: [:]][c.column] = c.value }
        let firstColumn = cells.filter { !$0.value.isEmpty }.map(\.column).min() ?? 0
        var categories: [Int: String] = [:]   // row → category text read before it
        // Per row, its cells that a merge from above covers: empty, but cells of the row, so a
        // row left with one filled cell under a merge is still a table row, not a paragraph.
        var covered: [Int: Int] = [:]
        for m in merges {
            guard let value = grid[m.rows.lowerBound]?[m.columns.lowerBound] else { continue }
            let vertical = m.rows.count > 1
            if vertical, m.columns.lowerBound == firstColumn, !isBareNumber(value) {
                categories[m.rows.lowerBound] = value
                grid[m.rows.lowerBound]?[m.columns.lowerBound] = nil
                continue
            }
            // Any other merge keeps its value in its first row: the rows it covers below are
            // empty there, the shape of a merge in every reader (a cell shown once).
            guard vertical else { continue }
            for r in m.rows.dropFirst().prefix(Self.maxCoveredRows) { covered[r, default: 0] += 1 }
        }
        // Once merges show the first column to be a category column, a category standing
        // beside one row only (nothing to merge) is a category too.
        // The category column itself then leaves the rows (its header `类别` too), so the
        // rows have the shape of a task table with category rows between them.
        var first = firstColumn
        if let top = categories.keys.min() {
            for (r, row) in grid where row.count > 1 {
                guard let v = row[firstColumn] else { continue }
                if r > top, !isBareNumber(v), categories[r] == nil { categories[r] = v }
                grid[r]?[firstColumn] = nil
            }
            first += 1
        }
        var items = RepeatedItemCells()
        for r in Set(grid.keys).union(categories.keys).sorted() {
            if let cat = categories[r] {
                items.reset()
                out.endLine()
                out.mark(.paragraph, .sheetRow(sheet: sheet, row: r))
                out.append(flatten(cat))
                out.endLine()
            }
            guard let row = grid[r], !row.isEmpty, let last = row.keys.max() else { continue }
            // Every row starts at the table's first column, so cells stay under their header.
            let filled = row.count + (covered[r] ?? 0)
            out.endLine()
            out.mark(filled >= 2 ? .tableRow : .paragraph, .sheetRow(sheet: sheet, row: r))
            if filled == 1 {
                items.reset()
                out.append(flatten(row[row.keys.min()!]!))
            } else {
                let cells = (min(first, last)...last).map { c in row[c].map { Array(flatten($0).unicodeScalars) } ?? [] }
                for (i, v) in items.fold(cells).enumerated() {
                    if i > 0 { out.append("\t") }
                    out.append(String(String.UnicodeScalarView(v)))
                }
            }
            out.endLine()
        }
    }

    /// Rows below a merge's first that are counted as covered: a sheet of huge merges costs
    /// at most this much per merge (no task item runs over more sub-rows).
    static let maxCoveredRows = 1000

    static func isBareNumber(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        return !t.isEmpty && t.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." }
    }

    /// In-cell line breaks and tabs as blanks, outer blanks trimmed.
    static func flatten(_ s: String) -> String {
        var v = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            let b = u == "\n" || u == "\r" || u == "\t"
            if b { if let l = v.last, l != " " { v.append(" ") } } else { v.append(u) }
        }
        return String(v).trimmingCharacters(in: .whitespaces)
    }

    static func sharedStrings(_ b: [UInt8]) throws(OOXMLParser.ParseFailure) -> [String] {
        final class S { var list: [String] = []; var cur = ""; var inT = false; var skip = 0 }
        let s = S()
        try OOXMLParser.parse(b, start: { name, _ in
            switch name {
            case "si": s.cur = ""
            case "t": s.inT = true
            case "rPh": s.skip += 1   // phonetic guides are no cell text
            default: break
            }
        }, end: { name in
            switch name {
            case "si": s.list.append(s.cur)
            case "t": s.inT = false
            case "rPh": s.skip -= 1
            default: break
            }
        }, text: { t in if s.inT && s.skip == 0 { s.cur += t } })
        return s.list
    }

    static func relationships(_ b: [UInt8]) throws(OOXMLParser.ParseFailure) -> [String: String] {
        final class S { var map: [String: String] = [:] }
        let s = S()
        try OOXMLParser.parse(b, start: { name, a in
            if name == "Relationship", let id = a["Id"], let t = a["Target"] { s.map[id] = t }
        }, end: { _ in }, text: { _ in })
        return s.map
    }

    static func sheetList(_ b: [UInt8]) throws(OOXMLParser.ParseFailure) -> [(name: String, rid: String)] {
        final class S { var list: [(name: String, rid: String)] = [] }
        let s = S()
        try OOXMLParser.parse(b, start: { name, a in
            if name == "sheet", a["state"] == nil || a["state"] == "visible" {
                s.list.append((a["name"] ?? "", a["id"] ?? ""))
            }
        }, end: { _ in }, text: { _ in })
        return s.list
    }

    static func cells(_ b: [UInt8], shared: [String]) throws(OOXMLParser.ParseFailure)
        -> (cells: [Cell], merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)]) {
        final class S {
            var cells: [Cell] = []
            var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
            var row = 0, nextColumn = 0
            var column = 0, type = "", value = "", inValue = false, inInline = false, hasCell = false
        }
        let s = S()
        try OOXMLParser.parse(b, start: { name, a in
            switch name {
            case "row":
                s.row = Int(a["r"] ?? "") ?? (s.row + 1)
                s.nextColumn = 0
            case "c":
                if let r = a["r"], let ref = reference(r) { s.column = ref.column } else { s.column = s.nextColumn }
                s.nextColumn = s.column + 1
                s.type = a["t"] ?? "n"
                s.value = ""
                s.hasCell = true
            case "v": s.inValue = true
            case "is": s.inInline = true
            case "t": if s.inInline { s.inValue = true }
            case "mergeCell":
                if let ref = a["ref"], let colon = ref.firstIndex(of: ":"),
                   let from = reference(String(ref[..<colon])), let to = reference(String(ref[ref.index(after: colon)...])),
                   from.row <= to.row, from.column <= to.column {
                    s.merges.append((from.row...to.row, from.column...to.column))
                }
            default: break
            }
        }, end: { name in
            switch name {
            case "v": s.inValue = false
            case "t": if s.inInline { s.inValue = false }
            case "is": s.inInline = false
            case "c":
                guard s.hasCell else { break }
                var v = s.value
                switch s.type {
                case "s": v = Int(v.trimmingCharacters(in: .whitespaces)).flatMap { $0 >= 0 && $0 < shared.count ? shared[$0] : nil } ?? ""
                case "b": v = v == "1" ? "TRUE" : "FALSE"
                case "e": v = ""
                default: break
                }
                s.cells.append(Cell(row: s.row, column: s.column, value: v))
                s.hasCell = false
            default: break
            }
        }, text: { t in if s.inValue { s.value += t } })
        return (s.cells, s.merges)
    }

    /// `B12` → row 12, column 1 (0-based columns).
    static func reference(_ r: String) -> (row: Int, column: Int)? {
        var col = 0, row = 0, letters = 0
        for u in r.unicodeScalars {
            if ("A"..."Z").contains(u) { col = col * 26 + Int(u.value - 64); letters += 1 }
            else if ("0"..."9").contains(u) { row = row * 10 + Int(u.value - 48) }
            else { return nil }
            if letters > 3 || row > 10_000_000 { return nil }
        }
        guard letters > 0 else { return nil }
        return (row, col - 1)
    }
}
