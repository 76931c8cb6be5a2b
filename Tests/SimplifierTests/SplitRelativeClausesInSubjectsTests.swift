import Testing

@testable import Simplifier

@Suite struct SplitRelativeClausesInSubjectsTests {
    @Test(arguments: [
        (
            "Babies who start therapy in the first months of life have the best chance of full healing.",
            "Some babies start therapy in the first months of life. These babies have the best chance of full healing."
        ),
        (
            // A quantifier stays with the group it counts.
            "Most children who have had a febrile seizure are at no higher risk of epilepsy later in life.",
            "Some children have had a febrile seizure. Most of these children are at no higher risk of epilepsy later in life."
        ),
        (
            // A describing word stays with the noun; "before birth" is a phrase, not a clause.
            "Maternal hormones that relax the mother's ligaments before birth may also loosen the baby's ligaments.",
            "Some maternal hormones relax the mother's ligaments before birth. These hormones may also loosen the baby's ligaments."
        ),
        (
            // A negated clause keeps its "not".
            "Babies who do not pass the first screening should have a repeat screening within 4 weeks.",
            "Some babies do not pass the first screening. These babies should have a repeat screening within 4 weeks."
        ),
    ])
    func splitsTheClauseFromThePluralSubject(input: String, expected: String) {
        #expect(Support.apply(SplitRelativeClausesInSubjects(), input, maxWords: 10) == expected)
    }

    @Test(arguments: [
        // "that" opens a statement about the signs, not a relative clause.
        "Signs that the baby is dehydrated include fewer wet diapers and a dry mouth in the first days.",
        // A clause with a clause of its own hides where it ends.
        "Parents who feel drowsy while feeding should move the baby to a safe surface before falling asleep.",
        "Parents who know that babies are fragile should handle them with care at all times of the day.",
        // A singular subject ("The baby who …") and a definite group are left alone.
        "The children who were seen in the clinic last year should come back for a check in the spring.",
        // The main verb is no auxiliary: "reach" cannot be told from a noun of the clause.
        "Most babies who get steady therapy during the first months of life reach full healing of the tilt.",
        // A comma in the sentence.
        "Babies who cannot drink, or who are very dry, may need fluids through a tube in the hospital.",
        // Short enough already.
        "Babies who cry a lot are often fine.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitRelativeClausesInSubjects(), input, maxWords: 10) == input)
    }
}
