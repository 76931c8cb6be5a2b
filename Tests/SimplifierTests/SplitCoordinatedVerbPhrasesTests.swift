import Testing

@testable import Simplifier

@Suite struct SplitCoordinatedVerbPhrasesTests {
    @Test func repeatsTheVerbForEveryItem() {
        let input =
            "Treatment aims to improve head control, support development, prevent problems, and improve comfort."
        #expect(
            Support.apply(SplitCoordinatedVerbPhrases(), input)
                == "Treatment aims to improve head control. It also aims to support development. "
                + "It also aims to prevent problems. It also aims to improve comfort.")
    }

    @Test func usesTheyAfterAPluralVerb() {
        let input = "Parents learn to watch the baby, keep a diary, and call the doctor early."
        #expect(
            Support.apply(SplitCoordinatedVerbPhrases(), input)
                == "Parents learn to watch the baby. They also learn to keep a diary. They also learn to call the doctor early."
        )
    }

    @Test func repeatsAVerbThatTakesSomeoneAndABareVerb() {
        let input = "Good support helps families find their way, know their child's problem, and give the best care."
        #expect(
            Support.apply(SplitCoordinatedVerbPhrases(), input)
                == "Good support helps families find their way. It also helps families know their child's problem. "
                + "It also helps families give the best care.")
    }

    @Test(arguments: [
        // Nouns after "to …,": not a list of verb phrases.
        "Therapists use exercises to lengthen tight muscles, positioning methods, and strengthening activities.",
        // "or" is a choice: repeating "also" would change the meaning.
        "Doctors may try to adjust feeds, change the formula, or start medicine.",
        // Only two items.
        "The goal is to improve control and support development.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitCoordinatedVerbPhrases(), input) == input)
    }
}
