import Foundation

/// Writing a command's single output file (`report -o`, `diff -o`), with failures reported
/// as the README promises: a message naming the file or the missing folder, exit 74.
enum OutputFile {
    struct Failure: Error { var message: String }

    /// Checks that `path` can be created: its folder exists and is a folder. Run before any
    /// work, so that a typo in `-o` costs nothing.
    static func checkFolder(of path: String) throws(Failure) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) {
            throw Failure(message: "cannot write: the folder \(folder) does not exist (create it first, or choose another -o path)")
        }
        if !isDir.boolValue {
            throw Failure(message: "cannot write: \(folder) is a file, not a folder")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw Failure(message: "cannot write: it is a folder; name a file")
        }
    }

    /// Writes the bytes, reporting a failure in plain words rather than a Foundation error domain.
    static func write(_ data: Data, to path: String) throws(Failure) {
        try checkFolder(of: path)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            let reason = FileManager.default.isWritableFile(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
                ? "the file could not be written" : "no permission to write in its folder"
            throw Failure(message: "cannot write: \(reason)")
        }
    }
}
