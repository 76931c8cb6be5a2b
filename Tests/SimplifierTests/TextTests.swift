import Testing

@testable import Simplifier

@Suite struct TextTests {
    /// The shipped lexicon, which `Text.decapitalized` asks about names.
    let lexicon = Support.simplifier.lexicon

    @Test(arguments: [
        // Not known in lower case, before another capitalized word.
        "Bonham Carter was just five",
        // Known to no lexicon, with a letter English words do not use.
        "Brüning had Hindenburg dissolve the Reichstag",
        // Known only with its capital.
        "Parkinson's disease is rare in children",
        // Listed both ways, before another capitalized word.
        "John Smith was the first to see it",
        // An acronym, and "I".
        "MRI scans show the brain",
        "I was there",
        // A letter before a hyphen.
        "C-section rates have risen",
    ])
    func keepsTheCapitalOfAName(text: String) {
        #expect(Text.decapitalized(text, lexicon: lexicon) == text)
    }

    @Test(arguments: [
        ("The baby turns her head", "the baby turns her head"),
        ("This is rare", "this is rare"),
        ("Babies with reflux spit up", "babies with reflux spit up"),
        ("Doctors may test for meningitis", "doctors may test for meningitis"),
        ("Hydrocephalus is a buildup of fluid", "hydrocephalus is a buildup of fluid"),
        // A capitalized word after a comma is no part of a name.
        ("Babies, Doctors and nurses", "babies, Doctors and nurses"),
        // "May" is a name only before another capitalized word.
        ("May I help", "may I help"),
    ])
    func lowerCasesAWordThatIsNoName(text: String, expected: String) {
        #expect(Text.decapitalized(text, lexicon: lexicon) == expected)
    }

    @Test func aRuleKeepsANameItPutsAWordBefore() {
        // ASSET: "When Bonham Carter was just five, …" became "Sometimes bonham Carter was just five."
        let input = "If Bonham Carter takes the part, the film may start shooting early in the spring of next year."
        let output = Support.apply(SplitFrontedConditions(), input)
        #expect(output.hasPrefix("Sometimes Bonham Carter takes the part."))
    }
}
