/// The article metadata at the top of a content file, between two `---` lines.
struct FrontMatter: Sendable, Hashable {
    var title: String
    var language: String
    var source: String?
    var authors: [String]

    /// Every key an article may have. Anything else is an error, so a typo such as `titel` is
    /// caught instead of silently ignored.
    static let allowedKeys = ["title", "language", "source", "authors"]
}

/// A content file cut into its front matter and its Markdown body.
struct SplitDocument: Sendable, Hashable {
    var yaml: String
    /// File line of the first YAML line (the one after the opening `---`).
    var yamlFirstLine: Int
    var body: String
    /// Lines before the body; add to a body line number to get the file line.
    var bodyLineOffset: Int
}

extension SplitDocument {
    /// Splits cleaned `text`, which must start with a `---` line and contain a closing `---` line
    /// within ``ContentLimits/frontMatterBytes``.
    init(splitting text: String, path: String, limits: ContentLimits) throws(SectioningError) {
        let firstEnd = text.firstIndex(of: "\n") ?? text.endIndex
        guard Self.isFence(text[..<firstEnd]) else {
            throw SectioningError(
                file: path, line: 1,
                message: "missing front matter: the file must start with a line `---`, then `title:` and "
                    + "`language:` lines, then a closing `---` line")
        }
        var cursor = firstEnd < text.endIndex ? text.index(after: firstEnd) : firstEnd
        let yamlStart = cursor
        var line = 2
        var yamlBytes = 0
        while cursor < text.endIndex {
            let end = text[cursor...].firstIndex(of: "\n") ?? text.endIndex
            if Self.isFence(text[cursor..<end]) {
                yaml = String(text[yamlStart..<cursor])
                yamlFirstLine = 2
                body = end < text.endIndex ? String(text[text.index(after: end)...]) : ""
                bodyLineOffset = line
                return
            }
            yamlBytes += text[cursor..<end].utf8.count + 1
            guard yamlBytes <= limits.frontMatterBytes else {
                throw SectioningError(
                    file: path, line: line,
                    message: "front matter is larger than \(limits.frontMatterBytes) bytes "
                        + "(is its closing `---` line missing?)")
            }
            cursor = end < text.endIndex ? text.index(after: end) : end
            line += 1
        }
        throw SectioningError(
            file: path, line: 1,
            message: "unclosed front matter: the `---` on line 1 has no closing `---` line")
    }

    /// A line of exactly `---` (trailing spaces allowed).
    private static func isFence(_ line: Substring) -> Bool {
        var trimmed = line
        while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
        return trimmed == "---"
    }
}
