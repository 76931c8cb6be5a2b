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
            "The team has many members. This includes nurses and therapists."
        ),
    ])
    func movesListToItsOwnSentence(input: String, expected: String) {
        #expect(Support.apply(SplitInclusionLists(), input) == expected)
    }

    @Test func keepsListWhoseEndIsUnclear() {
        // Without a comma before "such as" the list may end before the sentence does.
        let input = "Causes include infections such as meningitis, metabolic disorders, and drugs."
        #expect(Support.apply(SplitInclusionLists(), input) == input)
    }
}
