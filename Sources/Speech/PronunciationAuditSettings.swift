import Yams

/// What the pronunciation audit treats as risky, from the `audit:` part of `lexicon.yml`.
public struct PronunciationAuditSettings: Sendable, Hashable {
    /// Words with at least this many syllables (as eSpeak says them) that contain one of
    /// ``technicalParts`` are flagged unless the reference dictionary confirms eSpeak's stress.
    public var minimumSyllables: Int
    /// Greek and Latin word parts typical of medical vocabulary ("cephal", "plegia", "itis").
    public var technicalParts: [String]

    public init(minimumSyllables: Int = 4, technicalParts: [String] = []) {
        self.minimumSyllables = minimumSyllables
        self.technicalParts = technicalParts.map { $0.lowercased() }
    }

    /// Whether `word` (lower-cased) contains a technical word part.
    public func isTechnical(_ word: String) -> Bool {
        technicalParts.contains { word.contains($0) }
    }

    static func parse(_ node: Node, reader: LexiconYAML) throws(SpeechError) -> PronunciationAuditSettings {
        var settings = PronunciationAuditSettings()
        for (key, value) in try reader.mapping(node, allowed: ["minimumSyllables", "technicalParts"], what: "audit") {
            if key == "minimumSyllables" {
                settings.minimumSyllables = try reader.int(value, what: key)
            } else {
                settings.technicalParts = try reader.strings(value, what: key).map { $0.lowercased() }
            }
        }
        return settings
    }
}
