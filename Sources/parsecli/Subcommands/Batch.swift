import ArgumentParser
import DocParse
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse many documents in parallel into one JSON Lines file (and CSV tables).",
        discussion: """
            Examples:
              parsecli batch corpus/ -o out.jsonl
              parsecli batch docs/ --include '*.txt' --jobs 4 -o out.jsonl \\
                --csv tables/ --csv-bom
              find docs -name '*.txt' | parsecli batch - -o out.jsonl
              parsecli batch docs/ -o out.jsonl --resume    # continue a killed run
              parsecli batch --jsonl-in < requests.jsonl > results.jsonl

            INPUT is a file, a directory (walked recursively in path order, hidden entries \
            skipped, filtered by --include), or - for a list of paths on standard input, one \
            per line.

            The output has one line per input, in input order whatever --jobs: the parsed \
            document, or {"schemaVersion", "source": {"path", "sha256", "bytes"}, "error": \
            {"code", "message"}}. Error codes: empty-input, binary-input, invalid-bytes, \
            undetectable-encoding, unknown-encoding, too-large, not-found, is-directory, \
            unreadable (and, with --jsonl-in, invalid-json, invalid-record). A bad input never \
            stops the run; error records are data, so the exit code is 0 unless the output \
            (JSON Lines or CSV) cannot be opened or written (74).

            --resume skips inputs whose content SHA-256 is already recorded in OUT for the \
            same path (unreadable paths already reported too), and cuts off a torn last line \
            left by a killed run. Give the same INPUT arguments as the first run.

            --jsonl-in is a streaming filter for Spark RDD.pipe, Hadoop streaming or GNU \
            parallel: each stdin line {"id": ..., "text": ...} or {"id": ..., "path": ...} gives \
            one output line with the same "id" at the top level, flushed as soon as it is \
            ready (a line that is not JSON gives an error record with "id": null). See \
            docs/scale-out.md.
            """
    )

    @Argument(help: ArgumentHelp("Files, directories, or - for a list of paths on stdin.", valueName: "input"))
    var inputs: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Write JSON Lines here (default: standard output).", valueName: "out"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "Only take files whose name matches this glob when walking directories (repeatable).", valueName: "glob"))
    var include: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Parse this many documents at once (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Continue an interrupted run: skip inputs already recorded in OUT.")
    var resume = false

    @Option(name: .long, help: ArgumentHelp(
        "Also write documents.csv, tasks.csv, targets.csv and units.csv into this directory.", valueName: "dir"))
    var csv: String?

    @Flag(name: .long, help: "Start the CSV files with a UTF-8 byte order mark (for spreadsheet programs).")
    var csvBom = false

    @Flag(name: .long, help: "No progress bar and no summary line.")
    var quiet = false

    @Flag(name: .long, help: "Filter mode: read {\"id\", \"text\"|\"path\"} JSON lines on stdin, write results on stdout.")
    var jsonlIn = false

    @OptionGroup var input: InputOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let m = input.maxBytes, m < 1 { throw ValidationError("--max-bytes must be at least 1") }
        if jsonlIn {
            if !inputs.isEmpty { throw ValidationError("--jsonl-in reads its inputs from standard input; name no INPUT") }
            if resume { throw ValidationError("--resume works on an output file, not with --jsonl-in") }
            if csv != nil { throw ValidationError("--csv is not available with --jsonl-in") }
        } else {
            if inputs.isEmpty { throw ValidationError("name at least one file or directory, or - for a list of paths on stdin") }
            if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
            if resume && output == nil { throw ValidationError("--resume needs -o OUT (the file to continue)") }
        }
        if csvBom && csv == nil { throw ValidationError("--csv-bom needs --csv DIR") }
    }

    func run() throws {
        let jobCount = jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
        var options = BatchOptions(parse: input.parseOptions(path: ""), keepDocument: csv != nil)
        options.parse.path = nil

        // Inputs first (a stdin path list is read whole: it is small and gives the total).
        var paths: [String] = []
        if !jsonlIn {
            for arg in inputs {
                if arg == "-" { paths.append(contentsOf: BatchInputs.pathList(from: 0)) } else {
                    paths.append(contentsOf: BatchInputs.expand([arg], include: include, excluding: output.map { [$0] } ?? []))
                }
            }
        }

        var exporter: CSVExporter? = nil
        if let csv {
            do { exporter = try CSVExporter(directory: csv, bom: csvBom) } catch {
                Stderr.write("parsecli: \(csv): cannot create the CSV files: \(error.localizedDescription)")
                throw ExitCode(Exit.output)
            }
        }

        if resume, let output {
            let scan: ResumeScan
            do {
                scan = try ResumeScanner.scan(path: output) { line in
                    if let exporter, let r = BatchRecord.decode(line) { try? exporter.add(r) }
                }
                try ResumeScanner.repair(path: output, scan: scan)
            } catch {
                Stderr.write("parsecli: \(output): cannot resume: \(error.localizedDescription)")
                throw ExitCode(Exit.output)
            }
            if let torn = scan.tornTail {
                Stderr.write("parsecli: \(output): removed a torn last line (\(torn.length) bytes at byte offset \(torn.offset)) left by an interrupted run; its input will be parsed again")
            }
            if scan.invalidLines > 0 {
                Stderr.write("parsecli: \(output): warning: \(scan.invalidLines) line(s) are not batch records; left in place, their inputs will be parsed again")
            }
            if !quiet {
                Stderr.write("parsecli: \(output): resuming after \(scan.records) record(s)")
            }
            options.skip = scan.done
        }

        let fd: Int32
        if let output {
            let flags = O_WRONLY | O_CREAT | (resume ? O_APPEND : O_TRUNC)
            fd = open(output, flags, 0o644)
            if fd < 0 {
                Stderr.write("parsecli: \(output): cannot open for writing: \(String(cString: strerror(errno)))")
                throw ExitCode(Exit.output)
            }
        } else {
            fd = 1
        }
        defer { if fd != 1 { close(fd) } }
        let sink = RecordSink(fd: fd)

        let progress = ProgressReporter(total: jsonlIn ? nil : paths.count, quiet: quiet)
        var writeFailed = false
        var csvFailed: Error? = nil

        let next: () -> BatchItem?
        if jsonlIn {
            let reader = LineReader(fileDescriptor: 0)
            next = {
                guard var line = reader.next()?.bytes else { return nil }
                if line.last == 0x0D { line.removeLast() }
                return .jsonLine(line)
            }
        } else {
            var i = 0
            let list = paths
            next = {
                guard i < list.count else { return nil }
                defer { i += 1 }
                return .file(list[i])
            }
        }
        let opts = options
        OrderedParallelMap.run(jobs: jobCount, window: jobCount * 4, next: next,
                               work: { BatchWorker.process($0, options: opts) }) { outcome in
            if let line = outcome.line, !writeFailed {
                if !sink.write(line) { writeFailed = true }
                if let exporter, let record = outcome.record, csvFailed == nil {
                    do { try exporter.add(record) } catch { csvFailed = error }
                }
            }
            progress.record(bytes: outcome.inputBytes, error: outcome.errorCode != nil && !outcome.skipped,
                            skipped: outcome.skipped)
        }
        if let exporter, csvFailed == nil {
            do { try exporter.close() } catch { csvFailed = error }
        }

        let t = progress.elapsed
        let parsed = progress.done - progress.errors - progress.skipped
        var summary = "parsecli batch: \(progress.done) input\(progress.done == 1 ? "" : "s"): \(parsed) parsed, \(progress.errors) error record\(progress.errors == 1 ? "" : "s")"
        if resume { summary += ", \(progress.skipped) already done" }
        summary += String(format: "; %.1f MB in %.1f s (%.1f MB/s, %d job%@)", Double(progress.bytes) / 1e6, t,
                          Double(progress.bytes) / 1e6 / max(t, 1e-6), jobCount, jobCount == 1 ? "" : "s")
        if let output { summary += " → \(output)" }
        progress.finish(summary)

        if writeFailed {
            Stderr.write("parsecli: \(output ?? "standard output"): cannot write: \(String(cString: strerror(errno)))")
            throw ExitCode(Exit.output)
        }
        if let csvFailed {
            Stderr.write("parsecli: \(csv ?? ""): cannot write the CSV files: \(csvFailed.localizedDescription)")
            throw ExitCode(Exit.output)
        }
    }
}
