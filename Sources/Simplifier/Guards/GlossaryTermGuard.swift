/// Every glossary term of the original is still named, so that families can say it to their
/// doctor and find it elsewhere.
struct GlossaryTermGuard: MeaningGuard {
    static let name = "GlossaryTermGuard"

    func check(before: String, after: String, context: GuardContext) -> String? {
        for entry in context.data.glossary {
            let present = { (text: String) in entry.allForms.contains { !Text.occurrences(of: $0, in: text).isEmpty } }
            if present(before) && !present(after) { return "term “\(entry.term)” was lost" }
        }
        return nil
    }
}
