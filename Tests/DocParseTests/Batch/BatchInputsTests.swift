import Foundation
import Testing
@testable import DocParse

@Suite("Batch inputs")
struct BatchInputsTests {
    @Test("directories are walked recursively in path order, hidden entries skipped, globs applied")
    func walk() throws {
        let dir = try BatchFixtures.tempDir("inputs")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        for sub in ["b", "a/deep", ".git"] {
            try fm.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for f in ["z.txt", "b/1.txt", "a/deep/2.txt", "a/notes.md", ".hidden.txt", ".git/HEAD.txt"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(f))
        }
        let base = dir.path
        #expect(BatchInputs.expand([base], include: ["*.txt"]) == [
            base + "/a/deep/2.txt", base + "/b/1.txt", base + "/z.txt",
        ])
        #expect(BatchInputs.expand([base]).count == 4)
        #expect(BatchInputs.expand([base], include: ["*.md", "z.*"]) == [base + "/a/notes.md", base + "/z.txt"])
        #expect(BatchInputs.expand([base], include: ["a/*/*.txt"]) == [base + "/a/deep/2.txt"])
        // The output file inside an input folder is not an input of its own run.
        #expect(BatchInputs.expand([base], include: ["*.txt"], excluding: [base + "/b/../z.txt"]) == [
            base + "/a/deep/2.txt", base + "/b/1.txt",
        ])
    }

    @Test("files named explicitly are kept even when missing or not matching a glob, in argument order")
    func explicitFiles() {
        #expect(BatchInputs.expand(["/nonexistent/x.doc", "plan.md"], include: ["*.txt"]) == ["/nonexistent/x.doc", "plan.md"])
    }

    @Test("a path list read from a stream keeps order and drops blank lines")
    func pathList() throws {
        let dir = try BatchFixtures.tempDir("inputs")
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = dir.appendingPathComponent("list")
        try Data("b.txt\r\n\n路径/计划.txt\na.txt".utf8).write(to: list)
        let fd = open(list.path, O_RDONLY)
        defer { close(fd) }
        #expect(BatchInputs.pathList(from: fd) == ["b.txt", "路径/计划.txt", "a.txt"])
    }
}
