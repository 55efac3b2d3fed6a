// docparse-bench: throughput and memory of the DocParse pipeline on a corpus repeated to a
// given size, next to the floor cost of a bare ICU word-break pass over the same text.
//
//   swift build -c release --product docparse-bench --product parsecli
//   .build/release/docparse-bench --corpus corpus --mb 20 --parsecli .build/release/parsecli
//
// Or just run scripts/bench. MB are 10^6 bytes of input (UTF-8 as stored on disk).
import DocParse
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Args {
    var corpus = "corpus"
    var mb = 20.0
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var parsecli: String? = nil

    init() {
        var it = CommandLine.arguments.dropFirst().makeIterator()
        while let a = it.next() {
            switch a {
            case "--corpus": corpus = it.next() ?? corpus
            case "--mb": mb = Double(it.next() ?? "") ?? mb
            case "--jobs": jobs = Int(it.next() ?? "") ?? jobs
            case "--parsecli": parsecli = it.next()
            default:
                FileHandle.standardError.write(Data("usage: docparse-bench [--corpus DIR] [--mb N] [--jobs N] [--parsecli PATH]\n".utf8))
                exit(64)
            }
        }
    }
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Peak resident set size in MB (Linux reports ru_maxrss in KiB).
func peakRSS(children: Bool) -> Double {
    var u = rusage()
    #if canImport(Glibc)
    getrusage(__rusage_who_t(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue), &u)
    #else
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &u)
    #endif
    return Double(u.ru_maxrss) * 1024 / 1e6
}

let args = Args()
let names = ((try? FileManager.default.contentsOfDirectory(atPath: args.corpus)) ?? [])
    .filter { $0.hasSuffix(".txt") }.sorted()
guard !names.isEmpty else {
    FileHandle.standardError.write(Data("docparse-bench: no .txt files in \(args.corpus)\n".utf8))
    exit(66)
}
let originals: [[UInt8]] = names.map { [UInt8](FileManager.default.contents(atPath: args.corpus + "/" + $0) ?? Data()) }

// The corpus repeated, document by document, until it reaches the size asked for.
var docs: [[UInt8]] = []
var totalBytes = 0
while Double(totalBytes) < args.mb * 1e6 {
    let d = originals[docs.count % originals.count]
    docs.append(d)
    totalBytes += d.count
}
let totalMB = Double(totalBytes) / 1e6
print("docparse-bench  \(ISO8601DateFormatter().string(from: Date()))")
print(String(format: "corpus: %d files from %@ repeated to %d documents, %.1f MB; %d cores", names.count, args.corpus, docs.count, totalMB, ProcessInfo.processInfo.activeProcessorCount))

// 1. Bare ICU word-break pass, line by line (as a rule would segment), over pre-decoded text.
let decoded: [[Unicode.Scalar]] = originals.map { Array(String(decoding: $0, as: UTF8.self).unicodeScalars) }
let breaker = WordBreaker()
var boundaries = 0
var t0 = now()
for i in 0..<docs.count {
    let text = decoded[i % decoded.count]
    var start = 0
    for j in 0...text.count where j == text.count || text[j] == "\n" {
        if j > start { boundaries += breaker.boundaries(in: text, range: start..<j).count }
        start = j + 1
    }
}
let icuSeconds = now() - t0
let icuMBps = totalMB / icuSeconds

// 2. The pipeline: parse + JSON encoding of every document, as `parsecli batch` does.
let documents = docs
@Sendable func pipeline(_ i: Int) -> Int {
    do {
        let doc = try DocumentParser.parse(bytes: documents[i])
        return try JSONOutput.encode(doc).count
    } catch {
        return 0
    }
}
func runPipeline(jobs: Int) -> (seconds: Double, outBytes: Int) {
    var i = 0
    var out = 0
    let start = now()
    OrderedParallelMap.run(jobs: jobs, window: jobs * 4, next: { () -> Int? in
        guard i < documents.count else { return nil }
        defer { i += 1 }
        return i
    }, work: pipeline) { out += $0 }
    return (now() - start, out)
}

// Parse alone (no JSON), one job: separates the extraction from the encoding.
t0 = now()
for d in documents { _ = try? DocumentParser.parse(bytes: d) }
let parseOnlySeconds = now() - t0

let one = runPipeline(jobs: 1)
let many = runPipeline(jobs: args.jobs)
let oneMBps = totalMB / one.seconds
let manyMBps = totalMB / many.seconds

print("")
print("| measure | seconds | MB/s |")
print("|---|---:|---:|")
print(String(format: "| ICU word-break pass (WordBreaker, per line), 1 thread | %.2f | %.1f |", icuSeconds, icuMBps))
print(String(format: "| parse only (no JSON), 1 job | %.2f | %.1f |", parseOnlySeconds, totalMB / parseOnlySeconds))
print(String(format: "| pipeline (parse + JSON), 1 job | %.2f | %.1f |", one.seconds, oneMBps))
print(String(format: "| pipeline (parse + JSON), %d jobs | %.2f | %.1f |", args.jobs, many.seconds, manyMBps))

var cliLine = ""
if let cli = args.parsecli {
    // End to end through the CLI, files on disk, output to /dev/null: real I/O and a fresh process.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docparse-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for (i, d) in docs.enumerated() {
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(String(format: "%06d.txt", i)).path, contents: Data(d))
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: cli)
    p.arguments = ["batch", dir.path, "-o", "/dev/null", "--quiet", "--jobs", String(args.jobs)]
    let start = now()
    do {
        try p.run()
        p.waitUntilExit()
        let s = now() - start
        print(String(format: "| parsecli batch DIR -o /dev/null, %d jobs (files on disk) | %.2f | %.1f |", args.jobs, s, totalMB / s))
        cliLine = String(format: "peak RSS of parsecli batch: %.1f MB", peakRSS(children: true))
    } catch {
        print("parsecli could not be run: \(error)")
    }
}

print("")
print(String(format: "ratio pipeline(1 job) / ICU word-break: %.2f   (goal >= 2.0, never below 1.0)", oneMBps / icuMBps))
print(String(format: "speed-up %d jobs / 1 job: %.2fx   (goal >= 1.8x on 2 cores)", args.jobs, manyMBps / oneMBps))
print(String(format: "peak RSS of this process: %.1f MB (holds the %.1f MB corpus in memory)", peakRSS(children: false), totalMB))
if !cliLine.isEmpty { print(cliLine + "   (goal < 200 MB)") }
print("(\(boundaries) word boundaries; \(one.outBytes) bytes of JSON per pass)")
