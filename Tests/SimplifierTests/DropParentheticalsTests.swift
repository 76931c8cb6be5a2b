import Testing

@testable import Simplifier

@Suite struct DropParentheticalsTests {
    func apply(_ sentence: String, section: String) -> String {
        var context = Support.context()
        context.sectionText = section
        return DropParentheticals().rewrite(sentence, context: &context)?.joined(separator: " ") ?? sentence
    }

    @Test func dropsANameThatIsNoTerm() {
        let sentence = "Fever medicine (Tylenol) can make a child more comfortable."
        #expect(apply(sentence, section: sentence) == "Fever medicine can make a child more comfortable.")
    }

    @Test func keepsAbbreviationsAndGlossaryTerms() {
        let abbreviation = "Hand, foot and mouth disease (HFMD) is common in daycare."
        #expect(apply(abbreviation, section: abbreviation) == abbreviation)
        let term = "A fever medicine (acetaminophen) can help."
        #expect(apply(term, section: term) == term)
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
