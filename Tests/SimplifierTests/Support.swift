import ContentModel
import Foundation
import Readability

@testable import Simplifier

/// Shared fixtures: the shipped `Content/` data, a simplifier on it, and a rule runner.
enum Support {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let content = repository + "/Content"
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Fixtures"

    static let meter: ReadabilityMeter = try! ReadabilityMeter()
    static let simplifier: Simplifier = try! Simplifier(contentDirectory: content, meter: meter)
    static let data: SimplifierData = simplifier.data

    /// A rule context on the shipped data with sentence limit `maxWords`.
    static func context(maxWords: Int = 15) -> RuleContext {
        RuleContext(
            data: simplifier.data, lexicon: simplifier.lexicon, grammar: simplifier.grammar, maxSentenceWords: maxWords)
    }

    /// What `rule` makes of `sentence` (the sentence itself when the rule does not apply), joined by spaces.
    static func apply(_ rule: some SentenceRule, _ sentence: String, maxWords: Int = 15) -> String {
        var context = context(maxWords: maxWords)
        return rule.rewrite(sentence, context: &context)?.joined(separator: " ") ?? sentence
    }

    static var guardContext: GuardContext {
        GuardContext(data: simplifier.data, lexicon: simplifier.lexicon, grammar: simplifier.grammar)
    }

    /// The sections of a Markdown article (front matter skipped): the introduction and one per `##`,
    /// paragraphs split at blank lines, lines starting with "- " read as list items.
    static func sections(ofArticleAt path: String) throws -> [(title: String, blocks: [Block])] {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        if text.hasPrefix("---"),
            let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex)
        {
            text = String(text[end.upperBound...])
        }
        var sections: [(title: String, blocks: [Block])] = [("Introduction", [])]
        for chunk in text.components(separatedBy: "\n\n") {
            let lines = chunk.split(separator: "\n").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            guard let first = lines.first else { continue }
            if first.hasPrefix("## ") {
                sections.append((String(first.dropFirst(3)), []))
                continue
            }
            if lines.allSatisfy({ $0.hasPrefix("- ") }) {
                sections[sections.count - 1].blocks.append(.list(lines.map { String($0.dropFirst(2)) }))
            } else {
                sections[sections.count - 1].blocks.append(.paragraph(lines.joined(separator: " ")))
            }
        }
        return sections.filter { !$0.blocks.isEmpty }
    }

    /// The three articles every level target is checked on.
    static var articles: [String] {
        let shipped = content + "/cervical-dystonia-in-infants.md"
        let seed =
            FileManager.default.fileExists(atPath: shipped) ? shipped : fixtures + "/cervical-dystonia-in-infants.md"
        return [seed, fixtures + "/febrile-seizures-in-children.md", fixtures + "/reflux-in-infants.md"]
    }
}
