/// The first time a section uses a glossary term, follows the sentence with "Term means …" in easy
/// words from `Content/simplifier/glossary.yml`. The term itself stays, so families can say it to
/// their doctor.
struct ExplainGlossaryTerms: SentenceRule {
    static let name = "ExplainGlossaryTerms"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let lower = " " + Text.words(sentence).joined(separator: " ") + " "
        var explanations: [String] = []
        for entry in context.data.glossary where !context.explainedTerms.contains(entry.term) {
            guard let form = entry.allForms.first(where: { lower.contains(" " + Text.words($0).joined(separator: " ") + " ") })
            else { continue }
            context.explainedTerms.insert(entry.term)
            // A sentence that already explains the term ("X means …") needs no second explanation.
            if lower.hasPrefix(" " + Text.words(form).joined(separator: " ") + " means ") { continue }
            let shown = Text.occurrences(of: form, in: sentence).first.map { String(sentence[$0]) } ?? form
            explanations.append(Text.sentence(Text.capitalized(Text.decapitalized(shown)) + " means " + entry.definition))
        }
        return explanations.isEmpty ? nil : [sentence] + explanations
    }
}
