/// Turns a participle phrase at the end of a sentence into its own sentence: "The toxin weakens
/// overactive muscles, reducing spasms." → "The toxin weakens overactive muscles. This reduces
/// spasms." After "X is a …"/"X are among …" the phrase describes X: "It …"/"They …". The participle is found with the lexicon (its base must be a WordNet verb); "-ing"
/// words that are not such participles ("including", "according") are listed in
/// `word-classes.yml` (`notParticiples`).
struct SplitTrailingParticiples: SentenceRule {
    static let name = "SplitTrailingParticiples"

    /// Adverbs that say the participle is a result; "This" says it already, so they go.
    static let resultAdverbs: Set<String> = ["thereby", "thus"]

    /// Words that open a noun predicate after "is"/"are": "a movement disorder", "among the most common".
    static let nounPredicateStarts: Set<String> = ["a", "an", "the", "among", "one"]

    /// "…, followed by a dry layer on top." → "…. This is followed by a dry layer on top."
    private func followedBy(_ sentence: String, _ context: RuleContext) -> [String]? {
        guard let range = sentence.range(of: ", followed by ", options: .backwards) else { return nil }
        let rest = sentence[range.upperBound...]
        // Only at the end of the sentence: a comma after it may go on with the main clause.
        guard !rest.contains(","), Text.wordCount(String(rest)) >= 2 else { return nil }
        let first = Text.sentence(sentence[..<range.lowerBound])
        guard context.grammar.isComplete(first) else { return nil }
        return [first, Text.sentence("This is followed by " + rest)]
    }

    /// `rest` with each participle after "and"/"or" turned into a finite verb like the first one.
    static func inflectingParticiples(in rest: String, plural: Bool, _ context: RuleContext) -> String {
        var text = rest
        let tokens = Text.tokens(rest)
        for (index, token) in tokens.enumerated().reversed() where index > 0 {
            // An adverb may stand between ("and then recurring").
            let joined =
                ["and", "or"].contains(tokens[index - 1].lower)
                || index > 1 && ["and", "or"].contains(tokens[index - 2].lower)
                    && context.grammar.adverbs.contains(tokens[index - 1].lower)
            guard joined, token.lower.hasSuffix("ing"),
                let base = context.lexicon.baseForms(of: token.lower).dropFirst().first(where: {
                    context.lexicon.verbLemmas.contains($0) && !$0.hasSuffix("ing")
                })
            else { continue }
            text.replaceSubrange(token.range, with: plural ? base : context.lexicon.inflect(base, as: .s))
        }
        return text
    }

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        if let split = followedBy(sentence, context) { return split }
        let tokens = Text.tokens(sentence)
        let excluded = context.data.words("notParticiples")
        for (index, token) in tokens.enumerated() where index > 2 {
            let word = token.lower
            // An adverb or hedge may stand before the participle (", often worsening with …"); it
            // goes with it into the new sentence.
            var adverb = ""
            var commaBefore = sentence[..<token.range.lowerBound].hasSuffix(", ")
            var droppedAdverb = false
            if !commaBefore, index > 1, sentence[..<tokens[index - 1].range.lowerBound].hasSuffix(", ") {
                let previous = tokens[index - 1].lower
                if context.grammar.adverbs.contains(previous) || context.data.words("hedges").contains(previous) {
                    adverb = tokens[index - 1].text.lowercased() + " "
                    commaBefore = true
                } else if Self.resultAdverbs.contains(previous) {
                    // ", thereby making …" → ". This makes …": "This" already carries the result.
                    commaBefore = true
                    droppedAdverb = true
                }
            }
            guard word.hasSuffix("ing"), !excluded.contains(word), commaBefore else { continue }
            // "… swelling, bruising or deformity": an "-ing" noun before "or"/"and" is an item of a series.
            if index + 1 < tokens.count, ["or", "and"].contains(tokens[index + 1].lower) { continue }
            // "communication, learning, and social development": an "-ing" word with a comma right
            // after it is an item of a series.
            if sentence[token.range.upperBound...].hasPrefix(",") { continue }
            let phraseStart =
                adverb.isEmpty && !droppedAdverb ? token.range.lowerBound : tokens[index - 1].range.lowerBound
            // The base that shares most of the word ("increasing" → "increase", not "crease").
            guard
                let base = context.lexicon.baseForms(of: word).dropFirst().filter({
                    context.lexicon.verbLemmas.contains($0) && !$0.hasSuffix("ing")
                }).max(by: { $0.commonPrefix(with: word).count < $1.commonPrefix(with: word).count })
            else { continue }
            let rest = sentence[token.range.upperBound...]
            // Only a phrase that runs to the end of the sentence: one with more "-ing" phrases after
            // its commas is a list ("…, reducing A, improving B, and …"); a short series of nouns
            // ("with activity, stress, or fatigue") belongs to the phrase.
            let pieces = rest.components(separatedBy: ", ")
            if pieces.count > 1 {
                guard let last = pieces.last, last.hasPrefix("and ") || last.hasPrefix("or "),
                    pieces.dropFirst().allSatisfy({ piece in
                        Text.wordCount(piece) <= 4 && !Text.words(piece).contains(where: { $0.hasSuffix("ing") })
                    })
                else { continue }
            }
            // "move in repetitive, jerking motions": after an adjective the "-ing" word is another
            // adjective of the same noun, not a participle phrase.
            // ("medical management, achieving …": a noun such as "management" is no adjective.)
            // "a harsh, barking cough": after "a"/"the" and one word, the "-ing" word is an adjective too.
            if index >= 2, ["a", "an", "the"].contains(tokens[index - 2].lower),
                !context.lexicon.nounLemmas.contains(tokens[index - 1].lower)
            {
                continue
            }
            let previous = tokens[index - 1].lower
            if context.data.words("adjectiveEndings").contains(where: previous.hasSuffix),
                !context.lexicon.nounLemmas.contains(previous)
            {
                continue
            }
            let first = Text.sentence(sentence[..<sentence.index(phraseStart, offsetBy: -2)])
            // "Discharge can be removed with a cloth, wiping from the inner corner …": after a passive
            // clause, an action ("wiping") is done by the unnamed person, so "This wipes" is wrong;
            // only a result ("reducing", "allowing", `resultParticiples`) is said of the whole clause.
            if Self.isPassive(Text.words(first), context),
                !context.data.words("resultParticiples").contains(word)
            {
                continue
            }
            // "They also include long feeds, sometimes lasting …": the phrase describes the item (unless
            // a clause of its own comes in between: "… include jaundice that develops …, allowing …").
            let firstWords = Text.words(first)
            if firstWords.contains(where: context.data.words("seriesVerbs").contains),
                !firstWords.contains(where: {
                    Grammar.relativeWords.contains($0) || context.grammar.subordinators.contains($0)
                })
            {
                continue
            }
            // After "X is/are …" the phrase describes X, so it restarts with "It"/"They" ("Febrile
            // seizures are common, affecting …" → "They affect …"); otherwise it tells what the whole
            // clause does ("This reduces spasms").
            // A predicate that is a state ("is weak in babies, allowing …") is what "This" means.
            let words = Text.words(first)
            // The main clause's own copula: one inside a "which" clause does not count.
            // (With a clause in the sentence the phrase may describe the clause's noun: "This …".)
            let hasClause = words.contains(where: { Grammar.relativeWords.contains($0) })
            let copulaIndex =
                hasClause ? nil : words.firstIndex(where: { ["is", "are", "was", "were"].contains($0) })
            let copula = copulaIndex.flatMap { index in
                index + 1 < words.count && Self.nounPredicateStarts.contains(words[index + 1]) ? words[index] : nil
            }
            // "These signs may come and go, often worsening …", "Some children make progress,
            // achieving …": the phrase says what the plural subject does.
            let pluralOpeners: Set<String> = ["these", "those", "some", "most", "many", "others"]
            // ("These also include A, which …, allowing …" is about the clause: "This allows …".)
            let secondIsNoun =
                words.count > 1
                && context.lexicon.baseForms(of: words[1]).contains(where: context.lexicon.nounLemmas.contains)
                && !context.grammar.adverbs.contains(words[1])
            // A plural noun subject with its verb right after it ("Signs are often worse …") too.
            let pluralSubject =
                words.count > 1 && context.lexicon.looksPlural(words[0])
                && context.lexicon.baseForms(of: words[0]).contains(where: {
                    $0 != words[0] && context.lexicon.nounLemmas.contains($0)
                })
                && (context.grammar.auxiliaries.contains(words[1]) || context.data.words("modals").contains(words[1]))
                // (Advice to people, "Parents should brush …, increasing to …", is about the thing done.)
                && !["should", "must", "can", "could"].contains(words[1])
            let pointsBackToPlural =
                pluralOpeners.contains(words.first ?? "") && secondIsNoun || pluralSubject
                || (context.grammar.subjects.contains(words.first ?? "")
                    && !context.grammar.adverbs.contains(words.first ?? "")
                    && words.first.map { $0.hasSuffix("s") || $0.hasSuffix("en") } == true)
            let plural = copula == "are" || copula == "were" || pointsBackToPlural
            // "…, meaning that …" explains the whole clause: always "This means".
            let subject =
                (copula == nil && !pointsBackToPlural) || word == "meaning" ? "This " : plural ? "They " : "It "
            // "This" says the clause brings a result about; any other "-ing" phrase ("…, often adapting
            // to their limits", "…, learning difficulties, …") is said of someone in the clause, and
            // "This adapts …" would point to nothing.
            if subject == "This ", !context.data.words("resultParticiples").contains(word) { continue }
            let verb = plural && word != "meaning" ? base : context.lexicon.inflect(base, as: .s)
            // "… achieving A and taking part in B": every participle of the phrase takes the same form.
            let second = Text.sentence(
                subject + adverb + verb + Self.inflectingParticiples(in: String(rest), plural: plural, context))
            guard context.grammar.isComplete(first) else { continue }
            return [first, second]
        }
        return nil
    }

    /// Whether `words` hold a passive verb group ("can be removed", "is given", "are often done").
    static func isPassive(_ words: [String], _ context: RuleContext) -> Bool {
        let be: Set<String> = ["be", "is", "are", "was", "were", "been", "being"]
        for (index, word) in words.enumerated() where be.contains(word) {
            var next = index + 1
            while next < words.count, words[next].hasSuffix("ly") || context.grammar.adverbs.contains(words[next]) {
                next += 1
            }
            guard next < words.count else { continue }
            let participle = words[next]
            if participle.hasSuffix("ed") || participle.hasSuffix("en"), context.lexicon.isVerbForm(participle) {
                return true
            }
            if context.lexicon.irregularParticiple.values.contains(participle) { return true }
        }
        return false
    }
}
