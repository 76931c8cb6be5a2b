import Testing

@testable import Simplifier

@Suite struct SplitInWhichClausesTests {
    @Test(arguments: [
        (
            // A defined subject is named again.
            "Clubfoot is a common birth defect in which one or both of a baby's feet are twisted inward and downward.",
            "Clubfoot is a common birth defect. In clubfoot, one or both of a baby's feet are twisted inward and downward."
        ),
        (
            // A procedure named with "a"/"an" is named again.
            "Older children may need an open reduction, in which the surgeon repositions the bones through an incision.",
            "Older children may need an open reduction. In an open reduction, the surgeon repositions the bones through an incision."
        ),
        (
            // An abbreviation in brackets is the short name said again.
            "Vesicoureteral reflux (VUR) is a problem in which urine flows backward from the bladder toward the kidneys.",
            "Vesicoureteral reflux (VUR) is a problem. In VUR, urine flows backward from the bladder toward the kidneys."
        ),
        (
            // A name the dictionary does not know keeps its capital.
            "Kawasaki disease is an illness in which the blood vessels throughout the body become inflamed for weeks.",
            "Kawasaki disease is an illness. In Kawasaki disease, the blood vessels throughout the body become inflamed for weeks."
        ),
    ])
    func namesTheThingAgain(input: String, expected: String) {
        #expect(Support.apply(SplitInWhichClauses(), input, maxWords: 10) == expected)
    }

    @Test(arguments: [
        // "the direction" and "cases" name no thing of their own.
        "Strabismus is grouped according to the direction in which the affected eye turns toward the nose.",
        "These tests are kept for cases in which craniosynostosis is suspected by the doctor at a visit.",
        // The clause sits inside the sentence: the last piece belongs to the main clause.
        "The doctor may suggest a hydrolyzed formula, in which the milk proteins are broken down, for a trial period.",
        // The main clause's series goes on after the clause ("…, as well as weak grip").
        "Signs may include an uneven startle reflex, in which the arm does not stretch out, as well as weak grip in the hand.",
        // An appositive kind ("a procedure in which …") names only what the sentence named before it.
        "Doctors then do an exchange transfusion, a procedure in which the baby's blood is slowly replaced with donor blood.",
        // A subject with a determiner or a comma.
        "The main problem is a condition in which the hip socket is too shallow to hold the ball of the joint.",
        // Short enough already.
        "Colic is a problem in which babies cry.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitInWhichClauses(), input, maxWords: 10) == input)
    }
}
