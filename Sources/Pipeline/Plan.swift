public import ContentModel
public import Speech

/// An article after reading and simplification, before speech: everything needed to assemble its
/// index, playlists and exports once the section audio exists.
///
/// It is written beside the outputs (`.plainspeak-plan.json`) so that `plainspeak merge` can
/// assemble shard outputs without the content folder.
public struct ArticlePlan: Sendable, Hashable, Codable {
    public var article: AudioIndex.ArticleInfo
    /// The Markdown file it came from, for messages. Not written to the plan file: outputs must not
    /// depend on where the content folder sits.
    public var sourcePath: String = ""
    public var voice: String
    public var rateWordsPerMinute: Int
    public var levels: [LevelPlan]

    private enum CodingKeys: String, CodingKey {
        case article, voice, rateWordsPerMinute, levels
    }
}

/// One reading level of an article.
public struct LevelPlan: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var rateWordsPerMinute: Int
    /// The level's target Flesch–Kincaid grade, if it has one.
    public var targetGrade: Double?
    public var readability: ReadabilityScores?
    public var sections: [SectionPlan]
}

/// One section of one level, with its speech job and the job's content key.
public struct SectionPlan: Sendable, Hashable, Codable {
    public var number: Int
    public var id: String
    public var title: String
    /// For rewritten levels: SHA-256 of what the rewrite depends on (original blocks, level,
    /// override, simplifier data and rules version), so a later build can reuse it.
    public var sourceKey: String?
    public var blocks: [Block]
    public var text: String
    public var wordCount: Int
    public var readability: ReadabilityScores?
    /// Simplifier findings for this section (empty for `original`).
    public var findings: [PlannedFinding]
    /// `NN-<slug>`: the stem of every file of this section in its level folder.
    public var fileStem: String
    /// SHA-256 of ``job``: the section's audio is rebuilt exactly when it changes.
    public var key: String
    public var job: SpeechJob
}

/// Everything a section's rewrite at one level depends on.
struct RewriteInput: Encodable {
    var blocks: [Block]
    var level: String
    var override: [Block]?
    var data: String
    /// Glossary terms the whole article names in full (sorted): they decide what a shared form
    /// such as "reflux" stands for, so a change elsewhere in the article can change this section.
    var articleTerms: [String]
}

/// A simplifier finding as kept in the plan and the report.
public struct PlannedFinding: Sendable, Hashable, Codable {
    public var rule: String
    public var before: String
    public var after: String
    public var status: String
    public var message: String
}

/// Everything that determines one section's audio, and nothing else (no paths, no times).
public struct SpeechJob: Sendable, Hashable, Codable {
    /// Bumped whenever the audio format or the renderer changes how it uses these fields.
    public static let formatVersion = 1

    public var formatVersion: Int
    public var engine: String
    public var voice: String
    public var rateWordsPerMinute: Int
    /// Spoken before the body ("Section 2 of 9. Causes.").
    public var announcement: String?
    public var blocks: [Block]
    /// Speech form of every display sentence (after normalisation and the lexicon).
    public var spoken: [String: SpokenText]
    public var settings: SpeechSettings
    public var loudnessTargetLUFS: Double
    public var truePeakCeilingDBTP: Double
    public var opusBitrate: Int
    /// False for `--draft` builds: the raw eSpeak WAV, no loudness normalisation and no Opus file.
    public var postProcess: Bool
}
