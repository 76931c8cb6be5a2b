/// The `index.json` written beside each article's audio (schema version 1).
///
/// Field names are a public contract: later work adds optional fields, it never renames these.
public struct AudioIndex: Sendable, Hashable, Codable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var article: ArticleInfo
    public var voice: VoiceInfo
    public var levels: [Level]

    public init(
        schemaVersion: Int = AudioIndex.currentSchemaVersion, article: ArticleInfo, voice: VoiceInfo, levels: [Level]
    ) {
        self.schemaVersion = schemaVersion
        self.article = article
        self.voice = voice
        self.levels = levels
    }

    /// Article metadata from the front matter.
    public struct ArticleInfo: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var language: String
        public var source: String?
        public var authors: [String]?

        public init(id: String, title: String, language: String, source: String? = nil, authors: [String]? = nil) {
            self.id = id
            self.title = title
            self.language = language
            self.source = source
            self.authors = authors
        }
    }

    /// The voice every level was rendered with.
    public struct VoiceInfo: Sendable, Hashable, Codable {
        public var name: String
        public var rateWordsPerMinute: Int
        /// For example `eSpeak NG 1.51`.
        public var engine: String
        public var sampleRate: Int

        public init(name: String, rateWordsPerMinute: Int, engine: String, sampleRate: Int) {
            self.name = name
            self.rateWordsPerMinute = rateWordsPerMinute
            self.engine = engine
            self.sampleRate = sampleRate
        }
    }

    /// One reading level (`original`, `plain`, `easy`) with its sections on one timeline.
    public struct Level: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var durationSeconds: Double
        public var sections: [SectionEntry]
        /// Speaking rate used for this level, when it differs per level.
        public var rateWordsPerMinute: Int?
        /// Paths, relative to index.json, of this level's playlists and chapter file.
        public var playlist: String?
        public var opusPlaylist: String?
        public var chapters: String?
        /// Readability of the whole level's text.
        public var readability: ReadabilityScores?

        public init(
            id: String, title: String, durationSeconds: Double, sections: [SectionEntry],
            rateWordsPerMinute: Int? = nil, playlist: String? = nil, opusPlaylist: String? = nil,
            chapters: String? = nil, readability: ReadabilityScores? = nil
        ) {
            self.id = id
            self.title = title
            self.durationSeconds = durationSeconds
            self.sections = sections
            self.rateWordsPerMinute = rateWordsPerMinute
            self.playlist = playlist
            self.opusPlaylist = opusPlaylist
            self.chapters = chapters
            self.readability = readability
        }
    }

    /// One section of one level.
    public struct SectionEntry: Sendable, Hashable, Codable {
        /// 1-based.
        public var number: Int
        /// Slug, unique in the article.
        public var id: String
        public var title: String
        /// The section's plain text as read and exported; announcements and respellings never go in it.
        public var text: String
        /// Path of the WAV file, relative to index.json.
        public var audio: String
        /// Path of the WebVTT captions, relative to index.json.
        public var captions: String
        /// Offset of this section in the level's timeline: the sum of earlier sections' durations.
        public var startSeconds: Double
        /// `sampleCount / sampleRate` of the WAV.
        public var durationSeconds: Double
        public var sampleCount: Int
        public var wordCount: Int
        /// Where the section body starts, after its spoken announcement.
        public var bodyStartSeconds: Double?
        /// Path of the Ogg Opus file, relative to index.json.
        public var opus: String?
        /// Path of the word-timing JSON sidecar, relative to index.json.
        public var words: String?
        /// Measured integrated loudness (LUFS) and true peak (dBTP) of the WAV.
        public var loudnessLUFS: Double?
        public var truePeakDBTP: Double?
        public var readability: ReadabilityScores?
        /// Content key of the audio (hex digest of everything that determines it).
        public var key: String?

        public init(
            number: Int, id: String, title: String, text: String, audio: String, captions: String,
            startSeconds: Double, durationSeconds: Double, sampleCount: Int, wordCount: Int,
            bodyStartSeconds: Double? = nil, opus: String? = nil, words: String? = nil,
            loudnessLUFS: Double? = nil, truePeakDBTP: Double? = nil, readability: ReadabilityScores? = nil,
            key: String? = nil
        ) {
            self.number = number
            self.id = id
            self.title = title
            self.text = text
            self.audio = audio
            self.captions = captions
            self.startSeconds = startSeconds
            self.durationSeconds = durationSeconds
            self.sampleCount = sampleCount
            self.wordCount = wordCount
            self.bodyStartSeconds = bodyStartSeconds
            self.opus = opus
            self.words = words
            self.loudnessLUFS = loudnessLUFS
            self.truePeakDBTP = truePeakDBTP
            self.readability = readability
            self.key = key
        }
    }
}

/// Standard readability measures of a text, computed as textstat 0.7.3 does.
public struct ReadabilityScores: Sendable, Hashable, Codable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    public var fleschKincaidGrade: Double
    public var fleschReadingEase: Double
    public var smog: Double
    /// Share (0…1) of words with three or more syllables.
    public var polysyllableShare: Double

    public init(
        words: Int, sentences: Int, syllables: Int, fleschKincaidGrade: Double, fleschReadingEase: Double,
        smog: Double, polysyllableShare: Double
    ) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.fleschKincaidGrade = fleschKincaidGrade
        self.fleschReadingEase = fleschReadingEase
        self.smog = smog
        self.polysyllableShare = polysyllableShare
    }
}
