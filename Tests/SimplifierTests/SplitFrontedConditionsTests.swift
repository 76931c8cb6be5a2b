import Testing

@testable import Simplifier

@Suite struct SplitFrontedConditionsTests {
    @Test(arguments: [
        (
            "When these structures are damaged, babies may develop dystonia or other movement problems.",
            "Sometimes these structures are damaged. Then babies may develop dystonia or other movement problems."
        ),
        (
            // "not" stays in the condition it belongs to.
            "If strabismus is not treated, the brain may ignore the image from the turned eye.",
            "Sometimes strabismus is not treated. Then the brain may ignore the image from the turned eye."
        ),
        (
            // A connector stays in front.
            "However, when dystonia appears after a hard birth, doctors should check the baby for a birth injury.",
            "However, sometimes dystonia appears after a hard birth. Then doctors should check the baby for a birth injury."
        ),
    ])
    func splitsTheCondition(input: String, expected: String) {
        #expect(Support.apply(SplitFrontedConditions(), input, maxWords: 10) == expected)
    }

    @Test(arguments: [
        // An instruction: "Then call …" would read as a sequence.
        "If a child swallows an unknown amount of iron, call Poison Control or emergency services without delay.",
        // A condition about the reader is no "sometimes".
        "If you smoke during pregnancy, your baby has a higher risk of sudden infant death.",
        // The condition goes on after the comma with more predicates.
        "If the rash is bright red, involves the skin folds, and has small red spots, it is likely caused by yeast.",
        // The first comma is inside the condition's series.
        "When dystonia appears after a hard birth, long labor, or help to breathe, the cause should be checked.",
        // A condition without a subject of its own.
        "When found early, hip dysplasia can usually be treated without surgery in the first months.",
        // Two conditions.
        "When bilirubin rises quickly or when signs of brain involvement appear, doctors may do a transfusion.",
        // Not a listed opener.
        "Unless the baby is very sick, most doctors treat this at home with fluids and rest for a few days.",
        // Short enough already.
        "If it hurts, doctors may help.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitFrontedConditions(), input, maxWords: 10) == input)
    }
}
