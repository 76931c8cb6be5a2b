import ArgumentParser
import Foundation
import Pipeline

/// `plainspeak build`: the main job.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build audio, captions, indexes and text exports for every article in the content folder.",
        discussion: """
            Only sections whose content changed are synthesised again. Exit status: 0 when everything \
            was built (or, with --check, is current); 1 when a section or article failed (or is stale); \
            64 on a usage error.
            """)

    @Option(help: "Folder of Markdown articles and their data files.")
    var content = "Content"

    @Option(help: "Output folder; it is created if needed and must be empty or made by plainspeak.")
    var out = "Audio"

    @Option(help: "eSpeak NG voice name (default: the voice in Content/speech.yml, en-us).")
    var voice: String?

    @Option(help: "Speaking rate of the original level in words per minute (other levels follow the levels data).")
    var rate: Int?

    @Option(name: .customLong("level"), help: "Build only this reading level (repeatable; default: every level).")
    var levels: [String] = []

    @Option(help: "Number of worker processes (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Folder that keeps section audio across runs, e.g. a CI cache.")
    var cache: String?

    @Flag(help: "Write nothing; exit 1 and list what is stale, missing or orphaned.")
    var check = false

    @Option(help: "Build only part i of n (e.g. 2/3), balanced by expected audio length; join parts with 'merge'.")
    var shard: String?

    @Flag(help: "Wait for another build of the same output folder to end instead of failing.")
    var wait = false

    @Flag(help: "Print a JSON summary (built, reused, failed, seconds of audio, wall time) on standard output.")
    var json = false

    @Option(help: "Integrated loudness every section is normalised to, in LUFS.")
    var loudness: Double = -16

    @Option(help: "True-peak ceiling in dBTP.")
    var truePeak: Double = -1

    @Flag(help: "Fast preview: the raw eSpeak WAV only, without loudness normalisation or Opus files.")
    var draft = false

    @Option(help: .hidden)
    var workerTimeout: Double?

    func validate() throws {
        if let rate, !(80...450).contains(rate) {
            throw ValidationError("--rate must be between 80 and 450 words per minute")
        }
        if !(-40.0...(-6.0)).contains(loudness) { throw ValidationError("--loudness must be between -40 and -6 LUFS") }
        if !(-12.0...0.0).contains(truePeak) { throw ValidationError("--true-peak must be between -12 and 0 dBTP") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/3") }
        if check && shard != nil { throw ValidationError("--check cannot be combined with --shard") }
    }

    func run() async throws {
        var options = BuildOptions()
        options.contentDirectory = content
        options.outputDirectory = out
        options.voice = voice
        options.rateWordsPerMinute = rate
        options.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        options.cacheDirectory = cache
        options.draft = draft
        options.loudnessTargetLUFS = loudness
        options.truePeakCeilingDBTP = truePeak
        options.levels = levels.isEmpty ? nil : levels
        options.checkOnly = check
        options.shard = shard.flatMap(Shard.init)
        options.waitForLock = wait
        if let workerTimeout { options.workerBaseSeconds = workerTimeout }
        let summary: BuildSummary
        do {
            summary = try await Builder(options: options, progress: .automatic()).run()
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        if json { print(String(decoding: try summary.jsonBytes(), as: UTF8.self)) }
        for line in summary.stale { print("stale: \(line)") }
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
