/// Moves an emphasis phrase into its own sentence: "Therapy is the main treatment, especially for
/// mild cases." → "Therapy is the main treatment. This is most true for mild cases." A phrase in
/// the middle of a sentence (", especially when X, …") is taken out and follows the sentence.
/// Markers and leads are in `split-joints.yml` (`emphasis`).
struct SplitEmphasisPhrases: SentenceRule {
    static let name = "SplitEmphasisPhrases"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let openers = context.data.words("phraseOpeners")
        for marker in context.data.emphasisMarkers {
            for range in Text.occurrences(of: marker.marker, in: sentence)
            where sentence[..<range.lowerBound].hasSuffix(", ") {
                let before = sentence[..<sentence.index(range.lowerBound, offsetBy: -2)]
                let tail = sentence[range.upperBound...]
                let phrase: Substring
                var main = String(before)
                if let comma = Self.phraseEnd(in: tail, context) {
                    // A phrase inside the sentence ends at the next comma; the rest of the sentence stays.
                    phrase = tail[..<comma]
                    let rest = String(tail[comma...].dropFirst()).trimmingWhitespace()
                    // The rest must go on with the sentence ("…, can help"), not with a list inside the
                    // phrase ("…, forceps, or vacuum extraction, can …").
                    guard let next = Text.words(rest).first else { continue }
                    // "…, brings emotional, practical, and …": the sentence's own finite verb.
                    let finiteVerb =
                        (next.hasSuffix("s") && !next.hasSuffix("ss") || next.hasSuffix("ed"))
                        && context.lexicon.isVerbForm(next)
                        && !context.lexicon.baseForms(of: next).contains(where: context.lexicon.nounLemmas.contains)
                    guard
                        context.grammar.auxiliaries.contains(next) || finiteVerb
                            || context.grammar.isComplete(Text.sentence(rest))
                    else { continue }
                    // A short piece before the next comma is the rest of a list ("forceps, or …").
                    if !finiteVerb, !context.grammar.auxiliaries.contains(next),
                        let nextComma = rest.firstIndex(of: ","),
                        Text.wordCount(String(rest[..<nextComma])) <= 3
                    {
                        continue
                    }
                    // "For children with X, particularly Y, Z may …" keeps its comma before Z.
                    // "Children with X, especially Y, often face …" goes on with its verb: no comma.
                    let goesOn =
                        context.grammar.auxiliaries.contains(next) || next.hasSuffix("ly")
                        || context.grammar.adverbs.contains(next)
                        || context.data.words("hedges").contains(next)
                        || context.lexicon.isVerbForm(next)
                            && !context.lexicon.nounLemmas.contains(next)
                    main += (goesOn ? " " : ", ") + rest
                } else {
                    phrase = tail
                }
                let words = Text.words(String(phrase))
                guard let first = words.first, words.count >= 1 else { continue }
                // "… eczema, particularly when it begins early, …": on its own, "it" could mean anything
                // named last, so it becomes the noun before the phrase ("when the eczema begins early").
                // "… than thinner lotions" compares with the emphasized thing, so that sentence stays.
                if words.contains(where: { ["them", "its", "their"].contains($0) }) || Text.words(main).contains("than")
                {
                    continue
                }
                var phraseText = String(phrase)
                if let pronoun = Text.tokens(phraseText).first(where: { ["it", "they"].contains($0.lower) }) {
                    // The noun must agree with the pronoun ("parents, especially when it …" is no match).
                    let nounText = Text.tokens(String(before)).last?.lower ?? ""
                    let nounIsPlural = context.lexicon.looksPlural(nounText)
                    guard nounIsPlural == (pronoun.lower == "they") else { continue }
                    // "red, swollen, or tender, especially if … it": the word before is a list of
                    // describing words, not the noun "it" means.
                    let lastPiece = String(before).components(separatedBy: ", ").last ?? ""
                    if lastPiece.hasPrefix("or ") || lastPiece.hasPrefix("and ") { continue }
                    guard let noun = Text.tokens(String(before)).last,
                        // (A medical noun may be missing from WordNet: any word that is no verb will do.)
                        context.lexicon.baseForms(of: noun.lower).contains(where: context.lexicon.nounLemmas.contains)
                            || !context.lexicon.isVerbForm(noun.lower),
                        !context.grammar.nonSubjects.contains(noun.lower), !noun.lower.hasSuffix("ly")
                    else { continue }
                    phraseText.replaceSubrange(pronoun.range, with: "the " + noun.text)
                }
                // "particularly overnight": one word that is no noun takes no "for".
                let loneNonNoun =
                    words.count == 1
                    && !context.lexicon.baseForms(of: first).contains(where: context.lexicon.nounLemmas.contains)
                let lead = openers.contains(first) || loneNonNoun ? marker.lead : marker.lead + " for"
                let first1 = Text.sentence(main)
                // A main clause that later rules split ("…, while the evidence …") would leave the
                // emphasis after its last part only.
                if [", while ", ", but ", ", which ", ", so ", " because "].contains(where: { main.contains($0) }) {
                    continue
                }
                let second = Text.sentence(lead + " " + Text.body(phraseText).trimmingWhitespace())
                guard context.grammar.isComplete(first1) else { continue }
                return [first1, second]
            }
        }
        return nil
    }

    /// The comma that ends a phrase inside the sentence: the first one, or a later one when the
    /// phrase holds a list ("especially those involving traction, forceps, or vacuum extraction,
    /// can …") and the sentence goes on there with an auxiliary or a verb in "-s"/"-ed".
    static func phraseEnd(in tail: Substring, _ context: RuleContext) -> String.Index? {
        guard let first = tail.firstIndex(of: ",") else { return nil }
        var search = tail.index(after: first)
        while let comma = tail[search...].firstIndex(of: ",") {
            search = tail.index(after: comma)
            let piece = tail[tail.startIndex..<comma]
            guard let lastWords = Text.words(String(piece.split(separator: ",").last ?? "")).first,
                ["and", "or"].contains(lastWords)
            else { continue }
            guard let next = Text.words(String(tail[search...])).first else { break }
            if context.grammar.auxiliaries.contains(next) || context.grammar.isClearVerbForm(next) { return comma }
        }
        return first
    }
}
