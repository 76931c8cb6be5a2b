/// Options of one `plainspeak build` run.
public struct BuildOptions: Sendable {
    public var contentDirectory: String = "Content"
    public var outputDirectory: String = "Audio"
    /// eSpeak NG voice; nil uses `Content/speech.yml`.
    public var voice: String?
    /// Integrated loudness every section is brought to, and the true-peak ceiling.
    public var loudnessTargetLUFS: Double = -16
    public var truePeakCeilingDBTP: Double = -1
    /// Draft builds write the raw eSpeak WAV only: no loudness normalisation, no Opus file.
    public var draft = false
    /// Bit rate of the Ogg Opus files.
    public var opusBitrate = 24_000
    /// Speaking rate of the `original` level; nil uses the levels data.
    public var rateWordsPerMinute: Int?
    public var jobs: Int = 1
    /// A folder that keeps section audio across runs (for CI caches).
    public var cacheDirectory: String?
    /// Build only these reading levels (all levels of the levels data when nil).
    public var levels: [String]?
    /// Write nothing; report what is stale.
    public var checkOnly = false
    /// Build only part `index` (1-based) of `count`.
    public var shard: Shard?
    /// Wait for another build's lock instead of failing.
    public var waitForLock = false
    /// Seconds a worker may run before it is killed, plus ``workerSecondsPerCharacter`` per character.
    public var workerBaseSeconds: Double = 60
    public var workerSecondsPerCharacter: Double = 0.01
    /// The `plainspeak` executable started as `plainspeak worker`; nil means this process's own.
    public var workerExecutable: String?

    public init() {}
}

/// One part of a build split across CI machines.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    /// Parses `i/n` with 1 ≤ i ≤ n.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, index >= 1,
            index <= count
        else { return nil }
        self.index = index
        self.count = count
    }

    public var description: String { "\(index)/\(count)" }
}

/// The outcome of a build, printed as JSON with `--json`.
public struct BuildSummary: Sendable, Codable, Hashable {
    /// Sections synthesised in this run.
    public var built = 0
    /// Sections whose audio was already current, copied from an earlier output or from the cache.
    public var reused = 0
    public var failed = 0
    /// Total audio of all sections written or current, in seconds.
    public var audioSeconds = 0.0
    public var wallSeconds = 0.0
    /// Peak resident memory of the main process and of the largest worker, in megabytes.
    public var mainPeakMegabytes = 0.0
    public var workerPeakMegabytes = 0.0
    /// One line per failure: article, level, section and reason.
    public var failures: [String] = []
    /// With `--check`: what is stale, missing or orphaned.
    public var stale: [String] = []

    public init() {}

    /// 0 when everything was built (or, with `--check`, is current); 1 otherwise.
    public var exitCode: Int32 { failures.isEmpty && stale.isEmpty ? 0 : 1 }
}

extension BuildSummary {
    /// The summary as pretty JSON with sorted keys.
    public func jsonBytes() throws(PipelineError) -> [UInt8] { try ContentKey.prettyJSON(self) }
}
