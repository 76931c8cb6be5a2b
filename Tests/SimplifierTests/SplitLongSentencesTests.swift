import Testing

@testable import Simplifier

@Suite struct SplitLongSentencesTests {
    @Test func splitsAtTheClauseJointNearestTheMiddle() {
        let input =
            "Effects of the shots typically last several months, and the next injections may be needed later on."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "Effects of the shots typically last several months. The next injections may be needed later on.")
    }

    @Test func keepsTheLinkWord() {
        let input = "Some children improve quickly with therapy, but others need many months of steady work."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "Some children improve quickly with therapy. But others need many months of steady work.")
    }

    @Test func splitsBeforeANounSubjectWithItsVerb() {
        let input =
            "About half of all babies spit up once a day in the first months, and episodes often peak at 4 months."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "About half of all babies spit up once a day in the first months. Episodes often peak at 4 months.")
    }

    @Test func leavesAPhraseWithItsClause() {
        // "In most cases" is a phrase ("cases" is no verb): it stays with its clause.
        let input = "In most cases, no single cause is found, and parents should not blame themselves for it."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "In most cases, no single cause is found. Parents should not blame themselves for it.")
    }

    @Test func splitsEveryClauseOfASeriesOfClauses() {
        let input =
            "In infants, this muscle is still immature, the stomach is small, and the diet consists almost entirely of liquid."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 12)
                == "In infants, this muscle is still immature. The stomach is small. The diet consists almost entirely of liquid."
        )
    }

    @Test func splitsBeforeANounSubjectWithAnAdverbInLy() {
        let input = "Half of all babies spit up once a day in the first months, and episodes commonly peak at 4 months."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "Half of all babies spit up once a day in the first months. Episodes commonly peak at 4 months.")
    }

    @Test(arguments: [
        // A second "that" clause of "believe": cut off, it is a fragment.
        "Researchers believe that several factors play a part, and that hormones from the mother make the glands active.",
        // "while" tells the time here, not a contrast.
        "Helmet therapy works best when started between 4 and 8 months, while the skull is still growing fast.",
        // The reason would take the next clause along.
        "Antibiotics do not work because the infection is viral, and cough medicines are not advised for babies.",
    ])
    func leavesATimeOrAReasonThatGoesOn(input: String) {
        let output = Support.apply(SplitLongSentences(), input, maxWords: 10)
        #expect(!output.contains("But the skull"))
        #expect(!output.contains("because the infection is viral, and"))
    }

    @Test func keepsBecauseOfAndAReasonWithWhile() {
        let of = "Torticollis most often develops because of the baby's position in the womb before birth."
        #expect(!Support.apply(SplitLongSentences(), of, maxWords: 8).contains("This is because of"))
        let reason =
            "Girls get more infections than boys because their urethra is shorter, while young boys have a higher risk."
        #expect(!Support.apply(SplitLongSentences(), reason, maxWords: 8).contains("shorter, while"))
    }

    @Test func keepsSoThatWithItsClause() {
        let input = "New spots keep coming for 3 to 5 days, so that a child may have bumps and crusts at once."
        #expect(!Support.apply(SplitLongSentences(), input, maxWords: 10).contains("So that"))
    }

    @Test func keepsANounWithItsClauseTogether() {
        let input =
            "Skin prick tests, in which a tiny amount of the food is placed on the skin, and blood tests can help confirm it."
        #expect(Support.apply(SplitLongSentences(), input, maxWords: 10) == input)
    }

    @Test func keepsTheLastItemOfAListWithItsVerb() {
        let input = "Other issues such as speech problems, feeding challenges, and growth delays may be present."
        #expect(Support.apply(SplitLongSentences(), input, maxWords: 8) == input)
    }

    @Test func splitsAReasonAfterSince() {
        let input = "Do not put a child in a bath during a seizure, since this raises the risk of drowning."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "Do not put a child in a bath during a seizure. This is because it raises the risk of drowning.")
    }

    @Test func splitsAPurposeBeforeAVerbOnly() {
        let input = "Place the child on their side on a soft surface, to prevent injury and let saliva drain."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "Place the child on their side on a soft surface. This is to prevent injury and let saliva drain.")
        let place = "Bring the notes about the seizure with you, to the doctor at the next visit."
        #expect(Support.apply(SplitLongSentences(), place, maxWords: 10) == place)
    }

    @Test func leavesShortSentencesAndListsAlone() {
        #expect(
            Support.apply(SplitLongSentences(), "Babies sleep, and parents rest.", maxWords: 10)
                == "Babies sleep, and parents rest.")
        let list =
            "Therapists use stretching to lengthen muscles, positioning to turn the head, and games to build control."
        #expect(Support.apply(SplitLongSentences(), list, maxWords: 10) == list)
    }
}
