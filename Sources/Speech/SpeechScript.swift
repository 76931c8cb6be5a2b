public import ContentModel

/// What is said for one section, in order: an optional announcement, then chunks of display sentences.
///
/// A chunk is one paragraph, one subheading or one list item; pauses go between chunks (and,
/// shorter, between the sentences of a chunk). Sentences are display text: the speech text is
/// made from each one by the renderer's `spoken` closure.
public struct SpeechScript: Sendable, Hashable {
    /// One paragraph, subheading or list item.
    public struct Chunk: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            case paragraph
            case subheading
            case listItem
        }

        public var kind: Kind
        /// Index of the block the chunk comes from: items of one list share it.
        public var block: Int
        /// Display sentences, trimmed and non-empty.
        public var sentences: [String]

        public init(kind: Kind, block: Int, sentences: [String]) {
            self.kind = kind
            self.block = block
            self.sentences = sentences
        }
    }

    public var announcement: String?
    public var chunks: [Chunk]

    public init(announcement: String?, chunks: [Chunk]) {
        self.announcement = announcement
        self.chunks = chunks
    }

    /// The script of a section body: sentences come from `splitter` over each block's plain text,
    /// list items (via ``Block/asSentence(_:)``) one chunk each. Blocks without words are skipped.
    public init(blocks: [Block], announcement: String?, splitter: SentenceSplitter = SentenceSplitter()) {
        var chunks: [Chunk] = []
        for (index, block) in blocks.enumerated() {
            switch block {
            case .paragraph(let text):
                chunks.append(Chunk(kind: .paragraph, block: index, sentences: splitter.sentences(in: text)))
            case .subheading(let text):
                chunks.append(
                    Chunk(kind: .subheading, block: index, sentences: splitter.sentences(in: Block.asSentence(text))))
            case .list(let items):
                for item in items {
                    chunks.append(
                        Chunk(kind: .listItem, block: index, sentences: splitter.sentences(in: Block.asSentence(item))))
                }
            }
        }
        let trimmedAnnouncement = announcement?.trimmingWhitespace()
        self.announcement = trimmedAnnouncement?.isEmpty == false ? trimmedAnnouncement : nil
        self.chunks = chunks.filter { !$0.sentences.isEmpty }
    }

    /// Every display sentence of the body, in order (one sentence cue each).
    public var sentences: [String] { chunks.flatMap(\.sentences) }
}
