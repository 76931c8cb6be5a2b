import Foundation
import Yams

/// A YAML file read into Yams nodes, so that every value can be reported with its line.
struct YAMLFile {
    let path: String
    let root: Node

    init(path: String) throws(SimplifierError) {
        self.path = path
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SimplifierError(file: path, message: "cannot read the file (\(error.localizedDescription))")
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw SimplifierError(file: path, line: 1, message: "the file is empty")
            }
            root = node
        } catch let error as SimplifierError {
            throw error
        } catch YamlError.duplicatedKeysInMapping(let duplicates, _) {
            // (Yams' own description of this error prints the whole file.)
            throw Self.duplicateKeyError(duplicates, text: text, path: path)
        } catch let error as YamlError {
            throw SimplifierError(file: path, line: Self.line(of: error), message: "invalid YAML: \(error)")
        } catch {
            throw SimplifierError(file: path, message: "invalid YAML: \(error)")
        }
    }

    /// "key given twice" at the line of the first key's second occurrence, so an editor who added an
    /// entry that was already there finds it.
    private static func duplicateKeyError(_ keys: [String], text: String, path: String) -> SimplifierError {
        let sorted = keys.sorted()
        let lines = text.components(separatedBy: "\n")
        var line: Int?
        if let first = sorted.first {
            let occurrences = lines.indices.filter {
                let trimmed = lines[$0].trimmingCharacters(in: .whitespaces)
                return trimmed.hasPrefix(first + ":") || trimmed.hasPrefix("\"\(first)\":")
            }
            line = occurrences.dropFirst().first.map { $0 + 1 }
        }
        let list = sorted.map { "“\($0)”" }.joined(separator: ", ")
        return SimplifierError(
            file: path, line: line,
            message: "invalid YAML: \(sorted.count == 1 ? "key" : "keys") \(list) given twice in one mapping")
    }

    /// The line Yams reports for a parse error (its marks are 0-based).
    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    func error(_ node: Node?, _ message: String) -> SimplifierError {
        SimplifierError(file: path, line: node?.mark.map { $0.line }, message: message)
    }

    /// The mapping `node`, or an error naming `what` was expected.
    func mapping(_ node: Node, _ what: String) throws(SimplifierError) -> Node.Mapping {
        guard let mapping = node.mapping else { throw error(node, "\(what) must be a mapping of keys to values") }
        return mapping
    }

    func sequence(_ node: Node, _ what: String) throws(SimplifierError) -> Node.Sequence {
        guard let sequence = node.sequence else { throw error(node, "\(what) must be a list") }
        return sequence
    }

    func string(_ node: Node, _ what: String) throws(SimplifierError) -> String {
        guard let scalar = node.scalar else { throw error(node, "\(what) must be a text value") }
        return scalar.string
    }

    func int(_ node: Node, _ what: String) throws(SimplifierError) -> Int {
        guard let scalar = node.scalar, let value = Int(scalar.string) else {
            throw error(node, "\(what) must be a whole number")
        }
        return value
    }

    func double(_ node: Node, _ what: String) throws(SimplifierError) -> Double {
        guard let scalar = node.scalar, let value = Double(scalar.string) else {
            throw error(node, "\(what) must be a number")
        }
        return value
    }

    /// A list of strings, or an error naming the first item that is not one.
    func strings(_ node: Node, _ what: String) throws(SimplifierError) -> [String] {
        var out: [String] = []
        for item in try sequence(node, what) { out.append(try string(item, "each item of \(what)")) }
        return out
    }
}
