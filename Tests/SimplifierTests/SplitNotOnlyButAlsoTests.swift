import Testing

@testable import Simplifier

@Suite struct SplitNotOnlyButAlsoTests {
    @Test(arguments: [
        (
            "Dystonia may affect not only the neck but also other parts of the body in older children.",
            "Dystonia may affect the neck. It may also affect other parts of the body in older children."
        ),
        (
            "Early spotting of this link is key not only for treatment but also for planning long-term support.",
            "Early spotting of this link is key for treatment. It is also key for planning long-term support."
        ),
        (
            // A subject with "and" ends at its auxiliary.
            "Physical and occupational therapy are key not only for the child but also for the family at home.",
            "Physical and occupational therapy are key for the child. They are also key for the family at home."
        ),
    ])
    func splitsTheTwoParts(input: String, expected: String) {
        #expect(Support.apply(SplitNotOnlyButAlso(), input, maxWords: 10) == expected)
    }

    @Test(arguments: [
        // Short enough already.
        "It helps not only babies but also parents."
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitNotOnlyButAlso(), input, maxWords: 10) == input)
    }
}
