import CEspeakNG
import Synchronization

/// The only place that talks to libespeak-ng. eSpeak NG keeps all of its state in globals and is
/// not thread-safe, so there is at most one live `EspeakNG` per process (see ``acquire(voice:rateWordsPerMinute:)``)
/// and its owner (the ``SpeechEngine`` actor) serialises every call.
///
/// Every text is cleaned of control characters here, before eSpeak sees it, so that no caller can
/// forget: eSpeak reads `\u{01}` as the start of an embedded command even without SSML.
final class EspeakNG {
    /// One event reported while synthesising, with positions already mapped back to the caller's text.
    struct Event {
        enum Kind { case word, sentence, end, terminated }
        var kind: Kind
        /// 0-based Unicode-scalar offsets into the text the caller passed (before cleaning).
        var textRange: Range<Int>
        /// Index of the sample (from the start of this synthesis) at which the event happens.
        var sample: Int
        /// eSpeak's own millisecond position, kept for cross-checks.
        var audioPositionMilliseconds: Int
    }

    /// Samples and events of one call to ``synthesize(_:)``.
    struct Output {
        var samples: [Int16]
        var events: [Event]
    }

    /// Whether some `EspeakNG` is alive in this process.
    private static let claimed = Mutex(false)
    /// eSpeak is initialised once per process and stays initialised: in synchronous mode
    /// `espeak_ng_Terminate` hangs in 1.51 (it waits for a playback thread that never started), so
    /// its state cannot be reset, and a later engine in the same process reuses it.
    private static let initialization = Mutex<Result<Int, SpeechError>?>(nil)

    let sampleRate: Int
    let version: String

    /// Claims the process's eSpeak instance, initialising the library on first use.
    ///
    /// Throws when another instance is alive, when eSpeak cannot start, or when the voice is unknown.
    static func acquire(voice: String, rateWordsPerMinute: Int) throws(SpeechError) -> EspeakNG {
        let wasFree = claimed.withLock { taken in
            if taken { return false }
            taken = true
            return true
        }
        guard wasFree else {
            throw SpeechError(
                .engineInUse,
                "a SpeechEngine already exists in this process; eSpeak NG has global state, so use one engine per process (and worker processes for parallelism)"
            )
        }
        do {
            let rate = try initializeOnce()
            let engine = EspeakNG(sampleRate: rate)
            try engine.setVoice(voice)
            try engine.setRate(rateWordsPerMinute)
            return engine
        } catch {
            claimed.withLock { $0 = false }
            throw error
        }
    }

    private init(sampleRate: Int) {
        self.sampleRate = sampleRate
        self.version = Self.libraryVersion
    }

    /// The library's version string; needs no initialisation (the pipeline puts it in content keys
    /// without starting an engine in the main process).
    static var libraryVersion: String { String(cString: espeak_Info(nil)) }

    deinit {
        Self.claimed.withLock { $0 = false }
    }

    private static func initializeOnce() throws(SpeechError) -> Int {
        let result = initialization.withLock { state -> Result<Int, SpeechError> in
            if let state { return state }
            let outcome = startLibrary()
            state = outcome
            return outcome
        }
        return try result.get()
    }

    private static func startLibrary() -> Result<Int, SpeechError> {
        espeak_ng_InitializePath(nil)
        var context: espeak_ng_ERROR_CONTEXT? = nil
        let status = espeak_ng_Initialize(&context)
        espeak_ng_ClearErrorContext(&context)
        if status != ENS_OK {
            return .failure(error(status, "cannot initialise eSpeak NG (is espeak-ng-data installed?)"))
        }
        let outputStatus = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nil)
        if outputStatus != ENS_OK {
            return .failure(error(outputStatus, "cannot set eSpeak NG to synchronous output"))
        }
        espeak_SetSynthCallback(collectCallback)
        return .success(Int(espeak_ng_GetSampleRate()))
    }

    /// Selects a voice such as `en-us`.
    func setVoice(_ name: String) throws(SpeechError) {
        let cleaned = Self.clean(name).text
        let status = espeak_ng_SetVoiceByName(cleaned)
        if status != ENS_OK {
            throw Self.error(status, "cannot select voice \"\(name)\"", kind: .unknownVoice)
        }
    }

    /// Sets the speaking rate in words per minute (eSpeak accepts 80…450).
    func setRate(_ wordsPerMinute: Int) throws(SpeechError) {
        guard (Int(espeakRATE_MINIMUM)...Int(espeakRATE_MAXIMUM)).contains(wordsPerMinute) else {
            throw SpeechError(
                .invalidArgument,
                "rate \(wordsPerMinute) words per minute is outside eSpeak NG's range \(espeakRATE_MINIMUM)…\(espeakRATE_MAXIMUM)"
            )
        }
        let status = espeak_ng_SetParameter(espeakRATE, Int32(wordsPerMinute), 0)
        if status != ENS_OK {
            throw Self.error(status, "cannot set rate \(wordsPerMinute)")
        }
    }

    /// Speaks `text` (plain UTF-8; `[[…]]` is phoneme input; never SSML) and returns every sample and event.
    ///
    /// No end-of-text pause is added (`espeakENDPAUSE` is off): the renderer inserts its own pauses.
    func synthesize(_ text: String) throws(SpeechError) -> Output {
        let cleaned = Self.clean(text)
        let collector = Collector()
        let flags = UInt32(espeakCHARS_UTF8) | UInt32(espeakPHONEMES)
        let status = withExtendedLifetime(collector) {
            cleaned.text.withCString { pointer in
                espeak_ng_Synthesize(
                    pointer, cleaned.text.utf8.count + 1, 0, POS_CHARACTER, 0, flags, nil,
                    Unmanaged.passUnretained(collector).toOpaque())
            }
        }
        if status != ENS_OK {
            throw Self.error(status, "cannot synthesise \"\(Self.excerpt(text))\"")
        }
        let events = collector.events.map { raw in
            Event(
                kind: raw.kind, textRange: cleaned.originalRange(eSpeakPosition: raw.position, length: raw.length),
                sample: raw.sample, audioPositionMilliseconds: raw.audioPosition)
        }
        return Output(samples: collector.samples, events: events)
    }

    /// eSpeak's phoneme mnemonics for `text`, one line per clause, as `espeak-ng -q -x` prints them.
    func phonemes(for text: String) -> String {
        let cleaned = Self.clean(text).text
        var lines: [String] = []
        cleaned.withCString { start in
            var cursor: UnsafeRawPointer? = UnsafeRawPointer(start)
            while cursor != nil {
                guard let result = espeak_TextToPhonemes(&cursor, espeakCHARS_UTF8, 0) else { break }
                lines.append(String(cString: result))
            }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Cleaning

    /// A text with control characters removed and a map from its scalars back to the original's.
    struct CleanText {
        var text: String
        /// `originalOffset[i]` is the original scalar offset of scalar `i` of `text`.
        var originalOffset: [Int]
        var originalCount: Int

        /// Maps eSpeak's 1-based character position and length back to original 0-based offsets.
        func originalRange(eSpeakPosition: Int, length: Int) -> Range<Int> {
            let first = eSpeakPosition - 1
            let last = first + max(length, 1) - 1
            func original(_ index: Int) -> Int {
                if index < 0 { return 0 }
                if index >= originalOffset.count { return originalCount }
                return originalOffset[index]
            }
            let lower = original(first)
            let upper = last >= originalOffset.count ? originalCount : original(last) + 1
            return lower..<max(lower, upper)
        }
    }

    /// Removes C0 controls (including `\u{01}`, eSpeak's embedded-command prefix, and NUL, which would
    /// end the C string), DEL and C1 controls. Tabs and line breaks become spaces instead, so that
    /// the words on either side stay apart.
    static func clean(_ text: String) -> CleanText {
        var scalars = String.UnicodeScalarView()
        var offsets: [Int] = []
        offsets.reserveCapacity(text.unicodeScalars.count)
        var index = 0
        for scalar in text.unicodeScalars {
            defer { index += 1 }
            switch scalar.value {
            case 0x09...0x0D, 0x1C...0x1F, 0x85:
                scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                scalars.append(scalar)
            }
            offsets.append(index)
        }
        return CleanText(text: String(scalars), originalOffset: offsets, originalCount: index)
    }

    // MARK: - Errors

    private static func error(
        _ status: espeak_ng_STATUS, _ message: String, kind: SpeechError.Kind = .engine
    ) -> SpeechError {
        var buffer = [CChar](repeating: 0, count: 512)
        espeak_ng_GetStatusCodeMessage(status, &buffer, buffer.count)
        let engineMessage = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return SpeechError(kind, message, engineMessage: engineMessage, engineStatus: Int(status.rawValue))
    }

    private static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }
}

// MARK: - Callback

/// What the synthesis callback gathers for one call, reached through eSpeak's `user_data` pointer.
private final class Collector {
    struct RawEvent {
        var kind: EspeakNG.Event.Kind
        var position: Int
        var length: Int
        var audioPosition: Int
        var sample: Int
    }
    var samples: [Int16] = []
    var events: [RawEvent] = []
}

/// eSpeak calls this (synchronously, on the calling thread) with each buffer of audio and its events.
private func collectCallback(
    _ wav: UnsafeMutablePointer<Int16>?, _ count: Int32, _ events: UnsafeMutablePointer<espeak_EVENT>?
) -> Int32 {
    guard let events, let userData = events.pointee.user_data else { return 0 }
    let collector = Unmanaged<Collector>.fromOpaque(userData).takeUnretainedValue()
    if let wav, count > 0 {
        collector.samples.append(contentsOf: UnsafeBufferPointer(start: wav, count: Int(count)))
    }
    var event = events
    while event.pointee.type != espeakEVENT_LIST_TERMINATED {
        let kind: EspeakNG.Event.Kind?
        switch event.pointee.type {
        case espeakEVENT_WORD: kind = .word
        case espeakEVENT_SENTENCE: kind = .sentence
        case espeakEVENT_END: kind = .end
        case espeakEVENT_MSG_TERMINATED: kind = .terminated
        default: kind = nil
        }
        if let kind {
            collector.events.append(
                .init(
                    kind: kind, position: Int(event.pointee.text_position), length: Int(event.pointee.length),
                    audioPosition: Int(event.pointee.audio_position), sample: Int(event.pointee.sample)))
        }
        event += 1
    }
    return 0
}
