import ArgumentParser
import Foundation
import Pipeline

/// `plainspeak merge`: joins the outputs of `build --shard` runs into one tree.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join shard outputs into exactly the tree a single build makes.")

    @Option(help: "Output folder to write.")
    var out: String

    @Argument(help: "Output folders of 'build --shard i/n' runs.")
    var shards: [String]

    func validate() throws {
        if shards.isEmpty { throw ValidationError("name at least one shard folder") }
    }

    func run() async throws {
        do {
            try Merger(output: out, shards: shards).run()
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
