import DocParse
import Foundation

/// Invariants the fuzz targets assert on every document they get (and shared replay code).
/// Public so the fuzz executables can use it; not part of the documented API.
public enum FuzzChecks {
    /// Traps when an invariant of the output is broken: spans inside the text and ordered,
    /// node spans nested in their parents, the JSON encodable and decodable to the same value.
    public static func check(_ doc: Document) {
        let n = doc.source.scalars
        func span(_ s: Span?) {
            guard let s else { return }
            precondition(s.start >= 0 && s.start <= s.end && s.end <= n, "span out of bounds: \(s) in \(n)")
            precondition(s.line >= 1 && s.column >= 1, "bad line/column \(s)")
        }
        func node(_ x: OutlineNode, in parent: Span?) {
            span(x.span)
            span(x.titleSpan)
            // A heading's span stops at its first child; children follow it, inside the section.
            if let p = parent { precondition(x.span.start >= p.start, "child span \(x.span) before its parent \(p)") }
            x.clauses.forEach { span($0.span) }
            x.bullets.forEach { span($0.span) }
            var previousEnd = x.span.start
            for c in x.children {
                precondition(c.span.start >= previousEnd, "sibling spans overlap or go backwards at \(c.span)")
                previousEnd = c.span.start
                node(c, in: x.span)
            }
            precondition(x.subtreeEnd <= n, "section extends past the text")
        }
        doc.outline.forEach { node($0, in: nil) }
        doc.appendices.forEach { a in span(a.span); a.outline.forEach { node($0, in: nil) } }
        doc.tasks.forEach { span($0.span) }
        doc.targets.forEach { span($0.span); span($0.textSpan) }
        // JSON has no number for infinity or NaN: every figure written must be finite.
        for t in doc.targets {
            switch t.value {
            case .number(let v): precondition(v.isFinite, "target value \(v)")
            case .range(let a, let b): precondition(a.isFinite && b.isFinite, "target range \(a)–\(b)")
            }
            precondition(t.scale.isFinite, "target scale \(t.scale)")
        }
        doc.units.forEach { $0.occurrences.forEach { span($0.span) } }
        doc.references.forEach { span($0.span) }
        doc.glossary.forEach { span($0.span) }
        doc.diagnostics.forEach { span($0.span) }
        let data = try! JSONOutput.encode(doc)
        let back = try! JSONDecoder().decode(Document.self, from: data)
        precondition(back == doc, "JSON round trip changed the document")
    }
}

/// Replays fuzz inputs from files (the fuzz executables' `main` outside libFuzzer).
public enum FuzzReplay {
    public static func run(_ body: (UnsafePointer<UInt8>, Int) -> CInt) {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                continue
            }
            let bytes = [UInt8](data)
            _ = bytes.withUnsafeBufferPointer { buf in body(buf.baseAddress ?? UnsafePointer(bitPattern: 1)!, buf.count) }
            print("ok \(path) (\(bytes.count) bytes)")
        }
    }
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// Starts libFuzzer (linked by `-sanitize=fuzzer`) with the process arguments.
public enum FuzzDriver {
    nonisolated(unsafe) static var body: ((UnsafePointer<UInt8>, Int) -> CInt)?

    public static func run(_ f: @escaping (UnsafePointer<UInt8>, Int) -> CInt) -> Never {
        body = f
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let rc = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let empty: [UInt8] = [0]
            return empty.withUnsafeBufferPointer { e in FuzzDriver.body!(data ?? e.baseAddress!, size) }
        }
        exit(rc)
    }
}
#endif
