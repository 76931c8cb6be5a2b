import Testing

@testable import Simplifier

@Suite struct SplitIntroductoryClausesTests {
    @Test func leavesBecauseOfAPhrase() {
        let input = "Because of these risks, doctors watch the eyes closely during the whole treatment."
        #expect(Support.apply(SplitIntroductoryClauses(), input) == input)
    }

    @Test func skipsACommaBeforeSuchAs() {
        let input =
            "Because the treatment can weaken certain live vaccines, such as the measles vaccine, these shots are put off for 11 months."
        #expect(!Support.apply(SplitIntroductoryClauses(), input).contains("So such as"))
    }

    @Test(arguments: [
        (
            "While the condition is rare, early care can help families.",
            "The condition is rare. But early care can help families."
        ),
        (
            "Because the muscle is tight, the head tilts to one side.",
            "The muscle is tight. So the head tilts to one side."
        ),
        (
            // The sentence's own "however" goes in front, not after "So".
            "Because ferritin rises during infection, however, a normal value does not always rule out low iron.",
            "However, ferritin rises during infection. So a normal value does not always rule out low iron."
        ),
        // A clause without subject or verb is said of the main clause's pronoun.
        (
            "While not always classified as dystonia, it shares features with it.",
            "It is not always classified as dystonia. But it shares features with it."
        ),
        (
            "Although treated early, they may still need help later.",
            "They are treated early. But they may still need help later."
        ),
    ])
    func splitsIntroductoryClause(input: String, expected: String) {
        #expect(Support.apply(SplitIntroductoryClauses(), input) == expected)
    }

    @Test(arguments: [
        "If the seizure lasts longer than 5 minutes, call for help.",
        // A noun subject: the verbless clause could be about something else.
        "While not always classified as dystonia, the problem shares features with it.",
    ])
    func leavesConditionsAndFragments(input: String) {
        #expect(Support.apply(SplitIntroductoryClauses(), input) == input)
    }
}
