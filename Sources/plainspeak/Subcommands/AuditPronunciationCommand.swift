import ArgumentParser
import Foundation
import Pipeline

/// `plainspeak audit-pronunciation`: lists words eSpeak NG may say wrong that the lexicon does not cover.
struct AuditPronunciationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit-pronunciation",
        abstract: "Check every word of every level against the lexicon and a reference pronouncing dictionary.",
        discussion: "Exit status 0 when nothing unexplained is flagged, 1 otherwise.")

    @Option(help: "Folder of Markdown articles and their data files.")
    var content = "Content"

    func run() async throws {
        do {
            let result = try await PronunciationCheck.run(contentDirectory: content)
            print(result.report, terminator: result.report.hasSuffix("\n") ? "" : "\n")
            if !result.passed { throw ExitCode(1) }
        } catch let error as PipelineError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
