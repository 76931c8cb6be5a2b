import ArgumentParser

/// The `plainspeak` command: a thin shell over the Pipeline library.
struct PlainSpeak: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plainspeak",
        abstract: "Turn medical articles into plain-language reading levels, spoken audio and accessible text.",
        subcommands: [
            AuditPronunciationCommand.self,
            BuildCommand.self,
            MergeCommand.self,
            ReadabilityCommand.self,
            SimplifyCommand.self,
            WorkerCommand.self,
        ]
    )
}
