public import ContentModel

/// What a worker reports about the audio it rendered for one section, kept beside the audio as
/// `NN-slug.json` (the word-timing sidecar) and in the cross-run cache.
public struct SectionAudioRecord: Sendable, Hashable, Codable {
    /// The content key of the job that produced the audio.
    public var key: String
    public var sampleRate: Int
    public var sampleCount: Int
    public var bodyStartSeconds: Double
    public var loudnessLUFS: Double?
    public var truePeakDBTP: Double?
    /// Byte sizes of the WAV and Opus files, to notice a damaged or replaced file (0: no Opus file,
    /// as in draft builds).
    public var wavBytes: Int
    public var opusBytes: Int
    public var cues: [Cue]
    public var words: [WordTiming]

    public var durationSeconds: Double { Double(sampleCount) / Double(sampleRate) }

    /// Whether the WAV and Opus files at these paths are the ones this record describes.
    func matches(wav: String, opus: String) -> Bool {
        FileSystem.fileSize(wav) == wavBytes && (opusBytes == 0 || FileSystem.fileSize(opus) == opusBytes)
    }
}

/// The request a worker process reads from its standard input.
struct WorkerRequest: Sendable, Codable {
    var key: String
    var job: SpeechJob
    /// Temporary paths the worker writes; the main process moves them into place.
    var wavPath: String
    var opusPath: String
    /// Tags for the Opus file.
    var title: String
    var album: String
    /// Fault injection for the pipeline's own crash and hang tests: `crash`, `hang` or `oom`.
    var fault: String?
}
