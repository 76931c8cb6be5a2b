/// Splits an introductory clause into its own sentence and links the two with a word that keeps
/// the relation: "While X is uncommon, knowing Y helps." → "X is uncommon. But knowing Y helps."
/// Openers and links are in `split-joints.yml` (`introductory`). Conditions ("if", "when") are not
/// listed by default: splitting them would state the condition as a fact.
struct SplitIntroductoryClauses: SentenceRule {
    static let name = "SplitIntroductoryClauses"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let words = Text.words(sentence)
        let tokens = Text.tokens(sentence)
        for joint in context.data.introductoryJoints {
            let opener = Text.words(joint.opener)
            guard Text.matches(opener, in: words, at: 0) else { continue }
            let start = tokens[opener.count - 1].range.upperBound
            var search = start
            // Try each comma from the left: the first one after which both halves are sentences.
            while let comma = sentence[search...].firstIndex(of: ",") {
                search = sentence.index(after: comma)
                let intro = Text.sentence(sentence[start..<comma])
                var main = String(sentence[search...]).trimmingWhitespace()
                if !joint.link.isEmpty { main = joint.link + " " + Text.decapitalized(main) }
                let second = Text.sentence(main)
                if context.grammar.isComplete(intro), context.grammar.isComplete(second) {
                    return [intro, second]
                }
            }
        }
        return nil
    }
}
