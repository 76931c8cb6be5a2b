/// Splits a non-restrictive relative clause at the end of a sentence into its own sentence:
/// "… the basal ganglia, which are deep brain structures." → "… the basal ganglia. They are deep
/// brain structures." The new subject comes from `split-joints.yml` (`relativePronouns`), chosen
/// by whether the verb after "which"/"who" is plural, singular or a modal.
struct SplitRelativeClauses: SentenceRule {
    static let name = "SplitRelativeClauses"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let data = context.data
        for pronoun in ["which", "who"] {
            guard
                let range = Text.occurrences(of: pronoun, in: sentence).first(where: { found in
                    sentence[..<found.lowerBound].hasSuffix(", ")
                })
            else { continue }
            let clause = String(sentence[range.upperBound...]).trimmingWhitespace()
            guard let verb = Text.words(clause).first else { continue }
            let kind: String
            if data.words("pluralVerbs").contains(verb) {
                kind = "plural"
            } else if data.words("modals").contains(verb) {
                kind = "modal"
            } else if data.words("singularVerbs").contains(verb) || (verb.hasSuffix("s") && pronoun == "which") {
                kind = pronoun == "which" ? "singular" : ""
            } else {
                kind = ""
            }
            guard let subject = data.relativePronouns[pronoun + "-" + kind] ?? data.relativePronouns[kind],
                !kind.isEmpty
            else { continue }
            let main = Text.sentence(sentence[..<range.lowerBound])
            let second = Text.sentence(subject + " " + clause)
            return [main, second]
        }
        return nil
    }
}
