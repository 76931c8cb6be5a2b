import Testing

@testable import Simplifier

/// `MoveDefinitionToOwnSentence` for a definition read from its shape (`DefiningAppositive`).
@Suite struct DefiningAppositiveTests {
    @Test(arguments: [
        // At the end of the sentence, after any noun.
        (
            "In very young babies, the first sign may be apnea, a pause in breathing that lasts 15 seconds or longer.",
            "In very young babies, the first sign may be apnea. Apnea is a pause in breathing that lasts 15 seconds or longer."
        ),
        (
            "High levels may lead to kernicterus, a lifelong form of brain damage.",
            "High levels may lead to kernicterus. Kernicterus is a lifelong form of brain damage."
        ),
        // The term keeps its article and its describing words.
        (
            "The doctor does a percutaneous tenotomy, a small procedure in which the tendon is cut.",
            "The doctor does a percutaneous tenotomy. A percutaneous tenotomy is a small procedure in which the tendon is cut."
        ),
        // An abbreviation just given is the shorter name.
        (
            "Children are treated with intravenous immunoglobulin (IVIG), a solution of antibodies that is given slowly.",
            "Children are treated with intravenous immunoglobulin (IVIG). IVIG is a solution of antibodies that is given slowly."
        ),
        // Inside a clause that goes on with its verb.
        (
            "Jaundice happens when bilirubin, a yellow substance made when red blood cells break down, builds up.",
            "Jaundice happens when bilirubin builds up. Bilirubin is a yellow substance made when red blood cells break down."
        ),
        (
            "A febrile seizure, a convulsion that is triggered by fever, is one of the most frightening events.",
            "A febrile seizure is one of the most frightening events. A febrile seizure is a convulsion that is triggered by fever."
        ),
    ])
    func movesADefinitionByItsShape(input: String, expected: String) {
        #expect(Support.apply(MoveDefinitionToOwnSentence(), input) == expected)
    }

    @Test(arguments: [
        // A comment on the whole clause, not a definition of the word before it.
        "The shot may be given at home, a choice that many families make.",
        "Doctors lower the fever quickly, a step that helps most children.",
        // A plural cannot be "a …".
        "Doctors often give lozenges, a kind of sweet that soothes the throat.",
        // No defining word: a description, not a definition.
        "The baby was seen by Dr. Lee, a kind and patient doctor.",
        // The clause does not go on with a verb after the appositive.
        "Bilirubin, a yellow substance made in the body, and other wastes leave in the stool.",
        // After "is a …" the appositive says more about the subject, not about the predicate noun.
        "Edmontonia was an armoured dinosaur, a part of the nodosaur family.",
        // An appositive that repeats a noun of the clause restates that noun.
        "He wanted to make a show about the nature of life, a show where everything was harder.",
        // A name goes on before the words found.
        "The church was rebuilt by the House of Orbelian, a branch of the Liparitids.",
        "He was named Pablo Crispiniano de la Santísima Trinidad, a series of names honouring saints.",
    ])
    func keepsAppositivesThatDefineNothing(input: String) {
        #expect(Support.apply(MoveDefinitionToOwnSentence(), input) == input)
    }
}
