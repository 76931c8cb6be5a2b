/// A conservative look at front matter text *before* any YAML library builds values from it.
///
/// YAML anchors and aliases let a few hundred bytes expand to gigabytes ("billion laughs"), and deep
/// nesting can exhaust the stack of a recursive composer. Our front matter needs neither, so this
/// scanner rejects any `&anchor` or `*alias` in a position where YAML would read one (outside
/// quotes, comments and block scalars), and nesting deeper than the limit. It may reject an unusual
/// but harmless value (a plain scalar continuation line starting with `*`); quoting the value fixes
/// that, and the error says so.
enum YamlSafety {
    /// Throws for anchors, aliases or too deep nesting. `firstLine` is the file line of the first
    /// front matter line.
    static func check(_ yaml: String, firstLine: Int, maxNesting: Int, path: String) throws(SectioningError) {
        var scanner = Scanner(maxNesting: maxNesting, path: path)
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            try scanner.scan(Array(line.unicodeScalars), lineNumber: firstLine + index)
        }
    }

    private struct Scanner {
        enum Quote { case none, single, double }

        let maxNesting: Int
        let path: String
        var quote = Quote.none
        var flowDepth = 0
        /// Indentation of the line that opened a block scalar (`|` or `>`), while inside one.
        var blockScalarIndent: Int?
        /// Indentations of the enclosing block collections.
        var blockIndents: [Int] = []

        init(maxNesting: Int, path: String) {
            self.maxNesting = maxNesting
            self.path = path
        }

        mutating func scan(_ chars: [Unicode.Scalar], lineNumber: Int) throws(SectioningError) {
            let indent = chars.prefix(while: { $0 == " " }).count
            let isBlank = chars.allSatisfy { $0 == " " || $0 == "\t" }
            if let parent = blockScalarIndent, quote == .none {
                if isBlank || indent > parent { return }
                blockScalarIndent = nil
            }
            if isBlank { return }
            var depth = 0
            if quote == .none && flowDepth == 0 {
                while let last = blockIndents.last, last >= indent { blockIndents.removeLast() }
                blockIndents.append(indent)
                depth = blockIndents.count
            }
            var tokenStart = quote == .none
            var index = 0
            while index < chars.count {
                let char = chars[index]
                let next: Unicode.Scalar? = index + 1 < chars.count ? chars[index + 1] : nil
                let nextIsBlank = next == nil || next == " " || next == "\t"
                let column = index + 1
                index += 1
                switch quote {
                case .double:
                    if char == "\\" {
                        index += 1
                    } else if char == "\"" {
                        quote = .none
                    }
                    continue
                case .single:
                    if char == "'" {
                        if next == "'" { index += 1 } else { quote = .none }
                    }
                    continue
                case .none:
                    break
                }
                if char == " " || char == "\t" { continue }
                if char == "#", column == 1 || chars[column - 2] == " " || chars[column - 2] == "\t" { return }
                if tokenStart {
                    switch char {
                    case "&", "*":
                        if !nextIsBlank {
                            throw SectioningError(
                                file: path, line: lineNumber, column: column,
                                message:
                                    "YAML \(char == "&" ? "anchors" : "aliases") (`\(char)name`) are not allowed in "
                                    + "front matter; put the value in quotes if it is text")
                        }
                        tokenStart = false
                    case "\"": quote = .double
                    case "'": quote = .single
                    case "[", "{": try open(lineNumber, column, depth)
                    case "-", "?", ":":
                        if nextIsBlank { depth += 1 } else { tokenStart = false }
                        try checkDepth(depth, lineNumber, column)
                    case "|", ">":
                        if flowDepth == 0 {
                            blockScalarIndent = indent
                            return
                        }
                        tokenStart = false
                    case "!":
                        // A tag: skip it; the value that follows starts a new token.
                        while index < chars.count, chars[index] != " ", chars[index] != "\t" { index += 1 }
                    case "]", "}":
                        flowDepth = max(0, flowDepth - 1)
                        tokenStart = false
                    case ",":
                        tokenStart = flowDepth > 0
                    default:
                        tokenStart = false
                    }
                } else {
                    switch char {
                    case ":" where nextIsBlank || (flowDepth > 0 && (next == "," || next == "]" || next == "}")):
                        tokenStart = true
                    case "[" where flowDepth > 0, "{" where flowDepth > 0:
                        try open(lineNumber, column, depth)
                        tokenStart = true
                    case "]" where flowDepth > 0, "}" where flowDepth > 0:
                        flowDepth -= 1
                    case "," where flowDepth > 0:
                        tokenStart = true
                    default:
                        break
                    }
                }
            }
        }

        private mutating func open(_ line: Int, _ column: Int, _ depth: Int) throws(SectioningError) {
            flowDepth += 1
            try checkDepth(depth, line, column)
        }

        /// `depth` counts block levels on this line; open flow collections are added here.
        private func checkDepth(_ depth: Int, _ line: Int, _ column: Int) throws(SectioningError) {
            guard depth + flowDepth > maxNesting else { return }
            throw SectioningError(
                file: path, line: line, column: column,
                message: "front matter is nested more than \(maxNesting) levels deep; it only needs "
                    + "title, language, source and a list of authors")
        }
    }
}
