import Foundation
import Testing

/// Compares output with a golden file under `Fixtures/golden/`; rewrites it only when
/// `PLAINSPEAK_RECORD_GOLDENS=1`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PLAINSPEAK_RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "Missing golden file \(name); run with PLAINSPEAK_RECORD_GOLDENS=1 to record it.",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let message =
                "\(name) differs from its golden file (PLAINSPEAK_RECORD_GOLDENS=1 re-records):\n"
                + diff(expected: expected, actual: actual)
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The first differing line with two lines of context, in unified-diff style.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var line = 0
        while line < min(old.count, new.count), old[line] == new[line] { line += 1 }
        let from = max(0, line - 2)
        var out = "@@ line \(line + 1) @@\n"
        for index in from..<line { out += "  " + old[index] + "\n" }
        for index in line..<min(old.count, line + 3) { out += "- " + old[index] + "\n" }
        for index in line..<min(new.count, line + 3) { out += "+ " + new[index] + "\n" }
        return out
    }
}
