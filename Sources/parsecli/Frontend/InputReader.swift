import Foundation

/// Reads an input named on the command line: a file path or `-` for standard input.
enum InputReader {
    struct Failure: Error {
        var message: String
        var exitCode: Int32
    }

    /// Reads an input whole; with `maxBytes`, a larger input is refused before it is read
    /// (a file by its size on disk, standard input once that many bytes have arrived), so a
    /// huge file costs no memory.
    static func read(_ path: String, maxBytes: Int? = nil) -> Result<[UInt8], Failure> {
        if path == "-" {
            guard let limit = maxBytes else {
                return .success([UInt8](FileHandle.standardInput.readDataToEndOfFile()))
            }
            var bytes: [UInt8] = []
            while bytes.count <= limit {
                let chunk = FileHandle.standardInput.readData(ofLength: min(1 << 16, limit + 1 - bytes.count))
                if chunk.isEmpty { break }
                bytes += chunk
            }
            if bytes.count > limit { return .failure(tooLarge(nil, limit)) }
            return .success(bytes)
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            return .failure(Failure(message: "no such file", exitCode: Exit.unreadable))
        }
        if isDir.boolValue {
            return .failure(Failure(message: "is a directory, not a file", exitCode: Exit.unreadable))
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            return .failure(Failure(message: "permission denied", exitCode: Exit.unreadable))
        }
        if let limit = maxBytes, let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > limit {
            return .failure(tooLarge(size.intValue, limit))
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: [.alwaysMapped])
            return .success([UInt8](data))
        } catch {
            return .failure(Failure(message: "cannot read: \(error.localizedDescription)", exitCode: Exit.unreadable))
        }
    }

    /// The `--max-bytes` refusal: bad input (65), as when the parser itself refuses.
    static func tooLarge(_ size: Int?, _ limit: Int) -> Failure {
        let what = size.map { "input of \($0) bytes" } ?? "input"
        return Failure(message: "\(what) is larger than the limit of \(limit) bytes (--max-bytes); nothing was read past it", exitCode: Exit.badInput)
    }
}

/// Writes to standard error.
enum Stderr {
    static func write(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}
