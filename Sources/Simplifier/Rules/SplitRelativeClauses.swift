/// Splits a non-restrictive relative clause at the end of a sentence into its own sentence:
/// "… the basal ganglia, which are deep brain structures." → "… the basal ganglia. They are deep
/// brain structures." The new subject comes from `split-joints.yml` (`relativePronouns`), chosen
/// by whether the verb after "which"/"who" is plural, singular or a modal.
struct SplitRelativeClauses: SentenceRule {
    static let name = "SplitRelativeClauses"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        if let split = embedded(sentence, context) { return split }
        let data = context.data
        for pronoun in ["which", "who"] {
            guard
                let range = Text.occurrences(of: pronoun, in: sentence).first(where: { found in
                    sentence[..<found.lowerBound].hasSuffix(", ")
                })
            else { continue }
            let clause = String(sentence[range.upperBound...]).trimmingWhitespace()
            // "… constipation, stomach upset, and dark stools, which are harmless": after a series the
            // clause may describe only its last item, and "They" would take in all of them.
            let beforeClause = sentence[..<range.lowerBound].dropLast(2)
            if let lastPiece = beforeClause.components(separatedBy: ", ").dropFirst().last,
                lastPiece.hasPrefix("and ") || lastPiece.hasPrefix("or ")
            {
                continue
            }
            // An adverb may come before the verb ("which usually appears").
            guard
                let verb = Text.words(clause).first(where: {
                    !$0.hasSuffix("ly") && !context.grammar.adverbs.contains($0)
                })
            else { continue }
            // "Tight swaddling, which was common, also raises the risk": the main clause goes on after
            // the relative clause, which is then not at the end.
            if SplitRelativeClausesAfterObjects.mainClauseResumes(in: clause, context) { continue }
            let kind: String
            if data.words("pluralVerbs").contains(verb) {
                kind = "plural"
            } else if data.words("modals").contains(verb) {
                kind = "modal"
            } else if data.words("singularVerbs").contains(verb)
                // "which causes …", not "which physicians describe …" (there "which" is the object).
                || (verb.hasSuffix("s") && pronoun == "which" && context.lexicon.isVerbForm(verb))
            {
                kind = pronoun == "which" ? "singular" : ""
            } else {
                kind = ""
            }
            if pronoun == "which", let split = objectClause(sentence, at: range, context) { return split }
            guard let subject = data.relativePronouns[pronoun + "-" + kind] ?? data.relativePronouns[kind],
                !kind.isEmpty
            else { continue }
            let main = Text.sentence(sentence[..<range.lowerBound])
            let second = Text.sentence(subject + " " + clause)
            return [main, second]
        }
        return nil
    }

    /// Words that may follow the verb of a clause whose object is "which".
    static let objectGapWords: Set<String> = ["as", "to", "for", "in", "on", "with", "at", "by", "from", "about"]

    /// ", which physicians describe as the atopic march." → ". Physicians describe this as the atopic
    /// march.": "which" is the object of its clause, so the clause's own subject opens the sentence
    /// and "this" (or "them" after a plural) takes the place of "which".
    private func objectClause(
        _ sentence: String, at range: Range<String.Index>, _ context: RuleContext
    ) -> [String]? {
        let clauseTokens = Text.tokens(String(sentence[range.upperBound...]))
        let before = Text.tokens(String(sentence[..<range.lowerBound]))
        guard clauseTokens.count >= 3, let antecedent = before.last?.lower else { return nil }
        let subject = clauseTokens[0].lower
        let verb = clauseTokens[1].lower
        let lexicon = context.lexicon
        let pluralNoun =
            subject.hasSuffix("s") && !subject.hasSuffix("ss") && !lexicon.isVerbForm(subject)
            && lexicon.baseForms(of: subject).contains(where: lexicon.nounLemmas.contains)
        guard context.grammar.subjects.contains(subject) && !context.grammar.adverbs.contains(subject) || pluralNoun,
            lexicon.verbLemmas.contains(verb), !context.grammar.auxiliaries.contains(verb)
        else { return nil }
        // The clause lacks the verb's object ("which physicians describe as …"); with an object after
        // the verb "which" asks a question ("explains how it starts, which symptoms need care and …").
        let afterVerbWord = clauseTokens.count > 2 ? clauseTokens[2].lower : ""
        guard Self.objectGapWords.contains(afterVerbWord) else { return nil }
        let clause = String(sentence[range.upperBound...]).trimmingWhitespace()
        let afterVerb = clause[Text.tokens(clause)[1].range.upperBound...]
        let object = antecedent.hasSuffix("s") && !antecedent.hasSuffix("ss") ? "them" : "this"
        let second = Text.sentence(
            Text.capitalized(String(clause[..<Text.tokens(clause)[1].range.upperBound])) + " " + object + afterVerb)
        let main = Text.sentence(sentence[..<range.lowerBound])
        guard context.grammar.isComplete(main), context.grammar.isComplete(second) else { return nil }
        return [main, second]
    }

    /// A clause inside the subject: "The prison, which is in the west of town, was built in 1910." →
    /// "The prison is in the west of town. It was built in 1910." The part before "which"/"who" must
    /// be a subject only (no verb), and the part after the clause must start with its verb.
    private func embedded(_ sentence: String, _ context: RuleContext) -> [String]? {
        let grammar = context.grammar
        for pronoun in ["which", "who"] {
            guard
                let range = Text.occurrences(of: pronoun, in: sentence).first(where: { found in
                    sentence[..<found.lowerBound].hasSuffix(", ")
                })
            else { continue }
            let subject = String(sentence[..<sentence.index(range.lowerBound, offsetBy: -2)]).trimmingWhitespace()
            let subjectWords = Text.words(subject)
            guard (1...8).contains(subjectWords.count), !subject.contains(","),
                !grammar.hasFiniteVerb(subject + "."),
                let comma = sentence[range.upperBound...].firstIndex(of: ",")
            else { continue }
            let clause = String(sentence[range.upperBound..<comma]).trimmingWhitespace()
            let rest = String(sentence[sentence.index(after: comma)...]).trimmingWhitespace()
            guard let verb = Text.words(rest).first, let clauseVerb = Text.words(clause).first else { continue }
            let singular =
                context.data.words("singularVerbs").contains(verb)
                || (verb.hasSuffix("s") && !verb.hasSuffix("ss") && context.lexicon.isVerbForm(verb))
            // A base-form verb after a plural subject ("Simple seizures, which …, last less than …").
            let pluralSubject = subjectWords.last.map { $0.hasSuffix("s") && !$0.hasSuffix("ss") } ?? false
            let plural =
                context.data.words("pluralVerbs").contains(verb)
                || (context.lexicon.verbLemmas.contains(verb) && context.data.words("pluralVerbs").contains(clauseVerb))
                || (context.lexicon.verbLemmas.contains(verb) && pluralSubject && !verb.hasSuffix("s"))
            let isVerb =
                grammar.auxiliaries.contains(verb) || singular || plural
                || (verb.hasSuffix("ed") && context.lexicon.isVerbForm(verb))
            guard isVerb, grammar.auxiliaries.contains(clauseVerb) || context.lexicon.isVerbForm(clauseVerb) else {
                continue
            }
            // "who" clauses repeat the subject (a person's pronoun is unknown); "which" clauses use It/They.
            let restart: String
            if pronoun == "who" {
                restart = Text.decapitalized(subject)
            } else if singular {
                restart = "it"
            } else if plural {
                restart = "they"
            } else {
                restart = Text.decapitalized(subject)
            }
            let first = Text.sentence(subject + " " + clause)
            let second = Text.sentence(Text.capitalized(restart) + " " + rest)
            guard grammar.isComplete(first), grammar.isComplete(second) else { continue }
            return [first, second]
        }
        return nil
    }
}
