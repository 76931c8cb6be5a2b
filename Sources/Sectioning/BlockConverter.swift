import ContentModel

/// One top-level piece of a body: a heading that may start a section, or a block of text.
struct BodyElement: Sendable, Hashable {
    enum Content: Sendable, Hashable {
        /// A heading directly in the document (levels 1 and 2 delimit sections).
        case heading(level: Int, title: String)
        case block(Block)
    }

    var content: Content
    /// 1-based line in the content file.
    var line: Int
}

/// Converts the Markdown tree into plain-text blocks for speech and export.
///
/// Only text survives: emphasis, code and links keep their words, images keep their alt text, and
/// raw HTML is kept as literal characters (it is content to read, never markup to interpret).
/// White space runs become one space, so soft line breaks in the source do not matter.
enum BlockConverter {
    /// The document's top-level elements in order. Headings inside block quotes or lists are not
    /// section boundaries: they become subheadings or list text.
    static func elements(of document: MarkdownNode) -> [BodyElement] {
        var elements: [BodyElement] = []
        for child in document.children {
            if case .heading(let level) = child.kind, level <= 2 {
                elements.append(
                    BodyElement(content: .heading(level: level, title: inlineText(child)), line: child.line))
            } else {
                elements += blocks(of: child).map { BodyElement(content: .block($0.block), line: $0.line) }
            }
        }
        return elements
    }

    /// `text` with every run of white space (including line breaks and no-break spaces) replaced by
    /// one space and none at either end.
    static func collapsingWhitespace(_ text: String) -> String {
        // Scalar-wise (White_Space property), which is what Character.isWhitespace checks for the
        // single-scalar characters white space always is, and much cheaper than grapheme breaking.
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Blocks of one block-level node, each with the line it starts on.
    private static func blocks(of node: MarkdownNode) -> [(block: Block, line: Int)] {
        switch node.kind {
        case .paragraph:
            return paragraph(inlineText(node), node.line)
        case .codeBlock, .htmlBlock:
            return paragraph(node.literal, node.line)
        case .heading:
            let title = inlineText(node)
            return title.isEmpty ? [] : [(.subheading(title), node.line)]
        case .list:
            var items: [String] = []
            appendItems(of: node, to: &items)
            return items.isEmpty ? [] : [(.list(items), node.line)]
        case .thematicBreak:
            return []
        default:
            // Block quotes and custom blocks contribute their children's blocks.
            return node.children.flatMap(blocks(of:))
        }
    }

    private static func paragraph(_ text: String, _ line: Int) -> [(block: Block, line: Int)] {
        let collapsed = collapsingWhitespace(text)
        return collapsed.isEmpty ? [] : [(.paragraph(collapsed), line)]
    }

    /// Flattens a (possibly nested) list into item texts in reading order: an item's own text comes
    /// first, then the items of lists nested in it, then any text after those lists.
    private static func appendItems(of list: MarkdownNode, to items: inout [String]) {
        for item in list.children {
            var pending: [String] = []
            appendItemContent(item.children, pending: &pending, items: &items)
            flush(&pending, into: &items)
        }
    }

    private static func appendItemContent(_ nodes: [MarkdownNode], pending: inout [String], items: inout [String]) {
        for node in nodes {
            switch node.kind {
            case .list:
                flush(&pending, into: &items)
                appendItems(of: node, to: &items)
            case .paragraph, .heading:
                pending.append(inlineText(node))
            case .codeBlock, .htmlBlock:
                pending.append(node.literal)
            case .thematicBreak:
                break
            default:
                appendItemContent(node.children, pending: &pending, items: &items)
            }
        }
    }

    private static func flush(_ pending: inout [String], into items: inout [String]) {
        let text = collapsingWhitespace(pending.joined(separator: " "))
        if !text.isEmpty { items.append(text) }
        pending.removeAll()
    }

    /// The text of an inline tree, collapsed: markup dropped, words kept, raw HTML kept literally.
    static func inlineText(_ node: MarkdownNode) -> String {
        var text = ""
        appendInlineText(node, to: &text)
        return collapsingWhitespace(text)
    }

    private static func appendInlineText(_ node: MarkdownNode, to text: inout String) {
        switch node.kind {
        case .text, .code, .htmlInline:
            text += node.literal
        case .softBreak, .lineBreak:
            text += " "
        default:
            // Emphasis, strong and links keep their text; an image's children are its alt text.
            for child in node.children { appendInlineText(child, to: &text) }
        }
    }
}
