/// A timed span of a section's audio: the spoken announcement or one sentence of the text.
public struct Cue: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case announcement
        case sentence
    }

    public var kind: Kind
    public var startSeconds: Double
    public var endSeconds: Double
    /// The displayed text (from the section text, never the speech respelling).
    public var text: String

    public init(kind: Kind, startSeconds: Double, endSeconds: Double, text: String) {
        self.kind = kind
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.text = text
    }
}

/// When one word of the section text is spoken, for highlighting while playing.
public struct WordTiming: Sendable, Hashable, Codable {
    public var startSeconds: Double
    public var endSeconds: Double
    /// The word as it appears in the section text.
    public var text: String
    /// Index of the sentence cue (among the section's sentence cues, 0-based) the word belongs to.
    public var sentence: Int

    public init(startSeconds: Double, endSeconds: Double, text: String, sentence: Int) {
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.text = text
        self.sentence = sentence
    }
}
