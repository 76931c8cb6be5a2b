/// Splits a list of three or more verb phrases after "to", or after "help someone", into one
/// sentence each, repeating the verb: "Treatment aims to improve A, support B, and prevent C." →
/// "Treatment aims to improve A. It also aims to support B. It also aims to prevent C."; "Support
/// helps families find A, learn B, and give C." → "Support helps families find A. It also helps
/// families learn B. …". Every item must start with a WordNet verb, so a list of nouns ("to
/// lengthen A, positioning methods …") is left alone. Verbs followed by a bare verb ("help", "let")
/// are `bareInfinitiveVerbs` in `word-classes.yml`.
struct SplitCoordinatedVerbPhrases: SentenceRule {
    static let name = "SplitCoordinatedVerbPhrases"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let tokens = Text.tokens(sentence)
        let lexicon = context.lexicon
        let bare = context.data.words("bareInfinitiveVerbs")
        for (index, token) in tokens.enumerated() where index > 0 && index + 1 < tokens.count {
            // The verb that governs the list, the words repeated before each item, and where the first item starts.
            let verb: String
            let repeated: String
            let itemStart: Int
            if token.lower == "to", index > 1 {
                verb = tokens[index - 1].lower
                guard lexicon.isVerbForm(verb) else { continue }
                repeated = "\(verb) to"
                itemStart = index + 1
            } else if bare.contains(token.lower) {
                // "helps families find …": one to three object words, then the first verb.
                guard
                    let start = (index + 2...min(index + 4, tokens.count - 1)).first(where: {
                        lexicon.verbLemmas.contains(tokens[$0].lower)
                            && !context.grammar.nonSubjects.contains(tokens[$0 - 1].lower)
                    })
                else { continue }
                let object = tokens[(index + 1)..<start]
                guard
                    object.allSatisfy({
                        !lexicon.verbLemmas.contains($0.lower) || lexicon.nounLemmas.contains($0.lower)
                    })
                else { continue }
                verb = token.lower
                repeated = String(sentence[token.range.lowerBound..<tokens[start - 1].range.upperBound])
                itemStart = start
            } else {
                continue
            }
            guard lexicon.verbLemmas.contains(tokens[itemStart].lower) else { continue }
            let body = Text.body(String(sentence[tokens[itemStart].range.lowerBound...]))
            var items = body.components(separatedBy: ", ").map { $0.trimmingWhitespace() }
            guard items.count >= 3 else { continue }
            // The last item may start with "and"/"or" (", and prevent C").
            var joiner = "also"
            for link in ["and ", "or "] where items[items.count - 1].hasPrefix(link) {
                items[items.count - 1] = String(items[items.count - 1].dropFirst(link.count))
                if link == "or " { joiner = "may also" }
            }
            guard joiner == "also",
                items.allSatisfy({ Text.words($0).first.map(lexicon.verbLemmas.contains) ?? false })
            else { continue }
            let pronoun = verb.hasSuffix("s") && !verb.hasSuffix("ss") ? "It" : "They"
            let head = String(sentence[..<tokens[itemStart].range.lowerBound])
            var out = [Text.sentence(head + items[0])]
            for item in items.dropFirst() {
                out.append(Text.sentence("\(pronoun) \(joiner) \(context.decapitalized(repeated)) \(item)"))
            }
            guard out.allSatisfy(context.grammar.isComplete) else { continue }
            return out
        }
        return nil
    }
}
