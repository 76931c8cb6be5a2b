/// Size caps that keep one bad or hostile content file from exhausting memory, time or the speech
/// engine. Every cap produces a ``SectioningError`` that names the cap, never a silent cut.
public struct ContentLimits: Sendable, Hashable {
    /// Largest Markdown file, in bytes.
    public var fileBytes: Int
    /// Largest front matter block (between the `---` lines), in bytes.
    public var frontMatterBytes: Int
    /// Largest plain text of one section, in characters.
    public var sectionCharacters: Int
    /// Longest run of characters without white space. eSpeak NG misbehaves on huge tokens and no
    /// real word is this long.
    public var wordCharacters: Int
    /// Longest heading or title, in characters (its slug is shortened separately, see ``Slug``).
    public var headingCharacters: Int
    /// Deepest nesting of block quotes, lists and inline markup. Keeps the tree walk shallow.
    public var nestingDepth: Int
    /// Deepest nesting of YAML flow collections (`[`, `{`) in the front matter.
    public var frontMatterNesting: Int

    /// Custom caps (tests and unusual content); most callers use ``standard``.
    public init(
        fileBytes: Int, frontMatterBytes: Int, sectionCharacters: Int, wordCharacters: Int,
        headingCharacters: Int, nestingDepth: Int, frontMatterNesting: Int
    ) {
        self.fileBytes = fileBytes
        self.frontMatterBytes = frontMatterBytes
        self.sectionCharacters = sectionCharacters
        self.wordCharacters = wordCharacters
        self.headingCharacters = headingCharacters
        self.nestingDepth = nestingDepth
        self.frontMatterNesting = frontMatterNesting
    }

    /// The caps used for every article: 2 MiB files, 64 KiB front matter, 200 000 characters per
    /// section, 100-character words, 300-character headings, nesting 32 deep (8 in front matter).
    public static let standard = ContentLimits(
        fileBytes: 2 * 1024 * 1024, frontMatterBytes: 64 * 1024, sectionCharacters: 200_000,
        wordCharacters: 100, headingCharacters: 300, nestingDepth: 32, frontMatterNesting: 8)
}
