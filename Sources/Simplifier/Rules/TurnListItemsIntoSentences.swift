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

    /// Words that open a phrase for a whole item ("In some cases, …", "Sometimes, …").
    static let itemOpeners: Set<String> = ["in", "at", "during", "sometimes", "often", "rarely", "occasionally"]

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
            let restart = restartLead(stem, grammar: grammar) ?? pronounClause(ending: stem)
            var leadUsed = false
            // "Doctors tell apart several patterns, including:" names examples of what the sentence
            // has named: the sentence ends there and the items follow as "These include …", "These
            // also include …" ("these" points back to the patterns).
            let exampleMarker = [", including", ", such as"].first(where: { stem.lowercased().hasSuffix($0) })
            let converted = items.map { item -> String in
                if exampleMarker != nil {
                    let sentence = Text.sentence(
                        (leadUsed ? "These also include " : "These include ") + grammar.decapitalized(Text.body(item)))
                    leadUsed = true
                    return sentence
                }
                let sentence = Text.sentence(item)
                // Only an item with a true auxiliary ("… may spread …") or a clause opener ("The baby
                // cries …") is taken as a sentence of its own;
                // "Feeding problems linked to …" has a participle, not a verb, and gets the lead.
                let words = Text.words(item)
                // "Stridor, which is a squeaky sound …" is a noun with a clause, not a sentence.
                let firstRelative = words.firstIndex(where: Grammar.relativeWords.contains)
                let firstAuxiliary = words.firstIndex(where: Self.trueAuxiliaries.contains)
                let auxiliaryInClause =
                    firstRelative.map { relative in firstAuxiliary.map { relative < $0 } ?? true } ?? false
                let nounWithClause =
                    auxiliaryInClause
                    || words.count > 2
                        && (Grammar.relativeWords.contains(words[1]) || Grammar.relativeWords.contains(words[2]))
                        && item.split(separator: ",").first.map { Text.wordCount(String($0)) <= 2 } == true
                let hasAuxiliary = words.contains(where: Self.trueAuxiliaries.contains) && !nounWithClause
                let opensLikeAClause = words.first.map(grammar.clauseStarts.contains) ?? false
                // ("A diet low in fruits, vegetables, and whole grains": "grains" is no verb; a clause
                // needs an auxiliary or a verb that cannot be a noun.)
                let subjectAndVerb =
                    words.count > 2 && words[2].hasSuffix("s") && grammar.lexicon.isVerbForm(words[2])
                    && UsePlainNameAfterFirstMention.determiners.contains(words[0])
                if hasAuxiliary || opensLikeAClause && (grammar.hasClearVerb(item) || subjectAndVerb),
                    grammar.isComplete(sentence) && item.first?.isUppercase == true
                        && !startsWithParticiple(item)
                {
                    return sentence
                }
                // The lead is said once; later items restart with a pronoun ("They also include …")
                // so the listener hears each new item early.
                let lead = leadUsed ? (restart ?? stem) : stem
                leadUsed = true
                // "In some cases, pain that …" opens with a phrase for the whole item: it goes in
                // front ("In some cases, they also include pain that …").
                if let comma = item.firstIndex(of: ","), Text.wordCount(String(item[..<comma])) <= 4,
                    let first = Text.words(item).first, Self.itemOpeners.contains(first)
                {
                    let rest = String(item[item.index(after: comma)...]).trimmingWhitespace()
                    return Text.sentence(
                        Text.capitalized(String(item[..<comma])) + ", " + grammar.decapitalized(lead) + " "
                            + grammar.decapitalized(Text.body(rest)))
                }
                return Text.sentence(lead + " " + grammar.decapitalized(Text.body(item)))
            }
            var keptSentences = Array(sentences.dropLast())
            if let exampleMarker {
                keptSentences.append(Text.sentence(String(stem.dropLast(exampleMarker.count))))
            }
            let kept = keptSentences.joined(separator: " ")
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

    /// "Because food cannot pass, babies seem hungry, and they may" → "They may": a lead whose last
    /// clause restarts with a pronoun is said in full once, and later items take only that clause.
    private func pronounClause(ending stem: String) -> String? {
        let pronouns: Set<String> = ["they", "it", "he", "she", "we", "you"]
        guard let comma = stem.range(of: ", ", options: .backwards) else { return nil }
        var tail = String(stem[comma.upperBound...])
        for joint in ["and ", "but "] where tail.hasPrefix(joint) { tail = String(tail.dropFirst(joint.count)) }
        let words = Text.words(tail)
        guard let first = words.first, pronouns.contains(first), (2...4).contains(words.count) else { return nil }
        return Text.capitalized(tail)
    }

    /// "Common signs include" → "They also include"; "The test may involve" → "It may also involve":
    /// the lead for the second and later items. `nil` when the lead does not end in a listing verb
    /// (`seriesVerbs` in `word-classes.yml`) after its subject.
    private func restartLead(_ stem: String, grammar: Grammar) -> String? {
        let words = stem.split(separator: " ").map(String.init)
        guard words.count >= 2, let verb = words.last, grammar.lexicon.isVerbForm(verb.lowercased()),
            verb.lowercased().hasPrefix("includ") || verb.lowercased().hasPrefix("involv")
        else { return nil }
        let modal = words.count >= 3 && grammar.auxiliaries.contains(words[words.count - 2].lowercased())
        let subjectEnd = words.count - (modal ? 2 : 1)
        let subject = words[subjectEnd - 1].lowercased()
        let singular = verb.hasSuffix("s") || (modal && !(subject.hasSuffix("s") && !subject.hasSuffix("ss")))
        // A short subject is said again ("Risk factors also include …"): "They" could mean a noun of a
        // sentence that another rule put in between.
        let subjectWords = words[..<subjectEnd]
        if (2...4).contains(subjectWords.count),
            !subjectWords.contains(where: { grammar.auxiliaries.contains($0.lowercased()) })
        {
            let named = Text.capitalized(subjectWords.joined(separator: " "))
            return modal ? "\(named) \(words[words.count - 2].lowercased()) also \(verb)" : "\(named) also \(verb)"
        }
        let pronoun = singular ? "It" : "They"
        return modal ? "\(pronoun) \(words[words.count - 2].lowercased()) also \(verb)" : "\(pronoun) also \(verb)"
    }
}
