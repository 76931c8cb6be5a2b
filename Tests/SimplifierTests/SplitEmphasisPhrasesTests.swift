import Testing

@testable import Simplifier

@Suite struct SplitEmphasisPhrasesTests {
    @Test(arguments: [
        (
            "Physical therapy is the main treatment, especially for mild cases.",
            "Physical therapy is the main treatment. This is especially true for mild cases."
        ),
        (
            "Knowing the causes can help families act early, particularly when a birth was difficult.",
            "Knowing the causes can help families act early. This is especially true when a birth was difficult."
        ),
        (
            "Knowing its causes, especially when they relate to birth, can help families act early.",
            "Knowing its causes can help families act early. This is especially true when the causes relate to birth."
        ),
        (
            "Raising a child with dystonia, especially when it follows a birth injury, brings practical, emotional, and money worries.",
            "Raising a child with dystonia brings practical, emotional, and money worries. This is especially true when the dystonia follows a birth injury."
        ),
    ])
    func movesTheEmphasisToItsOwnSentence(input: String, expected: String) {
        #expect(Support.apply(SplitEmphasisPhrases(), input) == expected)
    }

    @Test func movesAPhraseThatHoldsAListWhenTheVerbFollows() {
        let input =
            "Trauma during hard births, especially those involving traction, forceps, or vacuum extraction, can cause dystonia."
        #expect(
            Support.apply(SplitEmphasisPhrases(), input)
                == "Trauma during hard births can cause dystonia. This is especially true for those involving traction, forceps, or vacuum extraction."
        )
    }

    @Test func takesNoForBeforeAWordThatIsNoNoun() {
        #expect(
            Support.apply(
                SplitEmphasisPhrases(), "Rashes come from wet diapers left on too long, particularly overnight.")
                == "Rashes come from wet diapers left on too long. This is especially true overnight.")
    }

    @Test func takesNoForBeforeAPreposition() {
        #expect(
            Support.apply(
                SplitEmphasisPhrases(),
                "Rarely, delayed separation, particularly beyond 30 days, may point to an immune problem.")
                == "Rarely, delayed separation may point to an immune problem. This is especially true beyond 30 days.")
        #expect(
            Support.apply(SplitEmphasisPhrases(), "Children may have pale skin, particularly inside the lower eyelids.")
                == "Children may have pale skin. This is especially true inside the lower eyelids.")
        // An adverb after the phrase goes on with the verb: no comma is left behind.
        #expect(
            Support.apply(
                SplitEmphasisPhrases(),
                "Survivors, especially those who needed surgery, also have a higher risk of delays.")
                == "Survivors also have a higher risk of delays. This is especially true for those who needed surgery.")
    }

    @Test func leavesAPronounThatDoesNotAgreeAndAMainClauseThatIsSplitLater() {
        let pronoun =
            "Colic is very distressing for parents, especially when it continues despite every attempt to soothe."
        #expect(Support.apply(SplitEmphasisPhrases(), pronoun) == pronoun)
        let joint =
            "Certain probiotics, particularly one strain, may reduce crying, while the evidence for formula is weaker."
        #expect(Support.apply(SplitEmphasisPhrases(), joint) == joint)
    }

    @Test func leavesAComparisonWithTheEmphasizedThing() {
        let input =
            "Emollients, especially thick creams and ointments, restore the skin barrier better than thinner lotions."
        #expect(Support.apply(SplitEmphasisPhrases(), input) == input)
    }

    @Test func leavesAPhraseWhoseEndIsUnclear() {
        // After "vacuum extraction," the sentence does not go on with its verb: the list may go on.
        let input =
            "Trauma during hard births, especially those involving traction, forceps, or vacuum extraction, and other problems can cause dystonia."
        #expect(Support.apply(SplitEmphasisPhrases(), input) == input)
    }
}
