/// Splits a sentence longer than the level's `maxSentenceWords` at a clause joint (", and",
/// ", but", ", while" … from `split-joints.yml`), choosing the joint closest to the middle where
/// both halves are complete sentences. Repeated by the engine until every part fits or no joint works.
struct SplitLongSentences: SentenceRule {
    static let name = "SplitLongSentences"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let total = Text.wordCount(sentence)
        guard total > context.maxSentenceWords else { return nil }
        var best: (score: Int, parts: [String])?
        for joint in context.data.clauseJoints {
            for range in Text.occurrences(of: joint.joint, in: sentence) {
                // "because" opens a clause with or without a comma ("… is key because it guides …").
                guard
                    sentence[..<range.lowerBound].hasSuffix(", ") || sentence[..<range.lowerBound].hasSuffix("; ")
                        || context.data.words("clauseOpenersWithoutComma").contains(joint.joint)
                else { continue }
                let first = Text.sentence(sentence[..<range.lowerBound])
                var rest = String(sentence[range.upperBound...]).trimmingWhitespace()
                if !joint.link.isEmpty { rest = joint.link + " " + Text.decapitalized(rest) }
                let second = Text.sentence(rest)
                guard context.grammar.isComplete(first), context.grammar.isComplete(second) else { continue }
                // After a bare ", and" the rest must open like a clause ("the", "they", "this" …), not
                // like the last item of a list ("motor development at well-child visits").
                // A noun subject with its verb close behind ("episodes often peak …") opens a clause too.
                if joint.link.isEmpty, let opener = Text.words(rest).first,
                    !context.grammar.clauseStarts.contains(opener),
                    !context.grammar.hasFiniteVerb(Text.words(rest).prefix(4).joined(separator: " "))
                {
                    continue
                }
                // ", and" after "A, B" closes a list ("lose consciousness, stiffen, and begin jerking"):
                // the part before has no verb of its own after its last comma.
                if joint.link.isEmpty || joint.joint == "or", let lastComma = first.lastIndex(of: ","),
                    !context.grammar.hasFiniteVerb(String(first[first.index(after: lastComma)...]))
                {
                    continue
                }
                let score = abs(Text.wordCount(first) - Text.wordCount(second))
                if best == nil || score < best!.score { best = (score, [first, second]) }
            }
        }
        return best?.parts
    }
}
