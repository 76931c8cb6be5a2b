import Testing

@testable import Simplifier

@Suite struct SplitInclusionListsTests {
    @Test(arguments: [
        (
            "Other causes are infections, such as meningitis or encephalitis.",
            "Other causes are infections. Examples are meningitis or encephalitis."
        ),
        (
            "The team has many members, including nurses and therapists.",
            "The team has many members. These include nurses and therapists."
        ),
        (
            // A time is no plural thing "These" could name.
            "Babies younger than 12 months should not eat honey, including honey baked into foods.",
            "Babies younger than 12 months should not eat honey. This includes honey baked into foods."
        ),
    ])
    func movesListToItsOwnSentence(input: String, expected: String) {
        #expect(Support.apply(SplitInclusionLists(), input) == expected)
    }

    @Test(arguments: [
        // The sentence's own verb follows the list.
        "Early checks of babies with risk factors such as hard births or brain signs allow closer care.",
        // One comma before "and": the last item belongs to the sentence's own series.
        "First-line drugs are hormone shots, corticosteroids such as prednisolone, and vigabatrin.",
        // A second relative clause of the noun before the list follows it.
        "Some children crave things that are not food such as ice, dirt, clay, or paper, and which may raise the risk of lead.",
        "These medicines have side effects, including a higher risk of infections, and should be kept for GERD.",
        "Checking during labor, such as watching the heartbeat, allows doctors to act early.",
        // A quantifier names no example.
        "Lead can come from imported spices and remedies, such as some products sold abroad.",
        // "including the following" names no list of its own.
        "Treatment often combines several approaches, including the following.",
        // A list item that is no sentence stays whole.
        "Long-term conditions that impair the uptake of iron, such as celiac disease.",
    ])
    func keepsAListThatTheSentenceGoesOnAfter(input: String) {
        #expect(Support.apply(SplitInclusionLists(), input) == input)
    }

    @Test func usesTheSingularLeadForOneExample() {
        #expect(
            Support.apply(SplitInclusionLists(), "Surgery helps when there is a problem, such as a tight band.")
                == "Surgery helps when there is a problem. An example is a tight band.")
    }

    @Test func splitsAnExampleWithoutACommaThatEndsTheSentence() {
        #expect(
            Support.apply(
                SplitInclusionLists(),
                "Surgery may help when there is a problem such as a tight fibrous band in the muscle.")
                == "Surgery may help when there is a problem. An example is a tight fibrous band in the muscle.")
    }

    @Test func splitsASeriesThatIsTheMarkersOwn() {
        #expect(
            Support.apply(
                SplitInclusionLists(),
                "Social workers help families access benefits such as home therapy, helper devices, and respite care.")
                == "Social workers help families access benefits. Examples are home therapy, helper devices, and respite care."
        )
    }

    @Test func keepsListWhoseEndIsUnclear() {
        // Without a comma before "such as" the list may end before the sentence does.
        let input = "Causes include infections such as meningitis, metabolic disorders, and drugs."
        #expect(Support.apply(SplitInclusionLists(), input) == input)
    }
}
