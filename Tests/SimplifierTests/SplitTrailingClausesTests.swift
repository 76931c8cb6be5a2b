import Testing

@testable import Simplifier

@Suite struct SplitTrailingClausesTests {
    /// "…, as may occur when …": the "when" clause belongs to the example, which is not cut off as
    /// "…, as may occur." (the split, if any, is at the first "when").
    @Test func keepsTheClauseOfAnExampleWithIt() {
        let input =
            "The nerves are hurt when the neck and shoulder are pulled apart, as may occur when the shoulder gets stuck during birth."
        #expect(!Support.apply(SplitTrailingClauses(), input).contains("as may occur."))
        #expect(Support.apply(SplitTrailingClauses(), input).contains("as may occur when the shoulder gets stuck"))
    }

    @Test(arguments: [
        (
            "Parents often notice that something seems different when their baby holds the head in an odd position.",
            "Parents often notice that something seems different. This happens when their baby holds the head in an odd position."
        ),
        (
            "The doctor will ask about the birth and the first weeks at home because the history guides the tests.",
            "The doctor will ask about the birth and the first weeks at home. This is because the history guides the tests."
        ),
    ])
    func putsTheClauseIntoASentenceThatKeepsItsOpener(input: String, expected: String) {
        #expect(Support.apply(SplitTrailingClauses(), input, maxWords: 10) == expected)
    }

    @Test(arguments: [
        // "before" and "after" clauses limit what comes before them.
        // A need holds only under its condition.
        "Surgery is generally necessary when the intestine has perforated or when the baby keeps getting worse.",
        "Monitoring during labor lets the doctors step in quickly before a serious brain injury occurs.",
        // A negated or superlative state, an "-ing" subject: true only with the clause.
        "The eardrum of the child does not move normally when a gentle puff of air is applied.",
        "Flattening of the skull is often most apparent when the head is viewed from above.",
        "Limiting the time in car seats when the baby is not traveling reduces pressure on the skull.",
        // The clause belongs to a clause of its own or to a time noun.
        "An umbilical hernia is a soft swelling near the navel, which occurs when part of the bowel pushes through.",
        "The swelling gets larger when the baby cries, and it usually flattens when the baby is calm and lying down.",
        "Parents need rest, above all during the evening hours when fatigue is greatest for them.",
        // No clause after the opener.
        "The rash starts on the cheeks and scalp before spreading to the trunk and the arms and legs.",
        "Hospitals screen the bilirubin level of every baby before discharge using a small skin meter.",
        // Short enough already.
        "Call the doctor when the fever lasts.",
        // The subject's second verb follows the clause: cutting there would give "This happens as soon
        // as … and may go on for months".
        "Therapy usually begins as soon as the problem is found and may go on for months or longer.",
        // The clause sits inside a series that goes on after it.
        "This may involve food support if feeding problems are present, devices to support positioning and growth, and regular checks.",
        // "before" as a preposition: no clause follows.
        "The muscles in the neck and the head can be hurt in the womb before or during the birth of the baby.",
        // "even when" belongs to what comes before.
        "The head tilt can stay for many months in some of the babies even when they get therapy.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitTrailingClauses(), input, maxWords: 10) == input)
    }
}
