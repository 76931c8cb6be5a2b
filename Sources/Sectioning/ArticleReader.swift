public import ContentModel
import Foundation

/// Reads content files (YAML front matter + CommonMark) into ``ContentModel/Article`` values whose
/// text is plain, clean and bounded, or fails with a ``SectioningError`` an editor can act on.
public struct ArticleReader: Sendable {
    /// The size caps applied to every file.
    public var limits: ContentLimits

    /// A reader applying `limits` (``ContentLimits/standard`` unless a caller needs other caps).
    public init(limits: ContentLimits = .standard) {
        self.limits = limits
    }

    /// Reads and parses the Markdown file at `path`.
    public func read(path: String) throws(SectioningError) -> Article {
        try parse(markdown: readBytes(path: path), path: path)
    }

    /// Parses the bytes of a content file; `path` gives the article id and appears in errors.
    public func parse(markdown: [UInt8], path: String) throws(SectioningError) -> Article {
        let id = try Self.articleID(forPath: path)
        let text = try TextHygiene.clean(markdown, path: path, limits: limits)
        let document = try SplitDocument(splitting: text, path: path, limits: limits)
        let frontMatter = try FrontMatterDecoder.decode(document, path: path, limits: limits)
        let builder = SectionBuilder(path: path, limits: limits)
        try builder.checkWords(frontMatter.title, line: document.yamlFirstLine, section: nil)
        let tree = try CommonMarkParser.parse(
            document.body, lineOffset: document.bodyLineOffset, maxDepth: limits.nestingDepth, path: path)
        let sections = try builder.sections(
            from: BlockConverter.elements(of: tree), articleTitle: frontMatter.title,
            bodyFirstLine: document.bodyLineOffset + 1)
        return Article(
            id: id, title: frontMatter.title, language: frontMatter.language, source: frontMatter.source,
            authors: frontMatter.authors, sections: sections, sourcePath: path)
    }

    /// Parses a body without front matter or section headings (for example an editor's override
    /// text for one section at one reading level) with the same conversion rules and checks.
    /// `###` and deeper headings become subheadings; `#` and `##` are errors; no text is an error.
    public func parseBlocks(markdown: [UInt8], path: String) throws(SectioningError) -> [Block] {
        let text = try TextHygiene.clean(markdown, path: path, limits: limits)
        let tree = try CommonMarkParser.parse(text, lineOffset: 0, maxDepth: limits.nestingDepth, path: path)
        var blocks: [(block: Block, line: Int)] = []
        for element in BlockConverter.elements(of: tree) {
            switch element.content {
            case .heading(let level, _):
                throw SectioningError(
                    file: path, line: element.line,
                    message: "a level-\(level) heading is not allowed here; this text belongs to one section "
                        + "(use `###` for a subheading)")
            case .block(let block):
                blocks.append((block, element.line))
            }
        }
        try SectionBuilder(path: path, limits: limits).check(blocks, title: nil, headingLine: 1)
        return blocks.map(\.block)
    }

    /// The article id for a content file: its base name without `.md`, which must already be a
    /// valid ``Slug`` because output paths are built from it.
    public static func articleID(forPath path: String) throws(SectioningError) -> String {
        var name = Substring(path.split(separator: "/", omittingEmptySubsequences: true).last ?? "")
        if name.hasSuffix(".md") { name = name.dropLast(3) }
        guard Slug.isValid(String(name)) else {
            throw SectioningError(
                file: path,
                message: "file name \"\(name)\" is not a valid article id; rename the file to lowercase letters, "
                    + "digits and single hyphens (at most \(Slug.maxLength) characters, not a Windows device name) "
                    + "plus `.md`, e.g. \"\(Slug.make(String(name))).md\"")
        }
        return String(name)
    }

    /// The file's bytes, refusing non-regular files (a FIFO or device would block or never end) and
    /// files over the size cap before reading them.
    private func readBytes(path: String) throws(SectioningError) -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            // Attributes of the symlink's target: ContentFolder lets links inside the folder through.
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            attributes = try FileManager.default.attributesOfItem(atPath: resolved)
        } catch {
            throw SectioningError(file: path, message: "cannot read the file: \(error.localizedDescription)")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw SectioningError(file: path, message: "not a regular file")
        }
        if let size = attributes[.size] as? Int, size > limits.fileBytes {
            throw SectioningError(
                file: path,
                message: "file is \(size) bytes, more than the limit of \(limits.fileBytes) bytes; split the article")
        }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw SectioningError(file: path, message: "cannot read the file: \(error.localizedDescription)")
        }
    }
}
