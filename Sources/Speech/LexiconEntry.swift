/// One pronunciation fix: a word or phrase and what eSpeak NG should be given instead.
public struct LexiconEntry: Sendable, Hashable {
    /// What is passed to eSpeak NG in place of the written word.
    public enum Say: Sendable, Hashable {
        /// eSpeak NG phoneme mnemonics, passed as `[[…]]` phoneme input.
        case phonemes(String)
        /// A respelling in ordinary letters that eSpeak's rules read correctly.
        case respelling(String)
    }

    /// Stable id (the first written form, or `parent/form` for an inflection); the pipeline puts
    /// the ids of the entries a sentence uses into its cache keys.
    public var id: String
    /// Written forms, lower-cased, words separated by one space or a hyphen.
    public var words: [String]
    public var say: Say
    /// The phoneme mnemonics eSpeak NG must produce for ``spokenForm`` (as `espeak-ng -q -x`
    /// prints them); a test checks every entry so an eSpeak upgrade that changes one fails CI.
    public var expect: String
    public var notes: String?
    /// 1-based line of the entry in its file, for messages.
    public var line: Int?

    public init(id: String, words: [String], say: Say, expect: String, notes: String? = nil, line: Int? = nil) {
        self.id = id
        self.words = words
        self.say = say
        self.expect = expect
        self.notes = notes
        self.line = line
    }

    /// The text given to eSpeak NG for this entry.
    public var spokenForm: String {
        switch say {
        case .phonemes(let phonemes): "[[\(phonemes)]]"
        case .respelling(let text): text
        }
    }

    /// The spoken form of the possessive ("torticollis's"): the English `-s` ending is voiced,
    /// voiceless or syllabic depending on the last sound, as in the plural.
    public var possessiveSpokenForm: String {
        switch say {
        case .phonemes(let phonemes):
            return "[[\(phonemes)\(Self.sEnding(afterPhonemes: phonemes))]]"
        case .respelling(let text):
            return text + "'s"
        }
    }

    static func sEnding(afterPhonemes phonemes: String) -> String {
        let sibilants = ["tS", "dZ", "s", "z", "S", "Z"]
        let voiceless = ["p", "t", "k", "f", "T"]
        let trimmed = String(phonemes.reversed().drop(while: { "#:;'\",%=".contains($0) }).reversed())
        if sibilants.contains(where: { trimmed.hasSuffix($0) }) { return "I#z" }
        if voiceless.contains(where: { trimmed.hasSuffix($0) }) { return "s" }
        return "z"
    }
}
