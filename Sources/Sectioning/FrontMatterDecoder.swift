import Yams

/// Reads the front matter YAML with Yams, after ``YamlSafety`` has vetted the text, and checks
/// every key, type and value, naming the file line of any problem.
enum FrontMatterDecoder {
    static func decode(_ document: SplitDocument, path: String, limits: ContentLimits) throws(SectioningError)
        -> FrontMatter
    {
        let firstLine = document.yamlFirstLine
        try YamlSafety.check(document.yaml, firstLine: firstLine, maxNesting: limits.frontMatterNesting, path: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: document.yaml)
        } catch {
            throw yamlError(error, firstLine: firstLine, path: path)
        }
        let reader = NodeReader(path: path, firstLine: firstLine, limits: limits)
        guard let root else {
            throw SectioningError(
                file: path, line: firstLine, message: "front matter is empty; it needs `title:` and `language:`")
        }
        if let anchored = firstAnchorOrAlias(in: root) {
            // YamlSafety should have caught it; this is the authoritative check on the parsed tree.
            throw SectioningError(
                file: path, line: reader.line(of: anchored), message: "YAML anchors and aliases are not allowed")
        }
        return try reader.frontMatter(from: root)
    }

    /// The first node (in document order) that defines an anchor or is an alias. Stops at the first
    /// hit, so an alias-expanded tree is never walked.
    private static func firstAnchorOrAlias(in root: Node) -> Node? {
        var pending = [root]
        while let node = pending.popLast() {
            if node.anchor != nil { return node }
            switch node {
            case .alias: return node
            case .scalar: break
            case .sequence(let sequence): pending += sequence.reversed()
            case .mapping(let mapping): pending += mapping.reversed().flatMap { [$0.value, $0.key] }
            }
        }
        return nil
    }

    private static func yamlError(_ error: any Error, firstLine: Int, path: String) -> SectioningError {
        let fileLine = { (mark: Mark) in firstLine + mark.line - 1 }
        switch error as? YamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return SectioningError(
                file: path, line: fileLine(mark), column: mark.column,
                message: "front matter is not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return SectioningError(
                file: path, line: fileLine(context.mark),
                message: "front matter has the key(s) \(duplicates.sorted().joined(separator: ", ")) more than once")
        default:
            return SectioningError(file: path, line: firstLine, message: "front matter is not valid YAML: \(error)")
        }
    }
}

/// Turns the composed YAML tree into ``FrontMatter``, with file lines in every error.
private struct NodeReader {
    let path: String
    let firstLine: Int
    let limits: ContentLimits

    func line(of node: Node) -> Int { firstLine + (node.mark?.line ?? 1) - 1 }

    func frontMatter(from root: Node) throws(SectioningError) -> FrontMatter {
        guard case .mapping(let mapping) = root else {
            throw SectioningError(
                file: path, line: line(of: root), message: "front matter must be `key: value` lines, like `title: ...`")
        }
        var title: String?
        var language: String?
        var source: String?
        var authors: [String] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                throw SectioningError(
                    file: path, line: line(of: keyNode), message: "front matter keys must be plain words")
            }
            switch key.string {
            case "title": title = try text(value, key: "title")
            case "language": language = try languageTag(value)
            case "source": source = try text(value, key: "source")
            case "authors": authors = try list(value, key: "authors")
            default:
                throw SectioningError(
                    file: path, line: line(of: keyNode),
                    message: "unknown front matter key `\(key.string)`\(suggestion(for: key.string)); allowed keys: "
                        + FrontMatter.allowedKeys.joined(separator: ", "))
            }
        }
        guard let title else {
            throw SectioningError(file: path, line: line(of: root), message: "front matter has no `title:`")
        }
        guard let language else {
            throw SectioningError(
                file: path, line: line(of: root), message: "front matter has no `language:` (e.g. en-US)")
        }
        return FrontMatter(title: title, language: language, source: source, authors: authors)
    }

    /// A non-empty string scalar, white space collapsed. Numbers and booleans are taken as written
    /// (`title: 1984` is the text "1984"); null, lists and mappings are type errors.
    private func text(_ node: Node, key: String) throws(SectioningError) -> String {
        guard case .scalar(let scalar) = node else {
            throw SectioningError(
                file: path, line: line(of: node), message: "`\(key)` must be text, not a list or a mapping")
        }
        let value = BlockConverter.collapsingWhitespace(scalar.string)
        if value.isEmpty || (scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(value)) {
            throw SectioningError(file: path, line: line(of: node), message: "`\(key)` is empty")
        }
        if value.count > limits.headingCharacters {
            throw SectioningError(
                file: path, line: line(of: node),
                message: "`\(key)` is \(value.count) characters, more than \(limits.headingCharacters)")
        }
        return value
    }

    private func list(_ node: Node, key: String) throws(SectioningError) -> [String] {
        guard case .sequence(let sequence) = node else {
            throw SectioningError(
                file: path, line: line(of: node), message: "`\(key)` must be a list (lines starting with `- `)")
        }
        var values: [String] = []
        for item in sequence { values.append(try text(item, key: key)) }
        return values
    }

    /// A BCP 47-like tag: 2–8 letters, then `-` subtags of 1–8 letters or digits (`en`, `en-US`).
    private func languageTag(_ node: Node) throws(SectioningError) -> String {
        let value = try text(node, key: "language")
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        let isAlphaNumeric = { (part: Substring) in part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        let valid =
            (2...8).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && isAlphaNumeric($0) }
        guard valid else {
            throw SectioningError(
                file: path, line: line(of: node),
                message: "`language: \(value)` is not a language tag; write it like en-US or es")
        }
        return value
    }

    /// " (did you mean `title`?)" when `key` is one or two edits away from an allowed key.
    private func suggestion(for key: String) -> String {
        let close = FrontMatter.allowedKeys.min { editDistance(key, $0) < editDistance(key, $1) }
        guard let close, editDistance(key, close) <= 2 else { return "" }
        return " (did you mean `\(close)`?)"
    }

    private func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased())
        let b = Array(b)
        var previous = Array(0...b.count)
        for (i, charA) in a.enumerated() {
            var current = [i + 1]
            for (j, charB) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (charA == charB ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
