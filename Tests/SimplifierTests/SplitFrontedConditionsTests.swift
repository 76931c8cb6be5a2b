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
        (
            // A series in the condition: it ends at the comma after the series' last item.
            "However, when dystonia appears in a baby who had a hard birth, hard labor, or needed help to breathe at birth, the chance of a birth-related cause should be carefully checked.",
            "However, sometimes dystonia appears in a baby who had a hard birth, hard labor, or needed help to breathe at birth. Then the chance of a birth-related cause should be carefully checked."
        ),
        (
            "When the nerves are stretched, compressed, or torn during birth, the baby may show weakness of the arm.",
            "Sometimes the nerves are stretched, compressed, or torn during birth. Then the baby may show weakness of the arm."
        ),
        (
            "When dystonia appears after a hard birth, long labor, or help to breathe, the cause should be checked.",
            "Sometimes dystonia appears after a hard birth, long labor, or help to breathe. Then the cause should be checked."
        ),
        (
            // A series of clauses.
            "If the seizure lasts more than five minutes, the child turns blue, or breathing stops, emergency help is needed at once.",
            "Sometimes the seizure lasts more than five minutes, the child turns blue, or breathing stops. Then emergency help is needed at once."
        ),
        (
            // No main clause after the series of clauses: they are the main clause.
            "When the baby is sick, the doctor comes, the nurse stays, and the parents rest, so the baby is never alone.",
            "Sometimes the baby is sick. Then the doctor comes, the nurse stays, and the parents rest, so the baby is never alone."
        ),
        (
            // A series in the main clause stays there.
            "When the baby is very sick, doctors check the heart, the lungs, and the skin, and they may order more tests.",
            "Sometimes the baby is very sick. Then doctors check the heart, the lungs, and the skin, and they may order more tests."
        ),
        (
            // A plain choice.
            "When a baby is tired or hungry, the crying often gets louder and lasts for a long time.",
            "Sometimes a baby is tired or hungry. Then the crying often gets louder and lasts for a long time."
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
        // An instruction after a series.
        "If the child has a fever, a rash, or a stiff neck, call the doctor right away.",
        "If the seizure lasts more than five minutes, the child turns blue, or breathing stops, call an ambulance.",
        // A series of clauses joined by "and": split at its ", and" later, the last ones would read
        // as facts.
        "When the fever is high, the child is very sleepy, and the neck is stiff, doctors may test for meningitis.",
        // A series of numbers: "sometimes" would not go with each.
        "When babies are 2, 4, and 6 months old, doctors give them the vaccine against the virus.",
        // A series with no comma after it belongs to the main clause.
        "When dystonia appears after a hard birth, long labor, or help to breathe at birth.",
        // After the series the condition goes on.
        "When the baby has a fever, a rash, or a cough, and is younger than three months, doctors should check the baby.",
        // After the series comes a phrase, not the main clause.
        "When the baby has a fever, a rash, or a cough, most often in winter, doctors should check the baby.",
        // A second condition in the series.
        "When the baby has a fever, a rash, or when the neck is stiff, doctors should check the baby right away.",
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
