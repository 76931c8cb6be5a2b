/// Splits a restrictive relative clause out of a plural subject: "Babies who start therapy early
/// have the best chance of full healing." → "Some babies start therapy early. These babies have the
/// best chance of full healing." A quantifier stays with the group it counts: "Most babies who get
/// therapy reach full healing." → "Some babies get therapy. Most of these babies reach full healing."
///
/// The "Some" names the group the clause picks out, as "who start therapy early" did; the hedge
/// guard knows this shape (`HedgeGuard`). Only sentences over the level's `maxSentenceWords`, with
/// a plural noun subject of at most `maxSubjectWords` words, a clause without commas, brackets or
/// clauses of its own, and a main verb from `mainVerbs` ("have", "are", "should", "include", or an
/// adverb such as "often" that opens the predicate).
struct SplitRelativeClausesInSubjects: SentenceRule {
    static let name = "SplitRelativeClausesInSubjects"
    /// The most words before "who"/"that" ("Young babies", "Perinatal brain injuries").
    static let maxSubjectWords = 4
    /// Quantifiers that count the group ("Most babies who …" → "Most of these babies …").
    static let quantifiers: Set<String> = ["most", "many", "some"]
    /// Words that open the main predicate of a plural subject: auxiliaries, modals, a few verbs and
    /// adverbs. Any other verb after the clause cannot be told from a noun of the clause ("… of life
    /// reach …").
    static let mainVerbs: Set<String> = [
        "are", "were", "have", "do", "can", "could", "may", "might", "must", "should", "will", "would", "need",
        "often", "usually", "also", "still", "rarely", "tend", "include",
    ]

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        guard Text.wordCount(sentence) > context.maxSentenceWords else { return nil }
        let body = Text.body(sentence)
        guard !body.contains(","), !body.contains("("), !body.contains(";"), !body.contains(":") else { return nil }
        let tokens = Text.tokens(body)
        let words = tokens.map(\.lower)
        guard let relative = words.firstIndex(where: { $0 == "who" || $0 == "that" }),
            relative >= 1, relative <= Self.maxSubjectWords
        else { return nil }
        let quantifier = Self.quantifiers.contains(words[0]) ? words[0] : nil
        let group = Array(words[(quantifier == nil ? 0 : 1)..<relative])
        guard let noun = group.last, isPluralNoun(noun, context),
            group.dropLast().allSatisfy({ isModifier($0, context) })
        else { return nil }
        // The clause starts with its own verb ("who start …", "that damage …"), not a subject
        // ("signs that the baby is …" is no relative clause of "signs").
        let grammar = context.grammar
        guard relative + 1 < words.count, opensWithPluralVerb(Array(words[(relative + 1)...]), context) else {
            return nil
        }
        // The main verb: the first auxiliary or modal after the clause's own verb group.
        var index = relative + 2
        while index < words.count, grammar.auxiliaries.contains(words[index]) || grammar.adverbs.contains(words[index])
        {
            index += 1
        }
        guard
            let main = (index..<words.count).first(where: { position in
                Self.mainVerbs.contains(words[position]) && !grammar.auxiliaries.contains(words[position - 1])
                    && words[position - 1] != "to"
            })
        else { return nil }
        let clause = Array(words[(relative + 1)..<main])
        let predicate = Array(words[main...])
        // A clause with clauses of its own ("who know that babies are …") hides where it ends.
        let stops = grammar.subordinators.union(Grammar.relativeWords).union(["and", "or", "but", "whether", "than"])
        guard clause.count >= 2, predicate.count >= 3,
            !clause.indices.contains(where: { position in
                stops.contains(clause[position]) && !isPreposition(at: position, in: clause, context)
            })
        else { return nil }
        let groupText = String(
            body[tokens[quantifier == nil ? 0 : 1].range.lowerBound..<tokens[relative].range.lowerBound]
        )
        .trimmingWhitespace()
        let clauseText = String(body[tokens[relative + 1].range.lowerBound..<tokens[main].range.lowerBound])
            .trimmingWhitespace()
        let predicateText = String(body[tokens[main].range.lowerBound...])
        let restated = quantifier.map { Text.capitalized($0) + " of these " + noun } ?? "These " + noun
        let out = [
            Text.sentence("Some " + context.decapitalized(groupText) + " " + clauseText),
            Text.sentence(restated + " " + predicateText),
        ]
        guard out.allSatisfy(grammar.isComplete) else { return nil }
        return out
    }

    /// Whether the subordinator at `position` is a preposition before a bare noun ("before birth",
    /// "after meals"), not the start of a clause ("before the baby eats", "after they are fed").
    private func isPreposition(at position: Int, in words: [String], _ context: RuleContext) -> Bool {
        guard ["before", "after", "until", "since"].contains(words[position]), position + 1 < words.count else {
            return false
        }
        let next = words[position + 1]
        return context.lexicon.nounLemmas.contains(next) && !context.grammar.subjects.contains(next)
    }

    /// A plural noun that names people or things: "babies", "children", "injuries" (not "this" or an
    /// "-ing" word).
    private func isPluralNoun(_ word: String, _ context: RuleContext) -> Bool {
        context.lexicon.isPluralNoun(word) && !word.hasSuffix("ing") && !context.grammar.nonSubjects.contains(word)
    }

    /// A describing word before the noun: an adjective or another noun, no determiner or verb.
    private func isModifier(_ word: String, _ context: RuleContext) -> Bool {
        // (A determiner or possessive makes a definite group, which "Some …" would change; so does "all".)
        return !UsePlainNameAfterFirstMention.determiners.contains(word) && word != "all"
            && !context.grammar.auxiliaries.contains(word)
            && !context.grammar.subordinators.contains(word) && !context.grammar.isClearVerbForm(word)
    }

    /// Whether the clause opens with a verb a plural subject takes ("start", "are", "have had",
    /// "cannot", "usually need"): not a singular "-s" verb or a noun phrase.
    private func opensWithPluralVerb(_ words: [String], _ context: RuleContext) -> Bool {
        var rest = words[...]
        while let first = rest.first, context.grammar.adverbs.contains(first) || first.hasSuffix("ly") {
            rest = rest.dropFirst()
        }
        guard let verb = rest.first else { return false }
        if ["is", "was", "has", "does"].contains(verb) { return false }
        if context.grammar.auxiliaries.contains(verb) { return true }
        let lexicon = context.lexicon
        guard lexicon.isVerbForm(verb), !verb.hasSuffix("s") || verb.hasSuffix("ss") else { return false }
        // A base-form or past verb ("start", "had"), not a word that is only a noun or adjective.
        return lexicon.baseForms(of: verb).contains(where: lexicon.verbLemmas.contains)
            && !UsePlainNameAfterFirstMention.determiners.contains(verb)
    }
}
