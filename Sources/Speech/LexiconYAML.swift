import Foundation
import Yams

/// Reading of the pronunciation data files (`lexicon.yml`, `speech-normalization.yml`) with line
/// numbers, so that a content editor's typo is reported as `file:line: what is wrong`.
///
/// Both files are edited by hand, so unknown keys are errors rather than silently ignored.
struct LexiconYAML {
    let file: String

    /// The root mapping of `path`, or `nil` when the file does not exist (absent data means
    /// "no entries", which is a valid configuration).
    static func root(path: String) throws(SpeechError) -> (LexiconYAML, Node?)? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let reader = LexiconYAML(file: path)
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SpeechError(.settings, "cannot read the file: \(error.localizedDescription)", file: path)
        }
        do {
            return (reader, try Yams.compose(yaml: text))
        } catch let error as YamlError {
            throw reader.error(line: Self.line(of: error), "invalid YAML: \(Self.problem(of: error))")
        } catch {
            throw reader.error(line: nil, "invalid YAML: \(error)")
        }
    }

    func error(_ node: Node?, _ message: String) -> SpeechError {
        error(line: node?.mark?.line, message)
    }

    func error(line: Int?, _ message: String) -> SpeechError {
        SpeechError(.settings, message, file: file, line: line)
    }

    /// The key/value pairs of a mapping node, rejecting keys outside `allowed`.
    func mapping(_ node: Node, allowed: Set<String>, what: String) throws(SpeechError) -> [(key: String, value: Node)] {
        guard let mapping = node.mapping else { throw error(node, "\(what) must be a mapping") }
        var pairs: [(key: String, value: Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else { throw error(key, "\(what): keys must be text") }
            if !allowed.isEmpty, !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: ", ")
                throw error(key, "\(what): unknown key \"\(name)\" (expected one of: \(known))")
            }
            pairs.append((name, value))
        }
        return pairs
    }

    func string(_ node: Node, what: String) throws(SpeechError) -> String {
        guard let scalar = node.scalar else { throw error(node, "\(what) must be text") }
        return scalar.string
    }

    func int(_ node: Node, what: String) throws(SpeechError) -> Int {
        guard let scalar = node.scalar, let value = Int(scalar.string) else {
            throw error(node, "\(what) must be a whole number")
        }
        return value
    }

    /// A list of strings; a single string is accepted as a one-element list.
    func strings(_ node: Node, what: String) throws(SpeechError) -> [String] {
        if let scalar = node.scalar { return [scalar.string] }
        guard let sequence = node.sequence else { throw error(node, "\(what) must be a list of text") }
        var result: [String] = []
        for item in sequence { result.append(try string(item, what: what)) }
        return result
    }

    /// A mapping of text to text.
    func table(_ node: Node, what: String) throws(SpeechError) -> [(key: String, value: String, line: Int?)] {
        var result: [(key: String, value: String, line: Int?)] = []
        for (key, value) in try mapping(node, allowed: [], what: what) {
            result.append((key, try string(value, what: "\(what) \"\(key)\""), value.mark?.line))
        }
        return result
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        case .duplicatedKeysInMapping(_, let context): context.mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        case .duplicatedKeysInMapping(let duplicates, _): "duplicated keys " + duplicates.joined(separator: ", ")
        default: "\(error)"
        }
    }
}
