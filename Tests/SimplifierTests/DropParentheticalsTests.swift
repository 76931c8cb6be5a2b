import Testing

@testable import Simplifier

@Suite struct DropParentheticalsTests {
    func apply(_ sentence: String, section: String) -> String {
        var context = Support.context()
        context.sectionText = section
        return DropParentheticals().rewrite(sentence, context: &context)?.joined(separator: " ") ?? sentence
    }

    @Test func dropsAnAbbreviationTheSectionDoesNotUseAgain() {
        let sentence = "Botulinum toxin injections (Botox) are used in children."
        #expect(apply(sentence, section: sentence) == "Botulinum toxin injections are used in children.")
    }

    @Test func keepsAnAbbreviationUsedAgain() {
        let sentence = "Deep brain stimulation (DBS) may be an option."
        #expect(apply(sentence, section: sentence + " DBS involves surgery.") == sentence)
    }

    @Test func keepsADescription() {
        let sentence = "Watch for retractions (the skin pulling in between the ribs) and grunting."
        #expect(apply(sentence, section: sentence) == sentence)
        let short = "Croup causes swelling of the larynx (voice box)."
        #expect(apply(short, section: short) == "Croup causes swelling of the larynx.")
    }

    @Test(arguments: [
        "A fever above 38 degrees Celsius (100.4 degrees Fahrenheit) is a sign.",
        "The war of 1812 is sorted as if written out (eighteen-twelve).",
    ])
    func keepsAsidesWithNumbers(input: String) {
        #expect(apply(input, section: input) == input)
    }
}
