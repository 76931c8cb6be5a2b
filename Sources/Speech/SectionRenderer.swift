public import ContentModel

/// One section's audio with its captions and word timings.
public struct RenderedSection: Sendable, Hashable {
    /// 16-bit mono samples.
    public var samples: [Int16]
    public var sampleRate: Int
    /// The `.announcement` cue (when announced), then one `.sentence` cue per display sentence.
    public var cues: [Cue]
    /// Display words of the body with the times eSpeak spoke them; `sentence` indexes the sentence cues.
    public var words: [WordTiming]
    /// Where the body starts: after the announcement and its pause.
    public var bodyStartSeconds: Double

    public init(samples: [Int16], sampleRate: Int, cues: [Cue], words: [WordTiming], bodyStartSeconds: Double) {
        self.samples = samples
        self.sampleRate = sampleRate
        self.cues = cues
        self.words = words
        self.bodyStartSeconds = bodyStartSeconds
    }

    public var durationSeconds: Double { Double(samples.count) / Double(sampleRate) }

    /// The audio as a WAV file.
    public var wavBytes: [UInt8] { WAVFile.encode(samples: samples, sampleRate: sampleRate) }
}

/// Speaks a section sentence by sentence and lays the audio out with the configured pauses.
///
/// Sentences are synthesised one at a time so that every cue's start and end are exact sample
/// positions in the concatenation, not estimates from eSpeak's events.
public struct SectionRenderer: Sendable {
    public var settings: SpeechSettings

    public init(settings: SpeechSettings) {
        self.settings = settings
    }

    /// Renders `blocks` (a section body) after `announcement` (nil for none).
    ///
    /// `spoken` turns each display sentence (and the announcement) into the text eSpeak reads.
    public func render(
        blocks: [Block], announcement: String?,
        spoken: @Sendable (String) -> SpokenText = { SpokenText.identity($0) }, engine: SpeechEngine
    ) async throws(SpeechError) -> RenderedSection {
        try await render(SpeechScript(blocks: blocks, announcement: announcement), spoken: spoken, engine: engine)
    }

    /// Renders a prepared script.
    public func render(
        _ script: SpeechScript, spoken: @Sendable (String) -> SpokenText = { SpokenText.identity($0) },
        engine: SpeechEngine
    ) async throws(SpeechError) -> RenderedSection {
        let rate = engine.sampleRate
        var samples: [Int16] = []
        // One buffer for the whole section, reserved up front: growing it by doubling would copy
        // the audio several times into fresh pages, and page faults were most of the renderer's
        // own cost. Reserved pages that are never written cost no memory.
        let wordsPerMinute = await engine.rateWordsPerMinute
        samples.reserveCapacity(estimatedSampleCount(script, rate: rate, wordsPerMinute: wordsPerMinute))
        var cues: [Cue] = []
        var words: [WordTiming] = []
        func seconds(_ sample: Int) -> Double { Double(sample) / Double(rate) }
        func pause(_ milliseconds: Int) {
            samples.append(
                contentsOf: repeatElement(0, count: Self.sampleCount(milliseconds: milliseconds, rate: rate)))
        }

        pause(settings.sectionStartMilliseconds)
        if let announcement = script.announcement {
            let audio = try await speak(announcement, spoken: spoken, engine: engine)
            let start = samples.count
            samples += audio.samples
            cues.append(
                Cue(
                    kind: .announcement, startSeconds: seconds(start), endSeconds: seconds(samples.count),
                    text: announcement))
            pause(settings.afterAnnouncementMilliseconds)
        }
        let bodyStart = samples.count

        var previous: SpeechScript.Chunk?
        for chunk in script.chunks {
            if let previous {
                let sameList = previous.kind == .listItem && chunk.kind == .listItem && previous.block == chunk.block
                pause(sameList ? settings.betweenListItemsMilliseconds : settings.betweenParagraphsMilliseconds)
            }
            for (index, sentence) in chunk.sentences.enumerated() {
                if index > 0 { pause(settings.betweenSentencesMilliseconds) }
                let audio = try await speak(sentence, spoken: spoken, engine: engine)
                let start = samples.count
                samples += audio.samples
                let sentenceIndex = cues.count(where: { $0.kind == .sentence })
                cues.append(
                    Cue(
                        kind: .sentence, startSeconds: seconds(start), endSeconds: seconds(samples.count),
                        text: sentence))
                for word in audio.words {
                    words.append(
                        WordTiming(
                            startSeconds: seconds(start + word.start), endSeconds: seconds(start + word.end),
                            text: word.text, sentence: sentenceIndex))
                }
            }
            previous = chunk
        }
        pause(settings.sectionEndMilliseconds)
        return RenderedSection(
            samples: samples, sampleRate: rate, cues: cues, words: words, bodyStartSeconds: seconds(bodyStart))
    }

    /// The announcement for a section, or nil when announcements are off. See ``SpeechSettings/firstSectionAnnouncement``.
    public static func announcement(
        articleTitle: String, sectionNumber: Int, sectionCount: Int, sectionTitle: String, settings: SpeechSettings
    ) -> String? {
        guard settings.announce else { return nil }
        let templates = sectionNumber == 1 ? settings.firstSectionAnnouncement : settings.sectionAnnouncement
        let sentences = templates.compactMap { template -> String? in
            let filled =
                template
                .replacingAll("{articleTitle}", with: articleTitle)
                .replacingAll("{number}", with: String(sectionNumber))
                .replacingAll("{count}", with: String(sectionCount))
                .replacingAll("{title}", with: sectionTitle)
            let words = filled.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard words.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
            return Block.asSentence(words)
        }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    /// Exactly `milliseconds` of samples at `rate`, rounded to the nearest sample.
    public static func sampleCount(milliseconds: Int, rate: Int) -> Int {
        (max(0, milliseconds) * rate + 500) / 1000
    }

    /// Samples eSpeak gives per character of text at one word per minute, with headroom: measured
    /// about 10.5 × the sample rate (pauses included) on English articles, so 16 covers slow or
    /// digit-heavy text; more text than that only makes the buffer grow once more.
    static let samplesPerCharacterPerWordPerMinute = 16

    /// An upper estimate of the section's sample count: its pauses exactly, its text by length.
    private func estimatedSampleCount(_ script: SpeechScript, rate: Int, wordsPerMinute: Int) -> Int {
        func pause(_ milliseconds: Int) -> Int { Self.sampleCount(milliseconds: milliseconds, rate: rate) }
        let sentences = script.chunks.flatMap(\.sentences) + (script.announcement.map { [$0] } ?? [])
        let characters = sentences.reduce(0) { $0 + $1.utf8.count }
        let longestPause = max(
            settings.afterAnnouncementMilliseconds, settings.betweenParagraphsMilliseconds,
            settings.betweenListItemsMilliseconds, settings.betweenSentencesMilliseconds)
        return pause(settings.sectionStartMilliseconds) + pause(settings.sectionEndMilliseconds)
            + sentences.count * pause(longestPause)
            + characters * Self.samplesPerCharacterPerWordPerMinute * rate / max(1, wordsPerMinute)
    }

    // MARK: - One sentence

    /// A display word and where it is in one sentence's (trimmed) audio.
    private struct TimedWord {
        var text: String
        var start: Int
        var end: Int
    }

    private struct SpokenAudio {
        /// eSpeak's samples without the silence trimmed: a view, appended once to the section's buffer.
        var samples: ArraySlice<Int16>
        var words: [TimedWord]
    }

    private func speak(
        _ display: String, spoken: @Sendable (String) -> SpokenText, engine: SpeechEngine
    ) async throws(SpeechError) -> SpokenAudio {
        let synthesis = try await engine.synthesize(spoken(display))
        var samples = synthesis.samples[...]
        var lead = 0
        if settings.trimSilence {
            // Only exact zeros are cut: eSpeak writes them as padding, so cutting them never
            // touches speech and gives the same result for the same samples.
            let first = samples.firstIndex(where: { $0 != 0 }) ?? samples.count
            let last = samples.lastIndex(where: { $0 != 0 }).map { $0 + 1 } ?? first
            lead = first
            samples = samples[first..<last]
        }
        return SpokenAudio(samples: samples, words: Self.displayWords(synthesis, lead: lead, count: samples.count))
    }

    /// Every display word (``Words/tokens(in:)``, so counts match the index's `wordCount`) with a time.
    ///
    /// eSpeak's word events are used only for where words start: it skips some words (often "the"
    /// or "a" before a stressed word), stops a word at a curly apostrophe and splits hyphenated
    /// words, so its lengths are not display words. A word gets the earliest event that starts
    /// inside it; words without one share the time up to the next timed word in proportion to
    /// their length. Each word lasts until the next one starts, the last until the sentence ends.
    private static func displayWords(_ synthesis: Synthesis, lead: Int, count: Int) -> [TimedWord] {
        let display = synthesis.text.display
        let tokens = Words.tokens(in: display).map { token in
            let lower = display.unicodeScalars.distance(from: display.startIndex, to: token.startIndex)
            return (text: String(token), range: lower..<lower + token.unicodeScalars.count)
        }
        var starts: [Int?] = tokens.map { token in
            synthesis.words.filter { token.range.contains($0.displayRange.lowerBound) }
                .map { min(max(0, $0.sample - lead), count) }.min()
        }
        // Keep times increasing: an event out of order is dropped and its word interpolated.
        var latest = 0
        for index in starts.indices {
            guard let start = starts[index] else { continue }
            if start < latest { starts[index] = nil } else { latest = start }
        }
        var index = 0
        while index < starts.count {
            guard starts[index] == nil else {
                index += 1
                continue
            }
            var next = index
            while next < starts.count, starts[next] == nil { next += 1 }
            // The untimed words share the span from the previous timed word's start (it keeps its
            // own share) to the next timed word's start, or to the end of the sentence.
            let anchor = index == 0 ? 0 : starts[index - 1]!
            let span = (next < starts.count ? starts[next]! : count) - anchor
            let group = Array((index == 0 ? index : index - 1)..<next)
            let weights = group.map { tokens[$0].text.count + 1 }
            let total = weights.reduce(0, +)
            var offset = 0
            for (member, weight) in zip(group, weights) {
                if member >= index { starts[member] = anchor + span * offset / total }
                offset += weight
            }
            index = next
        }
        return tokens.indices.map { index in
            let start = starts[index]!
            let end = index + 1 < tokens.count ? starts[index + 1]! : count
            return TimedWord(text: tokens[index].text, start: start, end: max(start, end))
        }
    }
}
