/// The first time a section uses a glossary term, adds "Term means …" in easy words from
/// `Content/simplifier/glossary.yml`. The term itself stays, so families can say it to their doctor.
///
/// The explanation goes after every sentence made from the same original sentence, so that a
/// following "They are …" still follows the noun it refers to. Definitions are editor-written data,
/// so the meaning guards check the sentence, not the added definition.
struct ExplainGlossaryTerms: SentenceRule {
    static let name = "ExplainGlossaryTerms"

    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]? {
        let added = explanations(for: sentence, context: &context)
        return added.isEmpty ? nil : [sentence] + added
    }

    /// The explanations `sentence` needs, marking their terms as explained.
    /// Whether the form at `range` follows a describing word that makes it another thing:
    /// "vesicoureteral reflux" is not the "reflux" of the glossary's gastroesophageal reflux.
    static func followsAnotherModifier(_ range: Range<String.Index>, in sentence: String, _ context: RuleContext)
        -> Bool
    {
        guard let previous = Text.tokens(String(sentence[..<range.lowerBound])).last?.lower else { return false }
        // A describing word that makes a glossary term with the form ("physical therapy") is that term.
        let longer = previous + " " + sentence[range].lowercased()
        let isTerm = context.data.glossary.contains { $0.allForms.contains { $0.lowercased() == longer } }
        return context.data.words("adjectiveEndings").contains(where: {
            previous.hasSuffix($0) && previous.count > $0.count + 3
        })
            && !context.lexicon.nounLemmas.contains(previous) && !isTerm
    }

    func explanations(for sentence: String, context: inout RuleContext) -> [String] {
        var taken: [Range<String.Index>] = []
        var out: [String] = []
        // Longest forms first, so "cervical dystonia" is explained rather than "dystonia" inside it.
        // A shared form ("reflux") stands for the term only where the article names the term in full.
        let candidates = context.data.glossary.flatMap { entry in
            entry.allForms.filter { form in
                context.articleTerms.contains(entry.term) || !entry.sharedForms.contains(form)
            }.map { (entry, $0) }
        }.sorted { $0.1.count > $1.1.count }
        for (entry, form) in candidates {
            guard
                let range = Text.occurrences(of: form, in: sentence).first(where: { found in
                    !taken.contains { $0.overlaps(found) } && !Self.followsAnotherModifier(found, in: sentence, context)
                })
            else { continue }
            taken.append(range)
            guard !context.explainedTerms.contains(entry.term) else { continue }
            context.explainedTerms.insert(entry.term)
            // A term inside this one ("dystonia" in "cervical dystonia") counts as explained too, so
            // the section does not explain a term and its sub-term back to back.
            for other in context.data.glossary where other.term != entry.term {
                if other.allForms.contains(where: { !Text.occurrences(of: $0, in: form).isEmpty }) {
                    context.explainedTerms.insert(other.term)
                }
            }
            // A sentence that already explains the term ("X means …") needs no second explanation.
            let start = Text.words(sentence).prefix(Text.words(form).count + 1).joined(separator: " ")
            if start == Text.words(form).joined(separator: " ") + " means" { continue }
            // The term's own name, unless the text used an abbreviation ("MRI"), which is what families will hear.
            let found = String(sentence[range])
            let isAbbreviation = found.count > 1 && found.allSatisfy { $0.isUppercase || $0.isNumber }
            let shown = Text.capitalized(isAbbreviation ? found : entry.term)
            out.append(Text.sentence(shown + " means " + entry.definition))
        }
        return out
    }
}
