import Foundation
import Testing

/// Compares text with a golden file in `Tests/PipelineTests/Goldens/`. With
/// `PLAINSPEAK_RECORD_GOLDENS=1` the golden is re-recorded instead (on purpose only).
func expectMatchesGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
{
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens/\(name)")
    if ProcessInfo.processInfo.environment["PLAINSPEAK_RECORD_GOLDENS"] == "1" {
        try actual.write(to: path, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: path, encoding: .utf8) else {
        Issue.record(
            "missing golden \(name); record it with PLAINSPEAK_RECORD_GOLDENS=1", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        Issue.record(
            """
            \(name) differs from its golden at line \(first + 1):
            - \(first < expectedLines.count ? expectedLines[first] : "(end of file)")
            + \(first < actualLines.count ? actualLines[first] : "(end of file)")
            Re-record on purpose with PLAINSPEAK_RECORD_GOLDENS=1.
            """, sourceLocation: sourceLocation)
    }
}

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The `plainspeak` executable: `PLAINSPEAK_BIN` when set, else the one built next to the running
/// test executable (`swift test` builds every product into the same folder, whatever
/// `--scratch-path` or configuration is in use), else `.build/debug/plainspeak`.
func plainspeakExecutable() throws -> String {
    let testExecutable =
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        ?? Bundle.main.executablePath
    let candidates = [
        ProcessInfo.processInfo.environment["PLAINSPEAK_BIN"],
        testExecutable.map {
            URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("plainspeak").path
        },
        repositoryRoot.appendingPathComponent(".build/debug/plainspeak").path,
    ].compactMap { $0 }
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        throw TestSetupError("no plainspeak executable at \(candidates); build it first: swift build --build-tests")
    }
    return found
}

struct TestSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs `plainspeak` with arguments; returns exit status, stdout and stderr.
func runPlainspeak(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try plainspeakExecutable())
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
        process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self)
    )
}
