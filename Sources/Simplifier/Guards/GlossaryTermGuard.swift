/// Every glossary term of the original is still named, so that families can say it to their
/// doctor and find it elsewhere. A term the section has already named may be replaced by its
/// plain name ("this neck problem").
struct GlossaryTermGuard: MeaningGuard {
    static let name = "GlossaryTermGuard"

    func check(before: String, after: String, context: GuardContext) -> String? {
        // Terms standing in `after` under the plain name of a term the section already named, with
        // the terms inside it ("dystonia" inside "cervical dystonia").
        var renamed = Set<String>()
        for entry in context.data.glossary where context.namedTerms.contains(entry.term) {
            guard let plainName = entry.plainName, !Text.occurrences(of: plainName, in: after).isEmpty else { continue }
            for other in context.data.glossary
            where other.allForms.contains(where: { !Text.occurrences(of: $0, in: entry.term).isEmpty }) {
                renamed.insert(other.term)
            }
        }
        for entry in context.data.glossary {
            let present = { (text: String) in entry.allForms.contains { !Text.occurrences(of: $0, in: text).isEmpty } }
            guard present(before) && !present(after), !renamed.contains(entry.term) else { continue }
            return "term “\(entry.term)” was lost"
        }
        return nil
    }
}
