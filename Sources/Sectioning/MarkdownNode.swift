/// A small Swift copy of libcmark's document tree, so that no cmark type leaves
/// `CommonMarkParser.swift` and the conversion rules are plain Swift.
struct MarkdownNode: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, thematicBreak
        case heading(level: Int)
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
        /// Custom blocks/inlines (never produced by plain CommonMark parsing); their children count.
        case other
    }

    var kind: Kind
    /// Literal text of text, code, code block and HTML nodes; empty otherwise.
    var literal: String
    /// 1-based line in the content file (0 when cmark does not record one, as for most inlines).
    var line: Int
    var children: [MarkdownNode]
}
