import Testing

@testable import Simplifier

@Suite struct SplitLongSentencesTests {
    @Test func splitsAtTheClauseJointNearestTheMiddle() {
        let input =
            "Effects of the shots typically last several months, and the next injections may be needed later on."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "Effects of the shots typically last several months. The next injections may be needed later on.")
    }

    @Test func keepsTheLinkWord() {
        let input = "Some children improve quickly with therapy, but others need many months of steady work."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "Some children improve quickly with therapy. But others need many months of steady work.")
    }

    @Test func splitsBeforeANounSubjectWithItsVerb() {
        let input =
            "About half of all babies spit up once a day in the first months, and episodes often peak at 4 months."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "About half of all babies spit up once a day in the first months. Episodes often peak at 4 months.")
    }

    @Test func leavesAPhraseWithItsClause() {
        // "In most cases" is a phrase ("cases" is no verb): it stays with its clause.
        let input = "In most cases, no single cause is found, and parents should not blame themselves for it."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "In most cases, no single cause is found. Parents should not blame themselves for it.")
    }

    @Test func splitsEveryClauseOfASeriesOfClauses() {
        let input =
            "In infants, this muscle is still immature, the stomach is small, and the diet consists almost entirely of liquid."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 12)
                == "In infants, this muscle is still immature. The stomach is small. The diet consists almost entirely of liquid."
        )
    }

    @Test(arguments: [
        (
            "Some children may wheeze during early childhood, and researchers study the link between the two.",
            "Some children may wheeze during early childhood. Researchers study the link between the two."
        ),
        (
            "Some children may wheeze during early childhood, and researchers continue to study the link.",
            "Some children may wheeze during early childhood. Researchers continue to study the link."
        ),
    ])
    func splitsBeforeAPluralNounWithABaseFormVerbAndItsObject(input: String, expected: String) {
        #expect(Support.apply(SplitLongSentences(), input, maxWords: 10) == expected)
    }

    @Test(arguments: [
        (
            "Doctors read the result by the baby's age, weight, and other risk factors, and they may advise a visit.",
            "Doctors read the result by the baby's age, weight, and other risk factors. They may advise a visit."
        ),
        (
            "Babies may get nirsevimab, a long-acting antibody, and some older children may get a second dose.",
            "Babies may get nirsevimab, a long-acting antibody. Some older children may get a second dose."
        ),
    ])
    func splitsAfterASeriesBeforeAClauseOfItsOwn(input: String, expected: String) {
        #expect(Support.apply(SplitLongSentences(), input, maxWords: 10) == expected)
    }

    @Test func keepsALastListItemThatLooksLikeANounAndAVerb() {
        // "visits" and "checks" have no object of their own: they end a list.
        let input = "Doctors watch growth at every visit, feeding at home, and motor development at well-child checks."
        #expect(Support.apply(SplitLongSentences(), input, maxWords: 10) == input)
    }

    @Test func splitsBeforeANounSubjectWithAnAdverbInLy() {
        let input = "Half of all babies spit up once a day in the first months, and episodes commonly peak at 4 months."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "Half of all babies spit up once a day in the first months. Episodes commonly peak at 4 months.")
    }

    @Test(arguments: [
        // A second "that" clause of "believe": cut off, it is a fragment.
        "Researchers believe that several factors play a part, and that hormones from the mother make the glands active.",
        // "while" tells the time here, not a contrast.
        "Helmet therapy works best when started between 4 and 8 months, while the skull is still growing fast.",
        // The reason would take the next clause along.
        "Antibiotics do not work because the infection is viral, and cough medicines are not advised for babies.",
    ])
    func leavesATimeOrAReasonThatGoesOn(input: String) {
        let output = Support.apply(SplitLongSentences(), input, maxWords: 10)
        #expect(!output.contains("But the skull"))
        #expect(!output.contains("because the infection is viral, and"))
    }

    @Test func keepsBecauseOfAndAReasonWithWhile() {
        let of = "Torticollis most often develops because of the baby's position in the womb before birth."
        #expect(!Support.apply(SplitLongSentences(), of, maxWords: 8).contains("This is because of"))
        let reason =
            "Girls get more infections than boys because their urethra is shorter, while young boys have a higher risk."
        #expect(!Support.apply(SplitLongSentences(), reason, maxWords: 8).contains("shorter, while"))
    }

    @Test func keepsSoThatWithItsClause() {
        let input = "New spots keep coming for 3 to 5 days, so that a child may have bumps and crusts at once."
        #expect(!Support.apply(SplitLongSentences(), input, maxWords: 10).contains("So that"))
    }

    @Test func keepsANounWithItsClauseTogether() {
        let input =
            "Skin prick tests, in which a tiny amount of the food is placed on the skin, and blood tests can help confirm it."
        #expect(Support.apply(SplitLongSentences(), input, maxWords: 10) == input)
    }

    @Test func keepsTheLastItemOfAListWithItsVerb() {
        let input = "Other issues such as speech problems, feeding challenges, and growth delays may be present."
        #expect(Support.apply(SplitLongSentences(), input, maxWords: 8) == input)
    }

    @Test func splitsAReasonAfterSince() {
        let input = "Do not put a child in a bath during a seizure, since this raises the risk of drowning."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "Do not put a child in a bath during a seizure. This is because it raises the risk of drowning.")
    }

    @Test func keepsTheSecondReasonAfterSinceAsAReason() {
        let input = "Eye checks are advised, since pressure may harm the nerves and since squints are common."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "Eye checks are advised. This is because pressure may harm the nerves and because squints are common."
        )
    }

    @Test func leavesASeriesOfInfinitivesAndAPhraseBeforeAVerbWhole() {
        // Advice in a series of "to" clauses is no purpose ("This is to avoid …").
        let advice =
            "Parents should support the arm when holding the baby, to avoid lifting the baby under the arms, and to put the arm into sleeves first."
        #expect(!Support.apply(SplitLongSentences(), advice, maxWords: 10).contains("This is to avoid"))
        // "…, and in young infants may cause …": the phrase leaves the verb without a subject.
        let phrase =
            "Cow's milk has little iron and may push iron-rich foods out of the diet, and in young infants may cause blood loss."
        #expect(!Support.apply(SplitLongSentences(), phrase, maxWords: 10).contains("In young infants may"))
    }

    @Test func splitsAPurposeBeforeAVerbOnly() {
        let input = "Place the child on their side on a soft surface, to prevent injury and let saliva drain."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "Place the child on their side on a soft surface. This is to prevent injury and let saliva drain.")
        let place = "Bring the notes about the seizure with you, to the doctor at the next visit."
        #expect(Support.apply(SplitLongSentences(), place, maxWords: 10) == place)
    }

    @Test func leavesShortSentencesAndListsAlone() {
        #expect(
            Support.apply(SplitLongSentences(), "Babies sleep, and parents rest.", maxWords: 10)
                == "Babies sleep, and parents rest.")
        let list =
            "Therapists use stretching to lengthen muscles, positioning to turn the head, and games to build control."
        #expect(Support.apply(SplitLongSentences(), list, maxWords: 10) == list)
    }

    /// The ", and" closes the condition's series: split there, the condition would lose its last
    /// clause, and "The neck is stiff, doctors may test …" would join two clauses with a comma.
    @Test(arguments: [
        "When the fever is high, the child is very sleepy, and the neck is stiff, doctors may test for meningitis.",
        "If the baby is pale, the lips are blue, and the skin is cold, parents should call an ambulance right away.",
    ])
    func leavesASeriesOfClausesInAFrontedConditionWhole(input: String) {
        #expect(Support.apply(SplitLongSentences(), input, maxWords: 10) == input)
    }

    @Test(arguments: [
        (
            // A condition that ends at its first comma: the joints after it are the main clause's.
            "When the fever is high, the child may be very sleepy, and doctors may test for meningitis.",
            "When the fever is high, the child may be very sleepy. Doctors may test for meningitis.", 10
        ),
        (
            // Without a condition in front, a comma inside the second part ("the first time …, it
            // has …") closes a phrase of that part, not a condition.
            "Normally a pawn moves by advancing a single square, but the first time each pawn is moved from its first position, it has the option to advance two squares.",
            "Normally a pawn moves by advancing a single square. But the first time each pawn is moved from its first position, it has the option to advance two squares.",
            15
        ),
    ])
    func splitsAfterTheConditionOrBeforeAPhraseWithItsComma(input: String, expected: String, maxWords: Int) {
        #expect(Support.apply(SplitLongSentences(), input, maxWords: maxWords) == expected)
    }

    @Test func keepsTheCapitalOfANameAfterALinkWord() {
        let input = "The study was small and short, but Bonham Carter said that the results were clear."
        #expect(
            Support.apply(SplitLongSentences(), input, maxWords: 10)
                == "The study was small and short. But Bonham Carter said that the results were clear.")
        // A name no lexicon knows keeps its capital too: it stood inside the sentence.
        let unknown = "Bartolo believes that the Count has been arrested, but Almaviva only has to mention his name."
        #expect(
            Support.apply(SplitLongSentences(), unknown, maxWords: 10)
                == "Bartolo believes that the Count has been arrested. But Almaviva only has to mention his name.")
    }
}
