import ContentModel

/// Text as a screen reader should meet it: no control characters, no Markdown or decorative marks
/// that would be read aloud ("asterisk", "bullet", "em dash em dash …").
enum ReaderText {
    /// `text` without forbidden code points and without lines made only of symbols (rules such as
    /// `***` or `———`); lines are trimmed, and line breaks kept.
    static func clean(_ text: String) -> String {
        var kept = ""
        for scalar in text.unicodeScalars where HTMLEscaping.isAllowed(scalar) && scalar != "\r" {
            kept.unicodeScalars.append(scalar)
        }
        return kept.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters() }
            .filter { !isDecorative($0) }
            .joined(separator: "\n")
            .trimmingWhitespace()
    }

    /// A heading or list item on one line, without a leading list marker or heading hashes.
    static func line(_ text: String) -> String {
        var line = Substring(clean(text).split(whereSeparator: \.isNewline).joined(separator: " "))
        while let first = line.first, markers.contains(first) || first.isWhitespace {
            // Only strip a marker that stands apart ("- item", "## Heading"), never "-5 °C".
            let rest = line.dropFirst()
            if first.isWhitespace || rest.first.map({ $0.isWhitespace || markers.contains($0) }) ?? true {
                line = rest
            } else {
                break
            }
        }
        return String(line).trimmingWhitespace()
    }

    /// The block as exported text: paragraphs as written, list items one per line ending as
    /// sentences (as they are spoken), a subheading as its own line.
    static func lines(of block: Block) -> [String] {
        switch block {
        case .paragraph(let text): return [clean(text)].filter { !$0.isEmpty }
        case .list(let items): return items.map(line).filter { !$0.isEmpty }.map(Block.asSentence)
        case .subheading(let text): return [line(text)].filter { !$0.isEmpty }
        }
    }

    /// A line with no letter or digit, such as a Markdown rule, is decoration; an empty line is not.
    static func isDecorative(_ line: String) -> Bool {
        !line.isEmpty && !line.contains(where: { $0.isLetter || $0.isNumber })
    }

    private static let markers: Set<Character> = ["-", "*", "+", "#", "•", "·", "▪", "◦", "‣", "–", "—", ">"]
}

extension Substring {
    fileprivate func trimmingCharacters() -> String { String(self).trimmingWhitespace() }
}
