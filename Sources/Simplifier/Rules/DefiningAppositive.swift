/// "…, a pause in breathing that lasts 15 seconds." after any noun, not only a glossary term: the
/// part of `MoveDefinitionToOwnSentence` that reads a definition from its shape. "The first sign may
/// be apnea, a pause in breathing that lasts 15 seconds." → "The first sign may be apnea. Apnea is
/// a pause in breathing that lasts 15 seconds." Inside a clause the sentence goes on without it:
/// "Jaundice happens when bilirubin, a yellow substance made …, builds up." → "Jaundice happens
/// when bilirubin builds up. Bilirubin is a yellow substance made …."
///
/// Only a definition by its shape: "a"/"an" and a kind of thing that a relative clause, a
/// participle or "of" narrows ("a form of brain damage", "a procedure in which …", "a substance
/// made …"), after a singular noun phrase of at most `maxTermWords` words. "…, a common choice"
/// says something about the whole clause, not what a word means, and stays.
enum DefiningAppositive {
    static let maxTermWords = 4
    /// Words that, within the first words of the appositive, make it a definition.
    static let definingWords: Set<String> = [
        "that", "which", "who", "whose", "where", "of", "made", "given", "found", "known", "seen", "done", "taken",
        "caused", "used", "produced", "formed", "marked",
    ]
    /// How far into the appositive a defining word may come ("a long-acting antibody given as …").
    static let definingWindow = 5
    /// Kinds that sum up the clause before rather than define a word ("…, a choice that many
    /// families make", "…, a step that …").
    static let summingUpKinds: Set<String> = [
        "choice", "step", "process", "practice", "change", "finding", "approach", "time", "period", "decision",
        "result", "effect", "situation", "event", "move", "measure", "pattern", "number", "rate", "figure", "habit",
        "task", "method", "idea", "reason", "factor", "fact", "sign", "way", "thing", "problem", "concern", "risk",
    ]
    /// Prepositions before a term that a definition may follow ("lead to kernicterus, a …"); after
    /// others ("at home, a …", "during sleep, a time …") the appositive sums up the clause.
    static let termPrepositions: Set<String> = ["of", "to", "with", "as", "like"]

    static func split(_ sentence: String, _ context: RuleContext) -> [String]? {
        for article in [", a ", ", an "] {
            for start in Text.occurrences(of: String(article.dropFirst(2)), in: sentence).map(\.lowerBound)
            where sentence[..<start].hasSuffix(", ") {
                let commaIndex = sentence.index(start, offsetBy: -2)
                let before = String(sentence[..<commaIndex])
                let tail = sentence[start...]
                // The appositive runs to the sentence's end, or to a comma after which the clause goes on
                // with its verb.
                let end = tail.firstIndex(of: ",")
                let appositive = Text.body(String(end.map { tail[..<$0] } ?? tail))
                let rest = end.map { String(tail[tail.index(after: $0)...]).trimmingWhitespace() }
                guard isDefinition(appositive, context), let term = term(endingAt: before, context) else { continue }
                // "… a show about the nature of life, a show where …": an appositive that repeats a noun
                // of the clause restates that noun, not the last one.
                if let kind = kind(of: appositive), Text.words(before).contains(kind) { continue }
                let main: String
                if let rest {
                    guard continuesWithVerb(rest, context) else { continue }
                    main = before + " " + rest
                } else {
                    main = before
                }
                let first = Text.sentence(main)
                let second = Text.sentence(Text.capitalized(term) + " is " + appositive)
                guard context.grammar.isComplete(first), context.grammar.isComplete(second) else { continue }
                return [first, second]
            }
        }
        return nil
    }

    /// "a pause in breathing that lasts …": three or more words, no verb of its own before a defining
    /// word, which comes early.
    private static func isDefinition(_ appositive: String, _ context: RuleContext) -> Bool {
        let words = Text.words(appositive)
        guard words.count >= 3, !appositive.contains("("), !appositive.contains(";") else { return false }
        guard let defining = words.dropFirst().prefix(definingWindow).firstIndex(where: definingWords.contains)
        else { return false }
        if let kind = kind(of: appositive), summingUpKinds.contains(kind) { return false }
        // ("a child is sick": the words before the defining word must not hold a clause of their own.)
        return !words[..<defining].contains(where: context.grammar.auxiliaries.contains)
    }

    /// The kind of thing an appositive names: the word before its defining word ("a lifelong form of
    /// …" → "form").
    private static func kind(of appositive: String) -> String? {
        let words = Text.words(appositive)
        guard let defining = words.dropFirst().prefix(definingWindow).firstIndex(where: definingWords.contains)
        else { return nil }
        return words[defining - 1]
    }

    /// The noun phrase at the end of `text` ("apnea", "an exchange transfusion"), with its article when
    /// it has one, or `nil` when the words there are no singular noun phrase.
    private static func term(endingAt text: String, _ context: RuleContext) -> String? {
        var trimmed = text.trimmingWhitespace()
        // "intravenous immunoglobulin (IVIG), a solution …": the abbreviation just given is the
        // shorter name ("IVIG is a solution …"), when the words before it are a term.
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let inside = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            trimmed = String(trimmed[..<open]).trimmingWhitespace()
            let isAbbreviation =
                inside.count >= 2 && inside.count <= 6 && inside.allSatisfy({ $0.isUppercase || $0.isNumber })
            if isAbbreviation, term(endingAt: trimmed, context) != nil { return inside }
        }
        let tokens = Text.tokens(trimmed)
        guard let last = tokens.last, last.range.upperBound == trimmed.endIndex else { return nil }
        let grammar = context.grammar
        let lexicon = context.lexicon
        let stops = grammar.nonSubjects.union(grammar.auxiliaries).union(grammar.subordinators)
            .union(SplitSeriesOfObjects.prepositions).union(UsePlainNameAfterFirstMention.determiners)
            .union(["and", "or", "but", "than", "as", "like", "be", "being", "not", "also", "very"])
        var first = tokens.count
        while first > 0, tokens.count - first < maxTermWords {
            let word = tokens[first - 1].lower
            if stops.contains(word) || word.hasSuffix("'s") || word.hasSuffix("’s") || word.hasSuffix("ly") { break }
            if word.allSatisfy(\.isNumber) { break }
            // "… and cause acute bilirubin encephalopathy": a verb after a joining word or a modal ends
            // the phrase ("an exchange transfusion" keeps its "exchange").
            if first >= 2, lexicon.verbLemmas.contains(word),
                ["and", "or", "to"].contains(tokens[first - 2].lower)
                    || context.data.words("modals").contains(tokens[first - 2].lower)
            {
                break
            }
            first -= 1
        }
        // The phrase must end the text and not be the whole clause's subject and verb.
        guard first < tokens.count, first > 0 || tokens.count <= maxTermWords else { return nil }
        let head = tokens[tokens.count - 1].lower
        // "a …" defines one thing: a plural ("antibiotics, a common choice …") is no match.
        if lexicon.looksPlural(head) { return nil }
        if lexicon.isVerbForm(head), !lexicon.nounLemmas.contains(head), head.hasSuffix("ed") || head.hasSuffix("ing") {
            return nil
        }
        var start = tokens[first].range.lowerBound
        var opening = first
        if first > 0, ["a", "an", "the"].contains(tokens[first - 1].lower) {
            start = tokens[first - 1].range.lowerBound
            opening -= 1
        }
        // "Edmontonia was an armoured dinosaur, a part of …": after "is a …" the appositive says more
        // about what the subject is; it does not define the predicate noun.
        if opening > 0, opening < first, tokens[opening].lower != "the",
            ["is", "was", "are", "were", "be", "been"].contains(tokens[opening - 1].lower)
        {
            return nil
        }
        // "the House of Orbelian", "… Crispiniano de la Santísima Trinidad": a name goes on before the
        // words found, so they are not the whole name.
        if opening > 0, opening == first {
            let isCapitalized = { (token: Token) in token.text.first?.isUppercase ?? false }
            let hasName = tokens[first...].contains(where: isCapitalized)
            if hasName, opening >= 2, isCapitalized(tokens[opening - 1]) { return nil }
            if hasName, opening >= 2,
                ["of", "de", "la", "del", "du", "von", "van", "los"].contains(tokens[opening - 1].lower),
                isCapitalized(tokens[opening - 2])
            {
                return nil
            }
        }
        if opening > 0,
            SplitSeriesOfObjects.prepositions.union(["during", "after", "before", "within", "over"])
                .subtracting(termPrepositions).contains(tokens[opening - 1].lower)
        {
            return nil
        }
        return String(trimmed[start...])
    }

    /// Whether `rest` goes on with the clause's verb: an auxiliary or a verb in "-s"/"-ed" after the
    /// singular noun ("… builds up faster", "… is one of").
    private static func continuesWithVerb(_ rest: String, _ context: RuleContext) -> Bool {
        guard let verb = Text.words(rest).first else { return false }
        if context.grammar.auxiliaries.contains(verb) { return true }
        return (verb.hasSuffix("s") && !verb.hasSuffix("ss") || verb.hasSuffix("ed"))
            && context.lexicon.isVerbForm(verb)
    }
}
