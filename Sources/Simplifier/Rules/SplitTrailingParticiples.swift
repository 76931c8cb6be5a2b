/// Turns a participle phrase at the end of a sentence into its own sentence: "The toxin weakens
/// overactive muscles, reducing spasms." → "The toxin weakens overactive muscles. This reduces
/// spasms." The participle is found with the lexicon (its base must be a WordNet verb); "-ing"
/// words that are not such participles ("including", "according") are listed in
/// `word-classes.yml` (`notParticiples`).
struct SplitTrailingParticiples: SentenceRule {
    static let name = "SplitTrailingParticiples"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let tokens = Text.tokens(sentence)
        let excluded = context.data.words("notParticiples")
        for (index, token) in tokens.enumerated() where index > 2 {
            let word = token.lower
            guard word.hasSuffix("ing"), !excluded.contains(word),
                sentence[..<token.range.lowerBound].hasSuffix(", ")
            else { continue }
            guard
                let base = context.lexicon.baseForms(of: word).dropFirst().first(where: {
                    context.lexicon.verbLemmas.contains($0) && !$0.hasSuffix("ing")
                })
            else { continue }
            let rest = sentence[token.range.upperBound...]
            // Only a phrase that runs to the end of the sentence: one with more commas after it may be
            // a list item ("…, reducing A, improving B, and …").
            guard !rest.contains(",") else { continue }
            // "move in repetitive, jerking motions": after an adjective the "-ing" word is another
            // adjective of the same noun, not a participle phrase.
            if index > 0, context.data.words("adjectiveEndings").contains(where: tokens[index - 1].lower.hasSuffix) {
                continue
            }
            let first = Text.sentence(sentence[..<sentence.index(token.range.lowerBound, offsetBy: -2)])
            let second = Text.sentence("This " + context.lexicon.inflect(base, as: .s) + rest)
            guard context.grammar.isComplete(first) else { continue }
            return [first, second]
        }
        return nil
    }
}
