import Testing

@testable import Simplifier

@Suite struct MoveIntroductoryPhrasesTests {
    @Test(arguments: [
        (
            "For children with severe, hard-to-treat dystonia, deep brain stimulation may be an option later in childhood.",
            "Deep brain stimulation may be an option later in childhood. This is for children with severe, hard-to-treat dystonia."
        ),
        (
            "During a typical febrile seizure, a child may pass out, stiffen, and then begin jerking the arms and legs.",
            "A child may pass out, stiffen, and then begin jerking the arms and legs. This happens during a typical febrile seizure."
        ),
        (
            "After a first febrile seizure in a child, a doctor will take a full history of the illness and the family.",
            "A doctor will take a full history of the illness and the family. This happens after a first febrile seizure in a child."
        ),
    ])
    func movesThePhraseBehindTheMainClause(input: String, expected: String) {
        #expect(Support.apply(MoveIntroductoryPhrases(), input, maxWords: 10) == expected)
    }

    @Test(arguments: [
        // A short phrase stays.
        "In reality, febrile seizures are among the most common brain events of early childhood.",
        // Short enough already.
        "For babies with reflux, small feeds help.",
        // The first comma ends a short phrase; what follows up to the next comma is a clause.
        "In infants, this muscle is still immature, the stomach is small, and the diet is liquid.",
        // A hedge stays in front of what it qualifies.
        "In most cases of reflux in babies, this spitting up goes away as the gut grows.",
        // A main clause that later rules would split keeps its phrase in front.
        "For moderate to severe croup, nebulized epinephrine may be given in the emergency department by a nurse, providing fast but short relief lasting about 2 hours.",
        // A main clause with a joint of its own is split further: the phrase stays in front.
        "In babies with tongue-tie, this process is incomplete, so the frenulum stays short.",
        // Two predicates that a later rule splits: the phrase would follow only the second.
        "After a first febrile seizure in a child, a doctor will take a full history and do a physical exam.",
        // The subject with an example list of its own is no phrase to move.
        "In homes with good hygiene, current guidance, including that of the WHO, favors keeping the stump dry and clean.",
        // No main clause after the comma.
        "For babies with reflux and for babies with colic, smaller and more gentle meals during the day.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(MoveIntroductoryPhrases(), input, maxWords: 10) == input)
    }
}
