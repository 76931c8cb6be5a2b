import Testing

@testable import Simplifier

@Suite struct SplitRelativeClausesAfterObjectsTests {
    @Test(arguments: [
        (
            "Older babies may show sudden head jerks that get in the way of feeding and comfort.",
            "Older babies may show sudden head jerks. They get in the way of feeding and comfort."
        ),
        (
            "Cervical dystonia is a movement disorder that affects the neck muscles and the position of the head.",
            "Cervical dystonia is a movement disorder. It affects the neck muscles and the position of the head."
        ),
        (
            "Families can talk with trained specialists who can answer questions about care at home.",
            "Families can talk with trained specialists. They can answer questions about care at home."
        ),
    ])
    func splitsTheClauseOffTheObject(input: String, expected: String) {
        #expect(Support.apply(SplitRelativeClausesAfterObjects(), input, maxWords: 10) == expected)
    }

    @Test(arguments: [
        // A negation inside narrows the noun down: "severe cases. They do not respond" would say every
        // severe case fails to respond.
        "Surgery may be considered for severe cases that do not respond to other treatment after many months.",
        // After a series, "They" would take in every item, not only the last.
        "Other causes include infections, metabolic disorders, and genetic problems that show in early infancy.",
        // A quantifier narrows the noun down too.
        "Doctors watch closely for some of the signs that appear in the first weeks after a hard birth.",
        // An empty noun cannot start a sentence.
        "Babies may struggle with head control and movement in ways that go beyond normal changes.",
        // "that" after a verb opens what is noticed, not a description.
        "Parents often notice in the first weeks that the baby holds the head to one side.",
        // The main clause goes on after the relative clause.
        "Monitoring for signs of distress, such as heart patterns that suggest low oxygen, allows doctors to act.",
        // Short enough already.
        "It is a problem that affects the neck.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitRelativeClausesAfterObjects(), input, maxWords: 10) == input)
    }
}
