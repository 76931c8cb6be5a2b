import Foundation
import Testing

@testable import Pipeline

@Suite struct FileSystemTests {
    let folder = NSTemporaryDirectory() + "plainspeak-fs-\(UUID().uuidString)"

    @Test func writesAtomicallyAndLeavesNoTemporaryFile() throws {
        let path = folder + "/a/b/file.txt"
        try FileSystem.writeAtomically(Array("first".utf8), to: path)
        try FileSystem.writeAtomically(Array("second".utf8), to: path)
        #expect(try FileSystem.readFile(path) == Array("second".utf8))
        #expect(FileSystem.filesRecursively(in: folder) == ["a/b/file.txt"])
        FileSystem.removeTree(folder)
    }

    @Test func writeIfChangedKeepsIdenticalFilesUntouched() throws {
        let path = folder + "/same.txt"
        #expect(try FileSystem.writeIfChanged(Array("x".utf8), to: path))
        #expect(try FileSystem.writeIfChanged(Array("x".utf8), to: path) == false)
        #expect(try FileSystem.writeIfChanged(Array("y".utf8), to: path))
        FileSystem.removeTree(folder)
    }

    @Test func readOnlyFolderGivesAClearError() throws {
        guard getuid() != 0 else { return }  // root ignores permissions; the CLI test covers read-only mounts
        try FileSystem.createDirectories(folder)
        chmod(folder, 0o555)
        defer {
            chmod(folder, 0o755)
            FileSystem.removeTree(folder)
        }
        #expect(throws: PipelineError.self) { try FileSystem.writeAtomically([1], to: folder + "/x") }
    }

    @Test func secondLockOnTheSameFileIsRefused() throws {
        let path = folder + "/.lock"
        let first = try #require(try FileSystem.acquireLock(path, wait: false))
        // flock locks belong to open file descriptions, so a second open in this process conflicts too.
        #expect(try FileSystem.acquireLock(path, wait: false) == nil)
        FileSystem.releaseLock(first)
        let again = try #require(try FileSystem.acquireLock(path, wait: false))
        FileSystem.releaseLock(again)
        FileSystem.removeTree(folder)
    }

    @Test func removesTemporaryFilesLeftByAKilledBuild() throws {
        try FileSystem.writeAtomically([1], to: folder + "/article/original/01-a.wav")
        try FileSystem.writeAtomically([2], to: folder + "/article/original/" + FileSystem.temporaryName())
        OutputFolder.removeTemporaryFiles(folder)
        #expect(FileSystem.filesRecursively(in: folder) == ["article/original/01-a.wav"])
        FileSystem.removeTree(folder)
    }

    @Test func refusesToClaimAForeignFolder() throws {
        try FileSystem.writeAtomically(Array("mine".utf8), to: folder + "/notes.txt")
        #expect(throws: PipelineError.self) { try OutputFolder.claim(folder) }
        FileSystem.removeTree(folder)
        try OutputFolder.claim(folder)
        #expect(FileSystem.fileExists(folder + "/" + OutputFolder.markerName))
        FileSystem.removeTree(folder)
    }
}
