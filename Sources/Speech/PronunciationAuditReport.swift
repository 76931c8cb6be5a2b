/// The result of ``PronunciationAudit/run(texts:engine:)``.
public struct AuditReport: Sendable, Hashable {
    /// Why a word looks risky.
    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// The reference pronouncing dictionary does not have the word, so eSpeak guesses by rule.
        case notInReference
        /// eSpeak stresses a syllable that the reference leaves unstressed (0-based syllable index).
        case stressDiffers(espeakPrimary: Int, reference: [[Int]])
        /// Long (syllables as eSpeak says them) and built from Greek or Latin medical parts.
        case technical(syllables: Int, part: String)

        public var description: String {
            switch self {
            case .notInReference: "not in the reference dictionary"
            case .stressDiffers(let primary, let reference):
                "eSpeak stresses syllable \(primary + 1); reference stress "
                    + reference.map { $0.map(String.init).joined() }.joined(separator: " or ")
            case .technical(let syllables, let part): "\(syllables) syllables with \"\(part)\""
            }
        }
    }

    /// Where a word occurs.
    public struct Occurrence: Sendable, Hashable, Comparable {
        public var article: String
        public var level: String
        public init(article: String, level: String) {
            self.article = article
            self.level = level
        }
        public static func < (a: Occurrence, b: Occurrence) -> Bool {
            (a.article, a.level) < (b.article, b.level)
        }
    }

    /// One distinct word of the speech text.
    public struct Word: Sendable, Hashable {
        public var word: String
        /// eSpeak NG's phoneme mnemonics for the word.
        public var phonemes: String
        public var reasons: [Reason]
        /// An editor approved it (`checked:` in the lexicon).
        public var checked: Bool
        public var occurrences: [Occurrence]
        /// Flagged and not explained by the lexicon.
        public var isFlagged: Bool { !reasons.isEmpty && !checked }
    }

    /// A lexicon entry whose phonemes no longer come out as its `expect:` says.
    public struct EntryMismatch: Sendable, Hashable {
        public var id: String
        public var expected: String
        public var actual: String
    }

    /// Every distinct word eSpeak reads by itself (lexicon pronunciations excluded), sorted.
    public var words: [Word]
    /// Lexicon entries used by the texts, sorted ids.
    public var lexiconEntriesUsed: [String]
    public var lexiconEntryCount: Int
    public var entryMismatches: [EntryMismatch]

    public var flagged: [Word] { words.filter(\.isFlagged) }
    public var checkedCount: Int { words.filter { $0.checked && !$0.reasons.isEmpty }.count }

    /// True when nothing unexplained is flagged: the CLI exits 0.
    public var passed: Bool { flagged.isEmpty && entryMismatches.isEmpty }

    /// The report for people: totals, then each flagged word with phonemes, reasons and places.
    public var plainText: String {
        var lines: [String] = []
        lines.append("Pronunciation audit")
        lines.append("  words checked:           \(words.count)")
        lines.append("  lexicon entries:         \(lexiconEntryCount) (\(lexiconEntriesUsed.count) used)")
        lines.append("  risky but approved:      \(checkedCount)")
        lines.append("  flagged (unexplained):   \(flagged.count)")
        for mismatch in entryMismatches {
            lines.append(
                "LEXICON \(mismatch.id): eSpeak now gives \(mismatch.actual), the lexicon expects \(mismatch.expected)")
        }
        for word in flagged {
            let places = word.occurrences.map { "\($0.article) (\($0.level))" }.joined(separator: ", ")
            lines.append(
                "FLAG \(word.word)  [\(word.phonemes)]  \(word.reasons.map(\.description).joined(separator: "; "))")
            lines.append("     in: \(places)")
        }
        lines.append(
            passed
                ? "PASS: every risky word is in the lexicon or marked checked."
                : "FAIL: add the flagged words to Content/lexicon.yml (entries: or, after listening, checked:).")
        return lines.joined(separator: "\n") + "\n"
    }
}
