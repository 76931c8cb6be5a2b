/// A unit of section body text. Text is always plain: no Markdown syntax, no HTML.
public enum Block: Sendable, Hashable, Codable {
    /// A paragraph of running text.
    case paragraph(String)
    /// A bulleted or numbered list; each item is plain text.
    case list([String])
    /// A heading deeper than `##`, kept inside its section.
    case subheading(String)

    /// This block as plain text: list items become sentences, one per line; a subheading becomes a sentence.
    public var plainText: String {
        switch self {
        case .paragraph(let text): return text
        case .list(let items): return items.map(Block.asSentence).joined(separator: "\n")
        case .subheading(let text): return Block.asSentence(text)
        }
    }

    /// Blocks joined with blank lines, as stored in the index's `text` field.
    public static func plainText(of blocks: [Block]) -> String {
        blocks.map(\.plainText).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// Ends `text` with a full stop unless it already ends a sentence, so that list items and
    /// subheadings are read and measured as sentences.
    public static func asSentence(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard let last = trimmed.last else { return trimmed }
        if ".!?".contains(last) { return trimmed }
        if last == ":" || last == ";" || last == "," { return String(trimmed.dropLast()) + "." }
        return trimmed + "."
    }
}

extension String {
    /// The string without leading and trailing white space (including newlines).
    public func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
