/// The plain `.txt` export of one level: what a screen reader reads top to bottom without noise.
enum TextExport {
    /// Article title, level name, then each section heading on its own line followed by its
    /// blocks; a blank line between blocks, list items one per line.
    static func document(articleTitle: String, level: ExportLevel) -> String {
        var paragraphs: [String] = [ReaderText.line(articleTitle), ReaderText.line(level.title)]
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
            .nonEmptyArray
        for section in level.sections {
            paragraphs += ReaderText.line(section.title).nonEmptyArray
            for block in section.blocks {
                paragraphs += ReaderText.lines(of: block).joined(separator: "\n").nonEmptyArray
            }
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }
}

extension String {
    /// `[self]`, or `[]` when empty: blank lines never pile up.
    fileprivate var nonEmptyArray: [String] { isEmpty ? [] : [self] }
}
