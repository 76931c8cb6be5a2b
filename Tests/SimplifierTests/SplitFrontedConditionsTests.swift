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
            "When the nerves are stretched, compressed, or torn during birth, the baby may show weakness of the arm.",
            "Sometimes the nerves are stretched, compressed, or torn during birth. Then the baby may show weakness of the arm."
        ),
        (
            // A series of clauses.
            "If the seizure lasts more than five minutes, the child turns blue, or breathing stops, emergency help is needed at once.",
            "Sometimes the seizure lasts more than five minutes, the child turns blue, or breathing stops. Then emergency help is needed at once."
        ),
        (
            // A series in the main clause stays there.
            "When the baby is very sick, doctors check the heart, the lungs, and the skin, and they may order more tests.",
            "Sometimes the baby is very sick. Then doctors check the heart, the lungs, and the skin, and they may order more tests."
        ),
        (
            // A connector stays in front.
            "However, when dystonia appears after a hard birth, a birth injury may be the cause of the problem.",
            "However, sometimes dystonia appears after a hard birth. Then a birth injury may be the cause of the problem."
        ),
        (
            // A series in the condition: it ends at the comma after the series' last item.
            "However, when dystonia appears in a baby who had a hard birth, hard labor, or needed help to breathe at birth, the cause may be a birth injury.",
            "However, sometimes dystonia appears in a baby who had a hard birth, hard labor, or needed help to breathe at birth. Then the cause may be a birth injury."
        ),
        (
            "When dystonia appears after a hard birth, long labor, or help to breathe, the cause can be a birth injury.",
            "Sometimes dystonia appears after a hard birth, long labor, or help to breathe. Then the cause can be a birth injury."
        ),
        (
            // An emphatic "does" would read as a contrast after "Sometimes".
            "When it does occur in the first weeks of life, it often signals a problem that needs a checkup.",
            "Sometimes it occurs in the first weeks of life. Then it often signals a problem that needs a checkup."
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
        // A "when" that tells a time: the main clause says what happens, not what may follow, so
        // "Sometimes the cord is clamped" would be a false hedge.
        "When the umbilical cord is clamped, this supply of sugar ends and the baby must make its own.",
        "When solid foods are introduced at about 6 months of age, parents should include foods rich in iron.",
        "When the cord is clamped at birth, the supply of sugar from the mother ends right away.",
        "When the baby is sick, the doctor comes, the nurse stays, and the parents rest, so the baby is never alone.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitFrontedConditions(), input, maxWords: 10) == input)
    }
}
