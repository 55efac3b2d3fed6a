/// Finds the tables of a PDF page by where their characters stand, and reads them row by row.
///
/// A PDF has no table, only characters placed on the page; poppler's reading order gives a
/// table's cells one per line, often column by column. Read by position instead:
/// 1. the page's segments (stretches of a line with no wide gap: cells) are grouped into
///    bands, segments side by side at the same height;
/// 2. a band of three or more segments is a header; its segments fix the columns: a segment
///    belongs to the column whose header cell is the first not ending before it starts, and
///    must end before the next column's header cell starts;
/// 3. the bands below, while every segment fits a column, are the table's: a band of two or
///    more segments, one in the first column, starts a row; any other band continues the
///    cells of the row above (a cell's text wrapped over several lines) if it lies close
///    below, and ends the table otherwise;
/// 4. a cell's pieces are joined without a blank when the piece above filled its column's room
///    (it reaches within two characters of the next column's header: the cell wrapped), with
///    a blank otherwise (a break the writer made: two units on two lines).
/// A table needs its header and at least one row of two or more cells. Cells are assumed to
/// be top-aligned, as task tables are printed; a row whose first cell is centered vertically
/// reads its top lines as the row above's (see the README's limits).
enum PDFTables {
    struct Table {
        /// Indices of the page's lines that the table is made of.
        var lines: Set<Int>
        var rows: [Row]
    }

    struct Row {
        var cells: [[Unicode.Scalar]]
        /// Index of the page line the row starts on.
        var firstLine: Int
    }

    struct Piece {
        var segment: PDFReader.Segment
        var line: Int
    }

    struct Band {
        var pieces: [Piece]
        var y0: Double, y1: Double
        var height: Double { y1 - y0 }
    }

    /// Fewest cells side by side that make a header.
    static let headerCells = 3
    /// How far below a row (in line heights) a band may start and still continue its cells.
    static let continuationGap = 1.0

    static func find(_ lines: [PDFReader.Line]) -> [Table] {
        let bands = bands(lines)
        var tables: [Table] = []
        var i = 0
        while i < bands.count {
            guard bands[i].pieces.count >= headerCells else { i += 1; continue }
            let (table, next) = read(bands, from: i)
            if let table { tables.append(table) }
            // The bands read under a header that made no table fit its columns and are not
            // tried again: each band is read a bounded number of times (linear per page).
            i = max(i + 1, next)
        }
        return tables
    }

    /// Segments grouped by height: a segment joins the band it overlaps by more than half its
    /// height. Sorted top to bottom, each band left to right. O(n log n) per page.
    static func bands(_ lines: [PDFReader.Line]) -> [Band] {
        var pieces: [Piece] = []
        for (j, l) in lines.enumerated() { for s in l.segments { pieces.append(Piece(segment: s, line: j)) } }
        pieces.sort { ($0.segment.y0 + $0.segment.y1) < ($1.segment.y0 + $1.segment.y1) }
        var out: [Band] = []
        for p in pieces {
            let s = p.segment
            let h = max(s.y1 - s.y0, 1)
            if var b = out.last, min(b.y1, s.y1) - max(b.y0, s.y0) > 0.5 * min(h, max(b.height, 1)) {
                b.pieces.append(p)
                b.y0 = min(b.y0, s.y0)
                b.y1 = max(b.y1, s.y1)
                out[out.count - 1] = b
            } else {
                out.append(Band(pieces: [p], y0: s.y0, y1: s.y1))
            }
        }
        for k in out.indices { out[k].pieces.sort { $0.segment.x0 < $1.segment.x0 } }
        return out
    }

    /// The table whose header is band `from` (nil when the bands below do not make one), and
    /// the first band after what was read.
    static func read(_ bands: [Band], from: Int) -> (Table?, Int) {
        let header = bands[from].pieces.map(\.segment)
        // Side by side, not overlapping: a header's cells.
        for k in 1..<header.count where header[k].x0 < header[k - 1].x1 { return (nil, from + 1) }
        let n = header.count
        let tol = 0.25 * max(bands[from].height, 1)

        /// The column of segment `s`, nil when it fits none (it runs across a column's start).
        func column(_ s: PDFReader.Segment) -> Int? {
            var k = 0
            while k < n, header[k].x1 <= s.x0 + tol { k += 1 }
            // k header cells end before it: it is in column k (the one still open at its start).
            let c = min(k, n - 1)
            if c + 1 < n, s.x1 > header[c + 1].x0 + tol { return nil }
            if c == n - 1, k == n, s.x0 > header[n - 1].x1 + 4 * tol { return nil }
            return c
        }

        // Pieces per row and column, with the row's first line.
        var rows: [(parts: [[PDFReader.Segment]], firstLine: Int, bottom: Double)] = []
        var used = Set<Int>()
        func start(_ band: Band, _ cols: [Int]) {
            var parts = [[PDFReader.Segment]](repeating: [], count: n)
            for (p, c) in zip(band.pieces, cols) { parts[c].append(p.segment) }
            rows.append((parts, band.pieces.map(\.line).min()!, band.y1))
        }
        start(bands[from], Array(0..<n))
        for p in bands[from].pieces { used.insert(p.line) }
        var k = from + 1
        var dataRows = 0
        while k < bands.count {
            let b = bands[k]
            let cols = b.pieces.map { column($0.segment) }
            guard cols.allSatisfy({ $0 != nil }) else { break }
            let cs = cols.map { $0! }
            let gap = b.y0 - rows[rows.count - 1].bottom
            if cs.contains(0) && b.pieces.count >= 2 {
                start(b, cs)
                dataRows += 1
            } else {
                // A band without a first cell, or with nothing but one (a number wrapped
                // under itself), continues the row above when close below it; any other line
                // there (a note under the table) ends the table.
                guard gap < continuationGap * max(b.height, 1) else { break }
                for (p, c) in zip(b.pieces, cs) { rows[rows.count - 1].parts[c].append(p.segment) }
                rows[rows.count - 1].bottom = max(rows[rows.count - 1].bottom, b.y1)
            }
            for p in b.pieces { used.insert(p.line) }
            k += 1
        }
        guard dataRows >= 1 else { return (nil, k) }
        // The right edge of each column's room: where the next column's header starts (the
        // last column: the farthest its text reaches). A piece that reaches it wrapped.
        var reach = [Double](repeating: -Double.infinity, count: n)
        for r in rows { for (c, ps) in r.parts.enumerated() { for p in ps { reach[c] = max(reach[c], p.x1) } } }
        for c in 0..<(n - 1) { reach[c] = header[c + 1].x0 }
        let out = rows.map { r in
            Row(cells: r.parts.enumerated().map { c, ps in join(ps, reach: reach[c]) }, firstLine: r.firstLine)
        }
        return (Table(lines: used, rows: out), k)
    }

    /// A cell's pieces in reading order (top to bottom, then left to right).
    static func join(_ pieces: [PDFReader.Segment], reach: Double) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var previous: PDFReader.Segment? = nil
        for p in pieces.sorted(by: { ($0.y0, $0.x0) < ($1.y0, $1.x0) }) {
            if let q = previous {
                let h = max(q.y1 - q.y0, 1)
                let sameLine = p.y0 < q.y1 - 0.5 * h
                let wrapped = q.x1 >= reach - 2 * h
                if sameLine || !wrapped || PDFReader.needsBlank(out.last, p.text.first) { out.append(" ") }
            }
            out += p.text
            previous = p
        }
        return out
    }
}
