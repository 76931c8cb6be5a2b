/// Moves a long opening phrase of a long sentence behind the main clause, as a sentence of its
/// own that keeps the phrase's preposition: "For children with severe dystonia, deep brain
/// stimulation may be an option later." → "Deep brain stimulation may be an option later. This is
/// for children with severe dystonia." Prepositions and restating words are in `split-joints.yml`
/// (`phrases`). Short phrases ("In reality,", "For example,") stay where they are.
struct MoveIntroductoryPhrases: SentenceRule {
    static let name = "MoveIntroductoryPhrases"
    static let minPhraseWords = 4
    /// How many words over the level's sentence limit the main clause may have and still not be split.
    static let maxExtraMainWords = 6

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        // A list's lead-in ("In addition to fever, children develop the following:") stays whole.
        guard Text.wordCount(sentence) > context.maxSentenceWords, !sentence.hasSuffix(":") else { return nil }
        let grammar = context.grammar
        let tokens = Text.tokens(sentence)
        guard let opener = tokens.first?.lower,
            let phrase = context.data.introductoryPhrases.first(where: { $0.marker == opener })
        else { return nil }
        var search = tokens[0].range.upperBound
        // The phrase ends at the first comma after which the main clause has its verb before any
        // further comma ("For children with severe, hard-to-treat dystonia, …" skips the inner comma).
        while let comma = sentence[search...].firstIndex(of: ",") {
            search = sentence.index(after: comma)
            let phraseText = String(sentence[tokens[0].range.lowerBound..<comma])
            let rest = sentence[search...]
            let segment = String(rest[..<(rest.firstIndex(of: ",") ?? rest.endIndex)])
            let main = Text.sentence(String(rest).trimmingWhitespace())
            // A phrase with a verb of its own is a clause ("In infants, this muscle is immature, …"):
            // the phrase ended at an earlier comma and was too short to move.
            guard !grammar.hasFiniteVerb(phraseText) else { return nil }
            // A hedge ("In most cases, …") qualifies the whole sentence where it stands: "This is
            // true in most cases" after it would read as an afterthought.
            // (A quantifying hedge: "most", "some", "many" …, in both `hedges` and `quantifiers`.)
            let hedges = context.data.words("hedges").intersection(context.data.words("quantifiers"))
            if Text.words(phraseText).contains(where: hedges.contains) { return nil }
            // "In more than 90 percent of cases, …" is a hedge made of numbers.
            if phraseText.contains(where: \.isNumber)
                || Text.words(phraseText).contains(where: { ["cases", "percent"].contains($0) })
            {
                return nil
            }
            // "In hospitals …, current guidance, including that of …, favors …": a piece that opens an
            // example or a new noun phrase means the subject has begun inside the "phrase".
            let inner = phraseText.components(separatedBy: ", ").dropFirst()
            let examples = Set(context.data.inclusionMarkers.map(\.marker)).union(["including", "such", "like"])
            if inner.contains(where: { piece in
                let first = Text.words(piece).first ?? ""
                return examples.contains(first) || UsePlainNameAfterFirstMention.determiners.contains(first)
            }) {
                return nil
            }
            guard Text.wordCount(phraseText) >= Self.minPhraseWords, let first = Text.words(main).first,
                !grammar.danglingStarts.contains(first), grammar.hasFiniteVerb(segment), grammar.isComplete(main)
            else { continue }
            // A main clause that later rules would split further would leave "This is true in …" after
            // only its last part: such a sentence keeps its phrase in front.
            // (A main clause with a joint of its own, ", so …", ", and the …", is split further too.)
            let joints = [", so ", ", but ", ", which ", ", while ", " because "]
            let andClause = Text.occurrences(of: "and", in: main).contains { range in
                main[..<range.lowerBound].hasSuffix(", ")
                    && Text.words(String(main[range.upperBound...])).first.map(grammar.clauseStarts.contains) == true
            }
            guard Text.wordCount(main) <= context.maxSentenceWords + Self.maxExtraMainWords,
                !joints.contains(where: { main.contains($0) }), !andClause,
                !RuleCatalog.splitsFurther(main, context)
            else { continue }
            let restated = Text.sentence(phrase.lead + " " + context.decapitalized(phraseText))
            return [main, restated]
        }
        return nil
    }
}
