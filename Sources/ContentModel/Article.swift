/// One article read from `Content/`: its front matter and its sections in reading order.
public struct Article: Sendable, Hashable, Codable {
    /// Stable identifier, the file name without `.md` (for example `cervical-dystonia-in-infants`).
    public var id: String
    public var title: String
    /// BCP 47 language tag from the front matter, for example `en-US`.
    public var language: String
    public var source: String?
    public var authors: [String]
    /// The introduction (text before the first `##`) followed by one section per `##` heading.
    public var sections: [Section]
    /// Path of the Markdown file the article was read from, for error messages.
    public var sourcePath: String

    public init(
        id: String, title: String, language: String, source: String? = nil, authors: [String] = [],
        sections: [Section], sourcePath: String
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.source = source
        self.authors = authors
        self.sections = sections
        self.sourcePath = sourcePath
    }
}

/// One navigable part of an article: the introduction or one `##` heading with everything under it.
public struct Section: Sendable, Hashable, Codable {
    /// 1-based position in the article.
    public var number: Int
    /// File-name-safe slug, unique within the article.
    public var id: String
    public var title: String
    public var blocks: [Block]
    /// 1-based line of the heading (or of the first body line for the introduction) in the source file.
    public var line: Int

    public init(number: Int, id: String, title: String, blocks: [Block], line: Int) {
        self.number = number
        self.id = id
        self.title = title
        self.blocks = blocks
        self.line = line
    }

    /// The section's plain text as read aloud and exported (see ``Block/plainText``), blocks separated by a blank line.
    public var text: String { Block.plainText(of: blocks) }
}
