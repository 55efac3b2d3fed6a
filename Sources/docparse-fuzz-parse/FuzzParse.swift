import DocParse
import DocParseFuzzSupport

/// libFuzzer entry: the whole parse (decode, normalize, every extractor, JSON encoding) on
/// arbitrary bytes, strict and lenient. A crash, a trap or a sanitizer report is a finding;
/// a thrown `DocParseError` is the documented answer to bad input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for lenient in [false, true] {
        if let doc = try? DocumentParser.parse(bytes: bytes, options: ParseOptions(lenient: lenient)) {
            FuzzChecks.check(doc)
        }
    }
    return 0
}

/// With `-DFUZZING` (scripts/fuzz), `main` hands control to libFuzzer's driver; SwiftPM
/// renames an executable's `main`, so libFuzzer's own `main` cannot be used. Without it, the
/// target replays the inputs named on the command line: `docparse-fuzz-parse crash-1234`
/// reproduces a finding under a debugger.
@main
struct FuzzParseMain {
    static func main() {
        #if FUZZING
        FuzzDriver.run { fuzzParse($0, $1) }
        #else
        FuzzReplay.run(fuzzParse)
        #endif
    }
}
