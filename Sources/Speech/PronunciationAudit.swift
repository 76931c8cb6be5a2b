import ContentModel

/// Anything that gives eSpeak NG phoneme mnemonics for a text (``SpeechEngine``).
public protocol PhonemeSource: Sendable {
    /// Makes `[[…]]` phoneme input work in ``phonemes(for:)``; called once before an audit.
    func preparePhonemeInput() async throws(SpeechError)
    func phonemes(for text: String) async throws(SpeechError) -> String
}

extension SpeechEngine: PhonemeSource {
    /// eSpeak NG 1.51's `espeak_TextToPhonemes` reads `[[…]]` as phoneme input only after a
    /// synthesis with the `espeakPHONEMES` flag has set the library's global phoneme-input option;
    /// before that it spells the brackets out. Synthesising a one-phoneme text sets it.
    public func preparePhonemeInput() throws(SpeechError) {
        _ = try synthesize(SpokenText.identity("[[a]]"))
    }
}

/// Lists every distinct word the speech text makes eSpeak NG read, with its phonemes, and flags
/// the risky ones the lexicon does not explain: words missing from the reference pronouncing
/// dictionary, words eSpeak stresses where the reference does not, and long technical words.
///
/// The audit reads the SPEECH text (after the lexicon and normalisation), so "EMG" is audited as
/// the letters eSpeak will say and lexicon pronunciations are not re-flagged.
public struct PronunciationAudit: Sendable {
    public let builder: SpokenTextBuilder
    public let reference: PronunciationReference

    public init(lexicon: Lexicon, normalization: SpeechNormalization, reference: PronunciationReference) {
        self.builder = SpokenTextBuilder(lexicon: lexicon, normalization: normalization)
        self.reference = reference
    }

    /// The audit configured from a content directory: `lexicon.yml`, `speech-normalization.yml`,
    /// `pronunciation-reference.txt` (absent files give empty data).
    public static func load(content directory: String) throws(SpeechError) -> PronunciationAudit {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return PronunciationAudit(
            lexicon: try Lexicon.load(path: base + "lexicon.yml"),
            normalization: try SpeechNormalization.load(path: base + "speech-normalization.yml"),
            reference: try PronunciationReference.load(path: base + "pronunciation-reference.txt"))
    }

    /// Audits all texts of all levels. `engine` gives eSpeak's phonemes for each word.
    public func run(texts: [(article: String, level: String, text: String)], engine: some PhonemeSource)
        async throws(SpeechError) -> AuditReport
    {
        let lexicon = builder.lexicon
        try await engine.preparePhonemeInput()
        var occurrences: [String: Set<AuditReport.Occurrence>] = [:]
        var used: Set<String> = []
        for item in texts {
            let place = AuditReport.Occurrence(article: item.article, level: item.level)
            for line in item.text.split(whereSeparator: \.isNewline) {
                let spoken = builder.spoken(String(line)).spoken
                used.formUnion(builder.lexiconEntries(usedIn: String(line)))
                for word in Self.spokenWords(in: spoken) { occurrences[word, default: []].insert(place) }
            }
        }
        var words: [AuditReport.Word] = []
        for (word, places) in occurrences.sorted(by: { $0.key < $1.key }) {
            let phonemes = try await engine.phonemes(for: word).trimmingWhitespace()
            words.append(
                AuditReport.Word(
                    word: word, phonemes: phonemes, reasons: reasons(word: word, phonemes: phonemes),
                    checked: lexicon.checked.contains(word), occurrences: places.sorted()))
        }
        var mismatches: [AuditReport.EntryMismatch] = []
        for entry in lexicon.entries {
            let actual = try await engine.phonemes(for: entry.spokenForm).trimmingWhitespace()
            if actual != entry.expect {
                mismatches.append(AuditReport.EntryMismatch(id: entry.id, expected: entry.expect, actual: actual))
            }
        }
        return AuditReport(
            words: words, lexiconEntriesUsed: used.sorted(), lexiconEntryCount: lexicon.entries.count,
            entryMismatches: mismatches)
    }

    /// Why `word` is risky as eSpeak says it (`phonemes`); empty when it looks safe.
    func reasons(word: String, phonemes: String) -> [AuditReport.Reason] {
        let settings = builder.lexicon.audit
        let syllables = PronunciationAuditSyllables.stresses(phonemes)
        var reasons: [AuditReport.Reason] = []
        var confirmed = false
        if let patterns = reference.stresses(of: word) {
            let comparable = patterns.filter { $0.count == syllables.count }
            let primaries = syllables.indices.filter { syllables[$0] == 1 }
            if !comparable.isEmpty {
                // Agreement: some accepted pronunciation stresses every syllable eSpeak makes primary.
                confirmed = comparable.contains { pattern in primaries.allSatisfy { pattern[$0] != 0 } }
                if !confirmed, let first = primaries.first(where: { index in comparable.allSatisfy { $0[index] == 0 } })
                {
                    reasons.append(.stressDiffers(espeakPrimary: first, reference: comparable))
                }
            }
        } else {
            reasons.append(.notInReference)
        }
        if !confirmed, syllables.count >= settings.minimumSyllables,
            let part = settings.technicalParts.first(where: { word.contains($0) })
        {
            reasons.append(.technical(syllables: syllables.count, part: part))
        }
        return reasons
    }

    /// Lower-cased words of a speech text that eSpeak reads by its own rules: phoneme input
    /// `[[…]]` removed, hyphenated words split, possessive "'s" dropped, numbers and single
    /// letters (spelled initialisms) skipped.
    public static func spokenWords(in spoken: String) -> [String] {
        var text = ""
        var rest = Substring(spoken)
        while let open = rest.range(of: "[[") {
            text += rest[..<open.lowerBound] + " "
            guard let close = rest[open.upperBound...].range(of: "]]") else {
                rest = ""
                break
            }
            rest = rest[close.upperBound...]
        }
        text += rest
        var result: [String] = []
        for token in Words.tokens(in: text) {
            for part in token.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }) {
                var word = part.lowercased().replacingAll("\u{2019}", with: "'")
                if word.hasSuffix("'s") { word.removeLast(2) }
                while word.hasSuffix("'") { word.removeLast() }
                guard word.count >= 2, word.allSatisfy({ $0.isLetter || $0 == "'" }) else { continue }
                result.append(word)
            }
        }
        return result
    }
}
