import Foundation

/// Reads an input named on the command line: a file path or `-` for standard input.
enum InputReader {
    struct Failure: Error {
        var message: String
        var exitCode: Int32
    }

    static func read(_ path: String) -> Result<[UInt8], Failure> {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return .success([UInt8](data))
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
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: [.alwaysMapped])
            return .success([UInt8](data))
        } catch {
            return .failure(Failure(message: "cannot read: \(error.localizedDescription)", exitCode: Exit.unreadable))
        }
    }
}

/// Writes to standard error.
enum Stderr {
    static func write(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}
