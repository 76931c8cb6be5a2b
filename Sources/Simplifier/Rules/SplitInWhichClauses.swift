/// Splits an "in which" clause that says what happens in a condition or a procedure into a sentence
/// of its own, opened by the thing it happens in:
/// - "Clubfoot is a common birth defect in which one or both feet are twisted inward." → "Clubfoot
///   is a common birth defect. In clubfoot, one or both feet are twisted inward."
/// - "Older children may need an open reduction, in which the surgeon repositions the bones." →
///   "Older children may need an open reduction. In an open reduction, the surgeon repositions the
///   bones."
///
/// Only these two shapes: a short subject defined by "is/are a … in which" (the subject is named
/// again), or ", in which" right after a noun phrase opened by "a"/"an" (the phrase is named again).
/// "the direction in which the eye turns" and "cases in which …" name no thing of their own.
struct SplitInWhichClauses: SentenceRule {
    static let name = "SplitInWhichClauses"
    static let maxSubjectWords = 5
    /// The most words of the noun phrase named again after ", in which" ("an oral food challenge").
    static let maxPhraseWords = 5

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        guard Text.wordCount(sentence) > context.maxSentenceWords, let marker = sentence.range(of: " in which ") else {
            return nil
        }
        let before = String(sentence[..<marker.lowerBound])
        let clause = String(sentence[marker.upperBound...]).trimmingWhitespace()
        guard let opener = defined(before, context) ?? named(before, context) else { return nil }
        // "… a hydrolyzed formula, in which the proteins are broken down, for a trial period": a last
        // piece without a verb that opens with a preposition belongs to the main clause.
        if let last = clause.components(separatedBy: ", ").dropFirst().last,
            let first = Text.words(last).first, SplitSeriesOfObjects.prepositions.contains(first),
            !context.grammar.hasFiniteVerb(Text.sentence(last))
        {
            return nil
        }
        // "… a reflex, in which the arm does not extend, as well as weak grip": a later piece that
        // opens like the next item of the main clause's series and has no verb belongs to the main
        // clause, which goes on after the "in which" clause.
        if clause.components(separatedBy: ", ").dropFirst().contains(where: { piece in
            let words = Text.words(piece)
            let continuesSeries =
                ["and", "or", "plus"].contains(words.first ?? "")
                || words.starts(with: ["as", "well", "as"]) || words.starts(with: ["along", "with"])
            return continuesSeries && !context.grammar.hasFiniteVerb(Text.sentence(piece))
        }) {
            return nil
        }
        let main = before.hasSuffix(",") ? String(before.dropLast()) : before
        let out = [Text.sentence(main), Text.sentence("In " + opener + ", " + clause)]
        guard Text.wordCount(clause) >= 3, out.allSatisfy(context.grammar.isComplete) else { return nil }
        return out
    }

    /// "Clubfoot is a common birth defect" → "clubfoot": the subject of "is/are a/an …", with no
    /// comma before "in which" and no bracket kept ("Developmental dysplasia of the hip (DDH)").
    private func defined(_ before: String, _ context: RuleContext) -> String? {
        guard !before.hasSuffix(",") else { return nil }
        let tokens = Text.tokens(before)
        guard
            let verb = tokens.firstIndex(where: { ["is", "are"].contains($0.lower) }), verb >= 1,
            verb + 1 < tokens.count, ["a", "an"].contains(tokens[verb + 1].lower)
        else { return nil }
        var subject = String(before[tokens[0].range.lowerBound..<tokens[verb - 1].range.upperBound])
        // "Vesicoureteral reflux (VUR) is …" → "In VUR, …": the short name reads best.
        let subjectWithBrackets = String(before[..<tokens[verb].range.lowerBound]).trimmingWhitespace()
        if subjectWithBrackets.hasSuffix(")"),
            let abbreviation = SplitRelativeClauses.abbreviationSubject(before: subjectWithBrackets)
        {
            return abbreviation
        }
        if let open = subject.firstIndex(of: "(") { subject = String(subject[..<open]).trimmingWhitespace() }
        let words = Text.words(subject)
        guard !subject.contains(","), !subject.contains(")"), (1...Self.maxSubjectWords).contains(words.count),
            !words.contains(where: {
                context.grammar.auxiliaries.contains($0) || Grammar.relativeWords.contains($0)
                    || UsePlainNameAfterFirstMention.determiners.contains($0)
                    || ["it", "they", "this", "these", "that", "those"].contains($0)
            })
        else { return nil }
        // The part after "is a" must be one noun phrase: no comma or clause before "in which".
        let predicate = String(before[tokens[verb + 1].range.lowerBound...])
        guard !predicate.contains(","), !Text.words(predicate).contains(where: Grammar.relativeWords.contains) else {
            return nil
        }
        return Self.lowercasedName(subject, context)
    }

    /// "… may need an open reduction," → "an open reduction": the phrase from its "a"/"an" to the
    /// comma, with no other word that ends a noun phrase in it.
    private func named(_ before: String, _ context: RuleContext) -> String? {
        guard before.hasSuffix(",") else { return nil }
        let phrase = String(before.dropLast())
        let tokens = Text.tokens(phrase)
        guard let article = tokens.lastIndex(where: { ["a", "an"].contains($0.lower) }), article + 1 < tokens.count
        else { return nil }
        let words = tokens[article...].map(\.lower)
        let stops = SplitSeriesOfObjects.prepositions.union(["and", "or", "called", "known", "named"])
        guard words.count >= 2, words.count <= Self.maxPhraseWords, !words.dropFirst().contains(where: stops.contains),
            !words.contains(where: context.grammar.auxiliaries.contains),
            !phrase[tokens[article].range.lowerBound...].contains(where: { "()\"".contains($0) })
        else { return nil }
        // "a procedure" or "a problem" alone names only the kind, which the sentence before named.
        if words.count == 2,
            MoveDefinitionToOwnSentence.headWords.union(["procedure", "problem", "method"])
                .contains(words[1])
        {
            return nil
        }
        return String(phrase[tokens[article].range.lowerBound...])
    }

    /// A name as it reads inside a sentence: "Clubfoot" → "clubfoot", but "DDH" and "Kawasaki
    /// disease" keep their capitals (the dictionary knows "clubfoot", not "kawasaki").
    static func lowercasedName(_ name: String, _ context: RuleContext) -> String {
        guard let first = Text.tokens(name).first, context.lexicon.hunspell.knows(first.lower) else { return name }
        return context.decapitalized(name)
    }
}
