/// Splits a list of three or more verb phrases after "to" into one sentence each, repeating the
/// verb: "Treatment aims to improve A, support B, and prevent C." → "Treatment aims to improve A.
/// It also aims to support B. It also aims to prevent C." Every item must start with a WordNet
/// verb, so a list of nouns ("to lengthen A, positioning methods …") is left alone.
struct SplitCoordinatedVerbPhrases: SentenceRule {
    static let name = "SplitCoordinatedVerbPhrases"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let tokens = Text.tokens(sentence)
        let lexicon = context.lexicon
        for (index, token) in tokens.enumerated() where token.lower == "to" && index > 1 && index + 1 < tokens.count {
            let verb = tokens[index - 1].lower
            guard lexicon.isVerbForm(verb), lexicon.verbLemmas.contains(tokens[index + 1].lower) else { continue }
            let body = Text.body(String(sentence[tokens[index + 1].range.lowerBound...]))
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
            let head = String(sentence[..<tokens[index + 1].range.lowerBound])
            var out = [Text.sentence(head + items[0])]
            for item in items.dropFirst() {
                out.append(Text.sentence("\(pronoun) \(joiner) \(verb) to \(item)"))
            }
            guard out.allSatisfy(context.grammar.isComplete) else { continue }
            return out
        }
        return nil
    }
}
