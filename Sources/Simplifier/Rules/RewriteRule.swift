/// What a rule can read while rewriting one sentence: the data files, the lexicons, the level's
/// limits, and which glossary terms this section has already explained.
struct RuleContext: Sendable {
    let data: SimplifierData
    let lexicon: Lexicon
    let grammar: Grammar
    /// The rule's sentence-length limit from `levels.yml` (or the level default).
    var maxSentenceWords: Int
    /// Glossary terms (their `term`) already explained in this section.
    var explainedTerms: Set<String> = []
    /// The whole original section, for rules that look beyond one sentence (is an abbreviation used again?).
    var sectionText: String = ""
    /// Glossary terms with shared forms that the whole article names in full
    /// (``Simplifier/termsNamedInFull(in:)``): only for these does a shared form ("reflux") count.
    var articleTerms: Set<String> = []
    /// Whether the sentence is a list item: explanations would break into the item.
    var inListItem = false
    /// Glossary terms (their `term`) the section has named so far, and the last one named whose
    /// plain name points back ("this neck problem"), for `UsePlainNameAfterFirstMention`.
    var namedTerms: Set<String> = []
    var lastNamedTerm: String?
}

extension RuleContext {
    /// `text` with its first letter lower-cased unless it starts with a name or an acronym
    /// ("Sometimes Bonham Carter …", "But MRI …"): `Text.decapitalized` with this lexicon.
    func decapitalized(_ text: String) -> String { Text.decapitalized(text, lexicon: lexicon) }
}

extension Grammar {
    /// `Text.decapitalized` with the grammar's lexicon, for rules that work on whole blocks.
    func decapitalized(_ text: String) -> String { Text.decapitalized(text, lexicon: lexicon) }
}

/// A rewrite rule that turns one sentence into one or more sentences, or returns `nil` when it
/// does not apply. Rules never see Markdown; each output sentence ends with its punctuation.
protocol SentenceRule: Sendable {
    /// The name used in `levels.yml` and in findings.
    static var name: String { get }
    func rewrite(_ sentence: String, context: inout RuleContext) -> [String]?
}

/// Every rule the levels file may name.
enum RuleCatalog {
    static let sentenceRules: [String: any SentenceRule] = {
        let rules: [any SentenceRule] = [
            DropFiller(), ReplacePlainWords(), WriteNumbersAsDigits(), MoveDefinitionToOwnSentence(),
            SplitAtSemicolons(), SplitRelativeClauses(), SplitInclusionLists(), SplitIntroductoryClauses(),
            SplitLongSentences(), ExplainGlossaryTerms(), SplitEmphasisPhrases(), SplitTrailingParticiples(),
            SplitCoordinatedVerbPhrases(), SplitConditionalClauses(), DropParentheticals(),
            SplitCoordinatedPredicates(), SplitTrailingClauses(), SplitRelativeClausesAfterObjects(),
            SplitRelativeClausesInSubjects(), SplitFrontedConditions(), SplitInWhichClauses(),
            SplitSeriesOfPredicates(),
            SplitSeriesOfObjects(), UsePlainNameAfterFirstMention(), MoveIntroductoryPhrases(), SplitNotOnlyButAlso(),
        ]
        return Dictionary(uniqueKeysWithValues: rules.map { (type(of: $0).name, $0) })
    }()

    /// Rules that split a main clause further after a condition or phrase was moved behind it.
    static let furtherSplits: [any SentenceRule] = [
        SplitCoordinatedPredicates(), SplitCoordinatedVerbPhrases(), SplitSeriesOfObjects(),
        SplitRelativeClausesInSubjects(),
    ]

    /// Whether a later rule would split `main`: a condition moved after it ("…. This is true if X.")
    /// would then follow only its last part.
    static func splitsFurther(_ main: String, _ context: RuleContext) -> Bool {
        furtherSplits.contains { rule in
            var copy = context
            return rule.rewrite(Text.sentence(main), context: &copy) != nil
        }
    }

    static var names: Set<String> {
        Set(sentenceRules.keys).union([TurnListItemsIntoSentences.name, TurnSeriesIntoList.name])
    }
}
