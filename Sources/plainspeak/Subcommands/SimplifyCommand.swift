import ArgumentParser
import ContentModel
import Foundation
import Readability
import Simplifier

/// `plainspeak simplify`: rewrites text at a reading level, for editors and for the evaluation script.
struct SimplifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simplify",
        abstract: "Rewrite plain text at a reading level (plain, easy) with the simplifier's rules.")

    @Option(help: "Reading level from levels.yml.")
    var level: String = "easy"

    @Option(help: "Content directory holding levels.yml and simplifier/.")
    var content: String = "Content"

    @Flag(help: "Treat each input line as its own text and write exactly one output line for it.")
    var lines = false

    @Flag(help: "Print every finding (applied and rejected rewrites) to standard error.")
    var explain = false

    @Argument(help: "Text file to read; standard input when omitted.")
    var file: String?

    func run() throws {
        let simplifier = try Simplifier(contentDirectory: content, meter: try ReadabilityMeter())
        guard simplifier.configuration.level(level) != nil else {
            let known = simplifier.configuration.levels.map(\.id).joined(separator: ", ")
            throw ValidationError("unknown level `\(level)` (known: \(known))")
        }
        let input: String
        if let file {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8)
            else { throw ValidationError("cannot read \(file)") }
            input = text
        } else {
            input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        var output = ""
        if lines {
            for line in input.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
                input.hasSuffix("\n") ? 1 : 0)
            {
                let result = simplifier.simplify(text: String(line), level: level)
                output += result.text.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n"
                report(result.findings)
            }
        } else {
            // A Markdown article's front matter is not text to rewrite, and its headings are kept as
            // they are: the text between two headings is rewritten as one section.
            let article = Self.withoutFrontMatter(input)
            let articleTerms = simplifier.termsNamedInFull(in: article)
            let paragraphs = article.components(separatedBy: "\n\n")
                .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            var pieces: [String] = []
            var pending: [String] = []
            func flush() {
                guard !pending.isEmpty else { return }
                let section = simplifier.simplify(pending.map(Self.block), level: level, articleTerms: articleTerms)
                pieces.append(Self.markdown(section.blocks))
                report(section.findings)
                pending = []
            }
            for paragraph in paragraphs {
                if paragraph.hasPrefix("#") {
                    flush()
                    pieces.append(paragraph)
                } else {
                    pending.append(paragraph)
                }
            }
            flush()
            output = pieces.joined(separator: "\n\n") + "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// Blocks as Markdown, so a list stays a list ("- item") in the printed article.
    static func markdown(_ blocks: [Block]) -> String {
        blocks.map { block in
            switch block {
            case .paragraph(let text): return text
            case .list(let items): return items.map { "- " + $0 }.joined(separator: "\n")
            case .subheading(let text): return "### " + text
            }
        }.joined(separator: "\n\n")
    }

    /// A paragraph, or a list when every line starts with "- " or "* ".
    static func block(_ paragraph: String) -> Block {
        let lines = paragraph.split(separator: "\n").map { String($0).trimmingWhitespace() }
        if lines.allSatisfy({ $0.hasPrefix("- ") || $0.hasPrefix("* ") }) {
            return .list(lines.map { String($0.dropFirst(2)) })
        }
        return .paragraph(lines.joined(separator: " "))
    }

    private func report(_ findings: [Finding]) {
        guard explain else { return }
        for finding in findings { FileHandle.standardError.write(Data((finding.description + "\n").utf8)) }
    }

    /// `text` without a leading YAML front matter block (`---` … `---`).
    static func withoutFrontMatter(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard normalized.hasPrefix("---\n"),
            let end = normalized.range(
                of: "\n---\n", range: normalized.index(normalized.startIndex, offsetBy: 3)..<normalized.endIndex)
        else { return text }
        return String(normalized[end.upperBound...])
    }
}
