import ContentModel

/// Groups a body's elements into sections and enforces the per-section rules: an introduction only
/// when there is text before the first `##`, body text under every heading, and the size caps.
struct SectionBuilder {
    let path: String
    let limits: ContentLimits

    /// Title of the section made of the text before the first `##`.
    static let introductionTitle = "Introduction"

    func sections(from elements: [BodyElement], articleTitle: String, bodyFirstLine: Int) throws(SectioningError)
        -> [Section]
    {
        var drafts: [(title: String, line: Int, blocks: [(block: Block, line: Int)])] = []
        for (index, element) in elements.enumerated() {
            switch element.content {
            case .heading(level: 1, let title):
                guard index == 0, title == articleTitle else {
                    throw SectioningError(
                        file: path, line: element.line,
                        message: "level-1 heading \"\(title)\" is not allowed"
                            + (index == 0 ? " (only a first `# ` line equal to the title \"\(articleTitle)\" is)" : "")
                            + "; use `## ` for sections")
                }
            case .heading(_, let title):
                try checkHeading(title, line: element.line)
                drafts.append((title, element.line, []))
            case .block(let block):
                if drafts.isEmpty { drafts.append((Self.introductionTitle, element.line, [])) }
                drafts[drafts.count - 1].blocks.append((block, element.line))
            }
        }
        guard !drafts.isEmpty else {
            throw SectioningError(
                file: path, line: bodyFirstLine, message: "the article has no body text after the front matter")
        }
        let ids = Slug.uniqued(drafts.map { Slug.make($0.title) })
        var sections: [Section] = []
        for (index, draft) in drafts.enumerated() {
            try check(draft.blocks, title: draft.title, headingLine: draft.line)
            sections.append(
                Section(
                    number: index + 1, id: ids[index], title: draft.title, blocks: draft.blocks.map(\.block),
                    line: draft.line))
        }
        return sections
    }

    /// Checks that blocks form a usable section body: some text, no oversized word, not too long.
    func check(_ blocks: [(block: Block, line: Int)], title: String?, headingLine: Int) throws(SectioningError) {
        guard blocks.contains(where: { !Self.isSubheading($0.block) }) else {
            throw SectioningError(
                file: path, line: headingLine, section: title, message: "empty section (a heading needs body text)")
        }
        for (block, line) in blocks {
            for text in Self.texts(of: block) { try checkWords(text, line: line, section: title) }
        }
        let text = Block.plainText(of: blocks.map(\.block))
        // Scalars are never fewer than characters, so the cheap count settles the usual case.
        guard text.unicodeScalars.count > limits.sectionCharacters else { return }
        let length = text.count
        guard length <= limits.sectionCharacters else {
            throw SectioningError(
                file: path, line: headingLine, section: title,
                message: "section text is \(length) characters, more than \(limits.sectionCharacters); split it")
        }
    }

    /// A section heading must have text, fit ``ContentLimits/headingCharacters`` and have no giant word.
    func checkHeading(_ title: String, line: Int) throws(SectioningError) {
        guard !title.isEmpty else {
            throw SectioningError(file: path, line: line, message: "heading has no text")
        }
        guard title.count <= limits.headingCharacters else {
            throw SectioningError(
                file: path, line: line, section: String(title.prefix(40)) + "…",
                message: "heading is \(title.count) characters, more than \(limits.headingCharacters); shorten it")
        }
        try checkWords(title, line: line, section: title)
    }

    /// Rejects any run of more than ``ContentLimits/wordCharacters`` characters without white space.
    func checkWords(_ text: String, line: Int, section: String?) throws(SectioningError) {
        // Counting scalars first is cheap and never under-counts characters; only a run that is
        // long in scalars is split into characters to decide.
        var run = 0
        for scalar in text.unicodeScalars {
            run = scalar.properties.isWhitespace ? 0 : run + 1
            if run > limits.wordCharacters { break }
        }
        guard run > limits.wordCharacters else { return }
        for word in text.split(whereSeparator: \.isWhitespace) where word.count > limits.wordCharacters {
            throw SectioningError(
                file: path, line: line, section: section,
                message: "\"\(word.prefix(30))…\" is \(word.count) characters without a space, more than "
                    + "\(limits.wordCharacters); speech engines misread such tokens")
        }
    }

    private static func isSubheading(_ block: Block) -> Bool {
        if case .subheading = block { return true }
        return false
    }

    private static func texts(of block: Block) -> [String] {
        switch block {
        case .paragraph(let text), .subheading(let text): return [text]
        case .list(let items): return items
        }
    }
}
