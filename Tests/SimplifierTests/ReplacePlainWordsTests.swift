import Testing

@testable import Simplifier

@Suite struct ReplacePlainWordsTests {
    @Test(arguments: [
        ("The test takes approximately 20 minutes.", "The test takes about 20 minutes."),
        ("Doctors utilize a scale to demonstrate progress.", "Doctors use a scale to show progress."),
        ("Infants need sleep.", "Babies need sleep."),
        ("Therapy was recommended for the infant.", "Therapy was advised for the baby."),
        ("Therapists demonstrated the exercises.", "Therapists showed the exercises."),
        ("An infant may cry.", "A baby may cry."),
        ("Call in the event that the fever returns.", "Call if the fever returns."),
        ("Physicians frequently prescribe rest.", "Doctors often prescribe rest."),
    ])
    func replacesHardWords(input: String, expected: String) {
        #expect(Support.apply(ReplacePlainWords(), input) == expected)
    }

    @Test func keepsGlossaryTerms() {
        // "congenital" is a glossary term: it is explained, never replaced.
        let output = Support.apply(ReplacePlainWords(), "Congenital torticollis is common.")
        #expect(output.hasPrefix("Congenital torticollis"))
    }
}
