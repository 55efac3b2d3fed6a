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

func selfUsage() -> rusage {
    var u = rusage()
    #if canImport(Glibc)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
    #else
    getrusage(RUSAGE_SELF, &u)
    #endif
    return u
}

/// Peak resident set size in MB (Linux reports ru_maxrss in KiB).
func peakRSS(_ u: rusage) -> Double { Double(u.ru_maxrss) * 1024 / 1e6 }

/// User + system CPU seconds.
func cpuSeconds(_ u: rusage) -> Double {
    Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
}

/// Runs a command and returns its exit status and resource usage (wait4 gives this child's
/// own peak RSS, not that of earlier children such as the compiler).
func spawn(_ argv: [String]) -> (status: Int32, usage: rusage)? {
    var pid: pid_t = 0
    let cargs = argv.map { strdup($0) } + [nil]
    defer { for a in cargs { free(a) } }
    guard posix_spawn(&pid, argv[0], nil, nil, cargs, environ) == 0 else { return nil }
    var status: Int32 = 0
    var u = rusage()
    guard wait4(pid, &status, 0, &u) == pid else { return nil }
    return (status, u)
}

/// Wall and CPU seconds of a block.
func measure(_ body: () -> Void) -> (wall: Double, cpu: Double) {
    let c0 = cpuSeconds(selfUsage()), w0 = now()
    body()
    return (now() - w0, cpuSeconds(selfUsage()) - c0)
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
let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
print("load average at start: \(load) (other processes share the cores: compare CPU seconds too)")
print(String(format: "corpus: %d files from %@ repeated to %d documents, %.1f MB; %d cores", names.count, args.corpus, docs.count, totalMB, ProcessInfo.processInfo.activeProcessorCount))

// 0. End to end through the CLI first, while this process is still small: a spawned child
// inherits the parent's RSS high-water mark on Linux, so measuring it later would overstate it.
var cliRow: (String, Double, Double)? = nil
var cliLine = ""
if let cli = args.parsecli {
    // End to end through the CLI, files on disk, output to /dev/null: real I/O and a fresh process.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docparse-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for (i, d) in docs.enumerated() {
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(String(format: "%06d.txt", i)).path, contents: Data(d))
    }
    let start = now()
    if let r = spawn([cli, "batch", dir.path, "-o", "/dev/null", "--quiet", "--jobs", String(args.jobs)]) {
        cliRow = ("parsecli batch DIR -o /dev/null, \(args.jobs) jobs (files on disk)", now() - start, cpuSeconds(r.usage))
        cliLine = String(format: "peak RSS of parsecli batch over the %d files: %.1f MB", docs.count, peakRSS(r.usage))
    } else {
        print("parsecli could not be run: \(cli)")
    }
}


// 1. Bare ICU word-break pass, line by line (as a rule would segment), over pre-decoded text.
let decoded: [[Unicode.Scalar]] = originals.map { Array(String(decoding: $0, as: UTF8.self).unicodeScalars) }
let breaker = WordBreaker()
var boundaries = 0
let icu = measure {
    for i in 0..<docs.count {
        let text = decoded[i % decoded.count]
        var start = 0
        for j in 0...text.count where j == text.count || text[j] == "\n" {
            if j > start { boundaries += breaker.boundaries(in: text, range: start..<j).count }
            start = j + 1
        }
    }
}
let icuMBps = totalMB / icu.wall

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
func runPipeline(jobs: Int) -> (wall: Double, cpu: Double, outBytes: Int) {
    var i = 0
    var out = 0
    let t = measure {
        OrderedParallelMap.run(jobs: jobs, window: jobs * 4, next: { () -> Int? in
            guard i < documents.count else { return nil }
            defer { i += 1 }
            return i
        }, work: pipeline) { out += $0 }
    }
    return (t.wall, t.cpu, out)
}

let one = runPipeline(jobs: 1)
let many = runPipeline(jobs: args.jobs)
let oneMBps = totalMB / one.wall
let manyMBps = totalMB / many.wall

func row(_ name: String, _ wall: Double, _ cpu: Double) {
    print(String(format: "| %@ | %.2f | %.2f | %.2f | %.2f |", name, wall, cpu, totalMB / wall, totalMB / cpu))
}
print("")
print("| measure | wall s | CPU s | MB/s (wall) | MB per CPU-s |")
print("|---|---:|---:|---:|---:|")
row("ICU word-break pass (WordBreaker, per line), 1 thread", icu.wall, icu.cpu)
row("pipeline (parse + JSON), 1 job", one.wall, one.cpu)
row("pipeline (parse + JSON), \(args.jobs) jobs", many.wall, many.cpu)
if let c = cliRow { row(c.0, c.1, c.2) }

print("")
print(String(format: "ratio pipeline(1 job) / ICU word-break: %.2f by wall time, %.2f by CPU time   (goal >= 2.0, never below 1.0)", oneMBps / icuMBps, icu.cpu / one.cpu))
print(String(format: "speed-up %d jobs / 1 job: %.2fx by wall time; CPU used per MB %d jobs / 1 job: %.2f (1.00 = no parallel overhead)   (goal >= 1.8x on 2 cores)", args.jobs, manyMBps / oneMBps, args.jobs, many.cpu / one.cpu))
print(String(format: "peak RSS of this process: %.1f MB (holds the %.1f MB corpus in memory)", peakRSS(selfUsage()), totalMB))
if !cliLine.isEmpty { print(cliLine + "   (goal < 200 MB)") }
print("(\(boundaries) word boundaries; \(one.outBytes) bytes of JSON per pass)")
