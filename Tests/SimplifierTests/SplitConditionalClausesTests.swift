import Testing

@testable import Simplifier

@Suite struct SplitConditionalClausesTests {
    @Test(arguments: [
        (
            "When cervical dystonia is present, babies may struggle with head control.",
            "Babies may struggle with head control. This is true when cervical dystonia is present."
        ),
        (
            "When a baby shows head tilting, odd neck movements, or poor head control, parents feel concerned.",
            "Parents feel concerned. This happens when a baby shows head tilting, odd neck movements, or poor head control."
        ),
    ])
    func putsTheMainClauseFirstAndKeepsTheCondition(input: String, expected: String) {
        #expect(Support.apply(SplitConditionalClauses(), input) == expected)
    }

    @Test(arguments: [
        // No comma: no clear end of the condition.
        "When babies cry they swallow air.",
        // The part after the comma is not a sentence.
        "When possible, within an hour.",
        // Advice or an instruction is never read without its condition.
        "When problems are noted, referral to experts and the start of therapy should occur quickly.",
        "If the fever lasts more than 3 days, parents should call the doctor.",
        // "it" or "they" in the main clause points into the condition.
        "When medicine is used, doctors usually prescribe it for a short time.",
        "When the virus infects the cells lining these airways, they become swollen.",
        // A list's lead-in keeps its condition, right before its items.
        "When treatment is chosen because the bumps are widespread or itchy, the available options include:",
        // A participle is no main clause, and "After X, the cord, which …" has its main clause inside.
        "After delivery, the cord, which supplied oxygen throughout pregnancy, is clamped and cut, leaving a short stump on the navel.",
        // A main clause that later rules would split keeps its condition in front.
        "If the harness fails, a closed reduction may be done under general anesthesia, followed by a spica cast that goes from the chest to the ankles for 3 to 4 months.",
        // Two conditions, then the main clause and a participle after an adverb: the main clause must
        // not be taken for part of the condition.
        "When glucose levels stay low despite feeding, or when a baby has serious signs, doctors give glucose into a vein, often starting with a small dose.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitConditionalClauses(), input) == input)
    }
}
