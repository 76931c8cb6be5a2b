import Testing

@testable import Simplifier

@Suite struct SplitSeriesOfPredicatesTests {
    @Test(arguments: [
        (
            "They last less than 15 minutes, involve the whole body, and do not recur within 24 hours.",
            "They last less than 15 minutes. They involve the whole body. They do not recur within 24 hours."
        ),
        (
            // "-s" verbs after a singular subject; an adverb stays with its own predicate.
            "Physiologic jaundice usually appears after the first day, peaks between days 3 and 5, and fades within 2 weeks.",
            "Physiologic jaundice usually appears after the first day. Physiologic jaundice peaks between days 3 and 5. "
                + "Physiologic jaundice fades within 2 weeks."
        ),
        (
            // The modal goes with every verb.
            "Babies may cry for hours, arch their backs during feeds, and refuse the bottle.",
            "Babies may cry for hours. Babies may arch their backs during feeds. Babies may refuse the bottle."
        ),
        (
            // A linking word opens the first sentence only.
            "But most hernias are painless, cause no problems, and close on their own without treatment.",
            "But most hernias are painless. Most hernias cause no problems. Most hernias close on their own without treatment."
        ),
    ])
    func givesEveryPredicateItsOwnSentence(input: String, expected: String) {
        #expect(Support.apply(SplitSeriesOfPredicates(), input, maxWords: 10) == expected)
    }

    @Test(arguments: [
        // A series of things, not of predicates.
        "It affects the face, hands, and feet of young children in the first year of life.",
        "Signs include fever, cough, and runny nose that last for many days in a row.",
        // A part that is no verb of the same form ("including …").
        "They may have side effects, including a higher risk of infections, and should be kept for some babies.",
        // A choice.
        "Babies may cry for hours, arch their backs during feeds, or refuse the bottle at night.",
        // A phrase before the subject.
        "Between episodes, the baby feeds well, gains weight normally, and appears content.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitSeriesOfPredicates(), input, maxWords: 10) == input)
    }
}
