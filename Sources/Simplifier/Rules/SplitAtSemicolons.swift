/// Splits "A; B." into "A. B." when both halves are complete sentences (a semicolon before a list
/// fragment stays). A colon before a full clause that opens like a sentence ("… are called happy
/// spitters: they feed well …") is split the same way; a colon before a list stays.
struct SplitAtSemicolons: SentenceRule {
    static let name = "SplitAtSemicolons"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        if let semicolon = sentence.firstIndex(of: ";") {
            let first = Text.sentence(sentence[..<semicolon])
            let second = Text.sentence(sentence[sentence.index(after: semicolon)...])
            guard context.grammar.isComplete(first), context.grammar.isComplete(second) else { return nil }
            return [first, second]
        }
        guard let colon = sentence.firstIndex(of: ":") else { return nil }
        let after = String(sentence[sentence.index(after: colon)...]).trimmingWhitespace()
        // "10:30", "ratio 1:2": a colon inside a number is not a joint.
        guard after.first?.isLetter == true, let opener = Text.words(after).first,
            context.grammar.clauseStarts.contains(opener)
        else { return nil }
        let first = Text.sentence(sentence[..<colon])
        let second = Text.sentence(after)
        guard context.grammar.isComplete(first), context.grammar.isComplete(second) else { return nil }
        return [first, second]
    }
}
