/// Splits "A; B." into "A. B." when both halves are complete sentences (a semicolon before a list
/// fragment stays).
struct SplitAtSemicolons: SentenceRule {
    static let name = "SplitAtSemicolons"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        guard let semicolon = sentence.firstIndex(of: ";") else { return nil }
        let first = Text.sentence(sentence[..<semicolon])
        let second = Text.sentence(sentence[sentence.index(after: semicolon)...])
        guard context.grammar.isComplete(first), context.grammar.isComplete(second) else { return nil }
        return [first, second]
    }
}
