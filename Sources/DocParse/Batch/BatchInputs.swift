import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the inputs named on a batch command line into the ordered list of documents to parse.
///
/// A file named explicitly is always an input, even if it does not exist or fails the
/// `include` globs: the run must give it a record (a missing file becomes a `not-found`
/// error record, never a silent drop). A directory is walked recursively, in byte order of
/// the paths so that two runs over the same tree give records in the same order; hidden
/// files and folders (`.git`, `.DS_Store`) are skipped, and `include` globs filter the files
/// found there.
public enum BatchInputs {
    /// Expands `arguments` (files and directories) into file paths, in order.
    ///
    /// - Parameters:
    ///   - arguments: Paths as given on the command line. A directory is replaced by the files
    ///     under it; anything else (a file, a missing path) is kept as written.
    ///   - include: fnmatch(3) globs (`*.txt`); a file found in a directory is kept
    ///     when one matches its name, or its path relative to the directory for a glob holding
    ///     `/`. Empty: keep every file.
    ///   - excluding: Files never taken from a directory walk, such as the output
    ///     file itself when it lies inside an input folder (compared after resolving links).
    /// - Returns: The inputs in argument order, each directory's files in byte order of their paths.
    public static func expand(_ arguments: [String], include: [String] = [], excluding: [String] = []) -> [String] {
        var out: [String] = []
        let excluded = Set(excluding.map(resolved))
        for arg in arguments {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: arg, isDirectory: &isDir), isDir.boolValue {
                let found = walk(arg, include: include)
                out.append(contentsOf: excluded.isEmpty ? found : found.filter { !excluded.contains(resolved($0)) })
            } else {
                out.append(arg)
            }
        }
        return out
    }

    /// Reads a list of paths, one per line (blank lines ignored), as given after `-`.
    ///
    /// Lines are read as UTF-8 with a trailing `\r` dropped, so a list written on Windows works.
    /// The paths are taken as they are: no directory expansion and no glob filtering.
    ///
    /// - Parameter fd: The file descriptor to read to its end, usually standard input (0).
    /// - Returns: The paths in the order listed.
    public static func pathList(from fd: Int32) -> [String] {
        let reader = LineReader(fileDescriptor: fd)
        var out: [String] = []
        while let line = reader.next() {
            var bytes = line.bytes
            if bytes.last == 0x0D { bytes.removeLast() }
            let path = String(decoding: bytes, as: UTF8.self)
            if !path.trimmingCharacters(in: .whitespaces).isEmpty { out.append(path) }
        }
        return out
    }

    /// True when `name` matches at least one glob (or there are none).
    ///
    /// - Parameters:
    ///   - name: The file's name, matched by globs without a `/`.
    ///   - relativePath: The file's path relative to the walked directory, matched by globs
    ///     that hold a `/` (`2023/*.txt`).
    ///   - include: fnmatch(3) globs; empty keeps everything.
    /// - Returns: Whether the file is an input.
    public static func matches(_ name: String, relativePath: String, include: [String]) -> Bool {
        if include.isEmpty { return true }
        for glob in include {
            let subject = glob.contains("/") ? relativePath : name
            if fnmatch(glob, subject, 0) == 0 { return true }
        }
        return false
    }

    private static func walk(_ dir: String, include: [String]) -> [String] {
        let base = dir.hasSuffix("/") ? String(dir.dropLast()) : dir
        guard let e = FileManager.default.enumerator(atPath: base) else { return [] }
        var found: [String] = []
        while let rel = e.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if isDirectory(base + "/" + rel) { e.skipDescendants() }
                continue
            }
            let full = base + "/" + rel
            if isDirectory(full) { continue }
            if matches(name, relativePath: rel, include: include) { found.append(full) }
        }
        // Byte order, not locale order: stable across machines.
        found.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return found
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
