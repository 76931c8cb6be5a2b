import ContentModel

/// Turns a list introduced by "… include:" into full sentences that a listener can follow without
/// seeing bullets: "Common signs include:" + "Head tilted to one side" becomes "Common signs include
/// head tilted to one side." Items that are already sentences stay as they are. A list without
/// such a lead-in stays a list (the items cannot be made into sentences without guessing).
struct TurnListItemsIntoSentences: Sendable {
    static let name = "TurnListItemsIntoSentences"
    static let trueAuxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "can", "could", "may", "might", "must",
        "should", "will", "would",
    ]

    /// The blocks with every convertible list replaced by a paragraph of sentences.
    func rewrite(_ blocks: [Block], grammar: Grammar, findings: inout [Finding]) -> [Block] {
        var out: [Block] = []
        for block in blocks {
            guard case .list(let items) = block, case .paragraph(let leadParagraph)? = out.last else {
                out.append(block)
                continue
            }
            let sentences = SentenceSplitter().sentences(in: leadParagraph)
            guard let lead = sentences.last, lead.hasSuffix(":") else {
                out.append(block)
                continue
            }
            let stem = String(lead.dropLast()).trimmingWhitespace()
            guard let verb = Text.words(stem).last,
                grammar.auxiliaries.contains(verb) || verb.hasPrefix("includ")
                    || verb == "are" || verb == "involve"
            else {
                out.append(block)
                continue
            }
            let converted = items.map { item -> String in
                let sentence = Text.sentence(item)
                // Only an item with a true auxiliary ("… may spread …") or a clause opener ("The baby
                // cries …") is taken as a sentence of its own;
                // "Feeding problems linked to …" has a participle, not a verb, and gets the lead.
                let words = Text.words(item)
                let hasAuxiliary = words.contains(where: Self.trueAuxiliaries.contains)
                let opensLikeAClause = words.first.map(grammar.clauseStarts.contains) ?? false
                if hasAuxiliary || opensLikeAClause,
                    grammar.isComplete(sentence) && item.first?.isUppercase == true
                        && !startsWithParticiple(item)
                {
                    return sentence
                }
                return Text.sentence(stem + " " + Text.decapitalized(Text.body(item)))
            }
            let kept = sentences.dropLast().joined(separator: " ")
            out.removeLast()
            if !kept.isEmpty { out.append(.paragraph(kept)) }
            out.append(.paragraph(converted.joined(separator: " ")))
            findings.append(
                Finding(
                    rule: Self.name, before: ([lead] + items).joined(separator: "\n"),
                    after: converted.joined(separator: " "), status: .applied,
                    message: "list of \(items.count) items after “\(lead)” read as sentences"))
        }
        return out
    }

    /// Items like "Head tilted to one side" have an -ed word but are noun phrases.
    private func startsWithParticiple(_ item: String) -> Bool {
        let words = Text.words(item)
        return words.count > 1 && (words[1].hasSuffix("ed") || words[1].hasSuffix("ing"))
    }
}
