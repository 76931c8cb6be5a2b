import AudioPost
import ContentModel
import Foundation
public import Speech

/// The body of `plainspeak worker`: renders one section in this (fresh) process.
///
/// eSpeak NG keeps global state and can abort the process, so each section gets its own process:
/// the main process survives any failure here, and no state leaks from one section to the next
/// (eSpeak 1.51 renders the same text slightly differently later in one process).
public enum Worker {
    /// Address-space limit of a worker: a runaway allocation fails here, not on the machine.
    static let memoryLimitBytes = 2 << 30

    /// libopus complexity: 5 encodes speech at 24 kbit/s about 3 times faster than 10 (measured
    /// here: 6.0 s against 18.1 s for the 18-minute article) with no audible loss for speech.
    static let opusComplexity = 5

    /// Reads a ``WorkerRequest`` (JSON), writes the WAV and Opus files it names, and returns the
    /// ``SectionAudioRecord`` as JSON.
    ///
    /// The files are temporary names that must not exist yet; they are created, written and
    /// flushed to disk here, and only the main process renames them into place.
    ///
    /// `engine`: the engine a worker helper started before forking this process (see
    /// ``WorkerServer``); nil starts one here.
    public static func run(request bytes: [UInt8], engine: SpeechEngine? = nil) async throws(PipelineError) -> [UInt8] {
        Environment.limitMemory(bytes: memoryLimitBytes)
        let request = try ContentKey.decode(WorkerRequest.self, from: bytes, path: "worker request")
        if let fault = request.fault { injectFault(fault) }
        let job = request.job

        let rendered: RenderedSection
        do {
            let engine = try await prepare(engine, voice: job.voice, rateWordsPerMinute: job.rateWordsPerMinute)
            let spoken = job.spoken
            rendered = try await SectionRenderer(settings: job.settings).render(
                blocks: job.blocks, announcement: job.announcement,
                spoken: { sentence in spoken[sentence] ?? SpokenText.identity(sentence) }, engine: engine)
        } catch {
            throw PipelineError("speech: \(error)")
        }

        var samples = rendered.samples
        var loudness: LoudnessMeasurement?
        var opus: [UInt8] = []
        if job.postProcess {
            do {
                let normalized = try LoudnessNormalizer(
                    targetLUFS: job.loudnessTargetLUFS, truePeakCeilingDBTP: job.truePeakCeilingDBTP
                ).normalize(rendered.samples, sampleRate: rendered.sampleRate)
                samples = normalized.samples
                loudness = normalized.measurement
                opus = try OpusEncoder(bitrate: job.opusBitrate, complexity: opusComplexity).encode(
                    samples, sampleRate: rendered.sampleRate, serialNumber: serialNumber(request.key),
                    tags: ["TITLE": request.title, "ALBUM": request.album, "ENCODER": "plainspeak"])
            } catch {
                throw PipelineError("audio: \(error)")
            }
        }
        let wavBytes = try writeWAV(samples, sampleRate: rendered.sampleRate, to: request.wavPath)
        if !opus.isEmpty { try FileSystem.writeNew(opus, to: request.opusPath) }

        let record = SectionAudioRecord(
            key: request.key, sampleRate: rendered.sampleRate, sampleCount: samples.count,
            bodyStartSeconds: rendered.bodyStartSeconds, loudnessLUFS: loudness?.integratedLUFS,
            truePeakDBTP: loudness?.truePeakDBTP, wavBytes: wavBytes, opusBytes: opus.count,
            cues: rendered.cues, words: rendered.words)
        return try ContentKey.canonicalJSON(record)
    }

    /// The engine with the job's voice and rate. Setting the rate overwrites the helper's: eSpeak
    /// derives its speed tables from the rate alone, so the audio is the same as from a fresh engine.
    private static func prepare(_ engine: SpeechEngine?, voice: String, rateWordsPerMinute: Int)
        async throws(SpeechError) -> SpeechEngine
    {
        guard let engine else { return try SpeechEngine(voice: voice, rateWordsPerMinute: rateWordsPerMinute) }
        if await engine.voice != voice { try await engine.setVoice(voice) }
        try await engine.setRate(rateWordsPerMinute)
        return engine
    }

    /// Writes the samples as a WAV file (``WAVFile/encode(samples:sampleRate:)``'s header, then
    /// the samples' own bytes: no second copy of the audio, whose fresh pages cost more time than
    /// the copy) and returns its size.
    private static func writeWAV(_ samples: [Int16], sampleRate: Int, to path: String) throws(PipelineError) -> Int {
        #if _endian(little)
            var header = WAVFile.encode(samples: [], sampleRate: sampleRate)
            let dataSize = samples.count * 2
            for (offset, value) in [(4, 36 + dataSize), (40, dataSize)] {
                for byte in 0..<4 { header[offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
            }
            try header.withUnsafeBytes { head in
                samples.withUnsafeBytes { body in
                    Result { () throws(PipelineError) in try FileSystem.writeNew([head, body], to: path) }
                }
            }.get()
            return header.count + dataSize
        #else
            let wav = WAVFile.encode(samples: samples, sampleRate: sampleRate)
            try FileSystem.writeNew(wav, to: path)
            return wav.count
        #endif
    }

    /// The Ogg serial number: the first four bytes of the content key, so that it is the same in
    /// every build of the same section.
    static func serialNumber(_ key: String) -> Int32 {
        Int32(bitPattern: UInt32(key.prefix(8), radix: 16) ?? 0)
    }

    private static func injectFault(_ fault: String) {
        switch fault {
        case "crash":
            // A real invalid memory access (a raised signal can be resumed by the runtime's handler).
            UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1
        case "hang":
            while true { sleep(60) }
        case "oom":
            var hoard: [[UInt8]] = []
            while true { hoard.append([UInt8](repeating: 1, count: 64 << 20)) }
        default:
            return
        }
    }
}
