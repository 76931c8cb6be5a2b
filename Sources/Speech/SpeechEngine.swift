public import ContentModel

/// The process's one eSpeak NG voice. eSpeak keeps global state and is not thread-safe, so this
/// actor owns the only instance: creating a second engine while one is alive throws
/// ``SpeechError/Kind-swift.enum/engineInUse``. Run worker processes for parallelism.
public actor SpeechEngine {
    private let espeak: EspeakNG
    /// Output sample rate reported by eSpeak NG (22050 Hz for its voices).
    public nonisolated let sampleRate: Int
    /// For example `eSpeak NG 1.51`.
    public nonisolated let engineVersion: String

    /// "eSpeak NG <version>" of the linked library, without starting an engine.
    public static var libraryVersion: String { "eSpeak NG " + EspeakNG.libraryVersion }
    public private(set) var voice: String
    public private(set) var rateWordsPerMinute: Int

    /// Starts eSpeak NG (once per process) with `voice` (for example `en-us`) at `rateWordsPerMinute` (80…450).
    public init(voice: String, rateWordsPerMinute: Int) throws(SpeechError) {
        let espeak = try EspeakNG.acquire(voice: voice, rateWordsPerMinute: rateWordsPerMinute)
        self.espeak = espeak
        self.sampleRate = espeak.sampleRate
        self.engineVersion = "eSpeak NG " + espeak.version
        self.voice = voice
        self.rateWordsPerMinute = rateWordsPerMinute
    }

    /// Changes the speaking rate for later syntheses.
    public func setRate(_ wordsPerMinute: Int) throws(SpeechError) {
        try espeak.setRate(wordsPerMinute)
        rateWordsPerMinute = wordsPerMinute
    }

    /// Changes the voice for later syntheses; the rate is re-applied because eSpeak resets it with the voice.
    public func setVoice(_ name: String) throws(SpeechError) {
        try espeak.setVoice(name)
        voice = name
        try espeak.setRate(rateWordsPerMinute)
    }

    /// Speaks `text.spoken` and reports its words at ``SpokenText/display`` offsets.
    public func synthesize(_ text: SpokenText) throws(SpeechError) -> Synthesis {
        let output = try espeak.synthesize(text.spoken)
        var words: [WordEvent] = []
        var sentenceStarts: [Int] = []
        for event in output.events {
            switch event.kind {
            case .word:
                words.append(
                    WordEvent(
                        displayRange: text.displayRange(forSpoken: event.textRange), spokenRange: event.textRange,
                        sample: event.sample, milliseconds: event.audioPositionMilliseconds))
            case .sentence:
                sentenceStarts.append(event.sample)
            case .end, .terminated:
                break
            }
        }
        return Synthesis(
            text: text, samples: output.samples, sampleRate: sampleRate, words: words, sentenceStarts: sentenceStarts)
    }

    /// eSpeak's phoneme mnemonics for `text`, one line per clause, as `espeak-ng -q -x` prints them.
    public func phonemes(for text: String) -> String {
        espeak.phonemes(for: text)
    }
}

/// The audio of one ``SpokenText`` and where its words are.
public struct Synthesis: Sendable, Hashable {
    public var text: SpokenText
    /// 16-bit mono samples at ``sampleRate``, as eSpeak produced them (no pause added at the end).
    public var samples: [Int16]
    public var sampleRate: Int
    /// Word events in the order eSpeak reported them.
    public var words: [WordEvent]
    /// Sample indices of eSpeak's sentence events.
    public var sentenceStarts: [Int]

    public init(text: SpokenText, samples: [Int16], sampleRate: Int, words: [WordEvent], sentenceStarts: [Int]) {
        self.text = text
        self.samples = samples
        self.sampleRate = sampleRate
        self.words = words
        self.sentenceStarts = sentenceStarts
    }

    /// Length in seconds.
    public var durationSeconds: Double { Double(samples.count) / Double(sampleRate) }
}

/// One eSpeak word event.
public struct WordEvent: Sendable, Hashable {
    /// Unicode-scalar offsets of the word in the display text (a respelled word maps to its whole display piece).
    public var displayRange: Range<Int>
    /// Unicode-scalar offsets in the spoken text, converted from eSpeak's 1-based character position and length.
    public var spokenRange: Range<Int>
    /// Sample index, from the start of the synthesis, at which the word starts.
    public var sample: Int
    /// eSpeak's own millisecond position of the word.
    public var milliseconds: Int

    public init(displayRange: Range<Int>, spokenRange: Range<Int>, sample: Int, milliseconds: Int) {
        self.displayRange = displayRange
        self.spokenRange = spokenRange
        self.sample = sample
        self.milliseconds = milliseconds
    }
}

extension SpokenText {
    /// The display range that spoken range `spoken` came from: rewritten pieces map to their whole
    /// display piece, kept pieces character by character.
    public func displayRange(forSpoken spoken: Range<Int>) -> Range<Int> {
        let lower = displayOffset(forSpoken: spoken.lowerBound)
        let lastSpoken = max(spoken.lowerBound, spoken.upperBound - 1)
        let upper: Int
        if let piece = pieces.first(where: { $0.spoken.contains(lastSpoken) }) {
            if piece.display.count == piece.spoken.count {
                upper = piece.display.lowerBound + (lastSpoken - piece.spoken.lowerBound) + 1
            } else {
                upper = piece.display.upperBound
            }
        } else {
            upper = display.unicodeScalars.count
        }
        return lower..<max(lower, upper)
    }

    /// The display text in `range` (Unicode-scalar offsets, clamped to the text).
    public func displayText(_ range: Range<Int>) -> String {
        let scalars = Array(display.unicodeScalars)
        let lower = min(max(0, range.lowerBound), scalars.count)
        let upper = min(max(lower, range.upperBound), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }
}
