public import ContentModel

/// Everything the exports of one article need: the audio index (paths, durations) and, per level,
/// the section text with its timings.
public struct ExportArticle: Sendable, Hashable {
    /// The article's `index.json`: levels → sections with audio, captions, durations.
    public var index: AudioIndex
    /// The reading levels in display order (`original`, `plain`, `easy`).
    public var levels: [ExportLevel]

    public init(index: AudioIndex, levels: [ExportLevel]) {
        self.index = index
        self.levels = levels
    }
}

/// One reading level of an article.
public struct ExportLevel: Sendable, Hashable {
    /// Matches ``AudioIndex/Level/id`` and names the level's folder.
    public var id: String
    /// Shown to readers, for example `Plain language`.
    public var title: String
    public var sections: [ExportSection]

    public init(id: String, title: String, sections: [ExportSection]) {
        self.id = id
        self.title = title
        self.sections = sections
    }
}

/// One section of one level: its text blocks and when each sentence and word is spoken.
public struct ExportSection: Sendable, Hashable {
    /// 1-based; matches ``AudioIndex/SectionEntry/number``.
    public var number: Int
    /// Slug, unique in the article.
    public var id: String
    public var title: String
    public var blocks: [Block]
    /// The announcement cue (if any) and one cue per sentence, in order, in seconds from the start
    /// of the section's audio.
    public var cues: [Cue]
    public var words: [WordTiming]

    public init(number: Int, id: String, title: String, blocks: [Block], cues: [Cue] = [], words: [WordTiming] = []) {
        self.number = number
        self.id = id
        self.title = title
        self.blocks = blocks
        self.cues = cues
        self.words = words
    }
}
