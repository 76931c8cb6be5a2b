import Testing

@testable import Simplifier

@Suite struct GrammarTests {
    let grammar = Support.simplifier.grammar

    @Test(arguments: [
        // Two adverbs between the subject and its verb.
        "Parents often first notice a tilt.",
        // A relative clause inside the subject, up to the main verb.
        "Children who have a parent with seizures are more likely to have one.",
        "The baby turns her head.",
        // An instruction.
        "Place the child on their side.",
        "Call your doctor right away.",
        // "this" before an "-s" verb is the subject.
        "This affects about 2 to 5 percent of children.",
        // "as part of" is no clause.
        "Children with dystonia as part of cerebral palsy often face more challenges.",
    ])
    func findsTheVerbOfACompleteSentence(sentence: String) {
        let complete = grammar.isComplete(sentence)
        #expect(complete)
    }

    @Test(arguments: [
        "Genetic problems that show in early infancy.",
        "The first use of the new scan.",
        "Children who have a parent with seizures.",
        "Sometimes, pain that may spread to the shoulders.",
        "In some cases, pain that may spread to the shoulders, though this is harder to check.",
        "Not always classified as dystonia.",
        "This process in babies.",
        "Place of birth and age.",
        // "band" after an adjective in "-ous" is a noun, not the verb of a plural subject.
        "A tight fibrous band in the muscle.",
    ])
    func rejectsFragments(sentence: String) {
        let complete = grammar.isComplete(sentence)
        #expect(!complete)
    }
}
