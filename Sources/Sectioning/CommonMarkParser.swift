import CCmark

/// Parses CommonMark with libcmark and copies the result into a ``MarkdownNode`` tree.
/// Every libcmark call of the package lives in this file.
enum CommonMarkParser {
    /// Parses `text` (already cleaned by ``TextHygiene``). `lineOffset` is added to cmark's line
    /// numbers so they count from the top of the file, front matter included.
    ///
    /// The tree is built with cmark's iterator and an explicit stack, never by recursion, and
    /// nesting deeper than `maxDepth` is an error, so a file of ten thousand `>` cannot overflow
    /// the stack of the later (recursive) conversion.
    static func parse(_ text: String, lineOffset: Int, maxDepth: Int, path: String) throws(SectioningError)
        -> MarkdownNode
    {
        let utf8 = Array(text.utf8)
        let document: OpaquePointer? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
        }
        guard let document else {
            throw SectioningError(file: path, message: "libcmark could not parse the Markdown (out of memory)")
        }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else {
            throw SectioningError(file: path, message: "libcmark could not walk the Markdown tree (out of memory)")
        }
        defer { cmark_iter_free(iterator) }

        var stack: [MarkdownNode] = []
        var root: MarkdownNode?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                let node = copy(pointer, lineOffset: lineOffset)
                if isLeaf(pointer) {
                    stack[stack.count - 1].children.append(node)
                } else {
                    if stack.count >= maxDepth {
                        throw SectioningError(
                            file: path, line: nearestLine(node, stack),
                            message: "Markdown is nested more than \(maxDepth) "
                                + "levels deep (block quotes, lists or emphasis); flatten it")
                    }
                    stack.append(node)
                }
            } else if event == CMARK_EVENT_EXIT, let finished = stack.popLast() {
                if stack.isEmpty { root = finished } else { stack[stack.count - 1].children.append(finished) }
            }
        }
        return root ?? MarkdownNode(kind: .document, literal: "", line: lineOffset + 1, children: [])
    }

    /// Leaf node types get only an ENTER event from the iterator (see cmark.h).
    private static func isLeaf(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
            CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    private static func copy(_ node: OpaquePointer, lineOffset: Int) -> MarkdownNode {
        let line = Int(cmark_node_get_start_line(node))
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        return MarkdownNode(
            kind: kind(of: node), literal: literal, line: line > 0 ? line + lineOffset : 0, children: [])
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        default: return .other
        }
    }

    private static func nearestLine(_ node: MarkdownNode, _ stack: [MarkdownNode]) -> Int? {
        if node.line > 0 { return node.line }
        return stack.last(where: { $0.line > 0 })?.line
    }
}
