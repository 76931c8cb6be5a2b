import ArgumentParser
import Foundation
import Pipeline

/// `plainspeak worker`: renders one section from a JSON request on standard input. Started by
/// `build`, one process per section, so that an eSpeak crash costs one section, not the run.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Render one section (internal).", shouldDisplay: false)

    func run() async throws {
        let input = Array(FileHandle.standardInput.readDataToEndOfFile())
        do {
            let output = try await Worker.run(request: input)
            FileHandle.standardOutput.write(Data(output))
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
