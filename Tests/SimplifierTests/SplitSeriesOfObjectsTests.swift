import Testing

@testable import Simplifier

@Suite struct SplitSeriesOfObjectsTests {
    @Test(arguments: [
        (
            "Therapists use gentle stretching exercises to loosen tight muscles, games to help the baby turn, and play to build strength.",
            "Therapists use gentle stretching exercises to loosen tight muscles. They also use games to help the baby turn. "
                + "They also use play to build strength."
        ),
        (
            "This page explains what febrile seizures are, why they occur, and what parents can do to keep a child safe.",
            "This page explains what febrile seizures are. It also explains why they occur. "
                + "It also explains what parents can do to keep a child safe."
        ),
        (
            "Too much pulling during birth can injure the nerves in the shoulder, the spinal cord in the neck, and the cervical nerves.",
            "Too much pulling during birth can injure the nerves in the shoulder. It can also injure the spinal cord in the neck. "
                + "It can also injure the cervical nerves."
        ),
        (
            "This includes careful use of forceps during the birth, gentle handling of the head, and quick choices.",
            "This includes careful use of forceps during the birth. It also includes gentle handling of the head. "
                + "It also includes quick choices."
        ),
        (
            "This includes appropriate use of forceps during the birth, avoiding too much pulling on the head, and quick choices.",
            "This includes appropriate use of forceps during the birth. It also includes avoiding too much pulling on the head. "
                + "It also includes quick choices."
        ),
    ])
    func givesEveryObjectItsOwnSentence(input: String, expected: String) {
        #expect(Support.apply(SplitSeriesOfObjects(), input, maxWords: 10) == expected)
    }

    @Test func addsNoSecondAlso() {
        #expect(
            Support.apply(
                SplitSeriesOfObjects(),
                "Parents may also notice whitish mucus in the corner of the eye, crusting of the lashes after sleep, and redness of the lids.",
                maxWords: 10)
                == "Parents may also notice whitish mucus in the corner of the eye. They may also notice crusting of the lashes after sleep. "
                + "They may also notice redness of the lids.")
    }

    @Test(arguments: [
        // Parts that open with a preposition, and a choice inside a part, are no objects of the verb.
        "You can reduce the spread by covering the bumps with clothing, by not sharing towels, clothing or toys, and by washing hands.",
        // (also after an adverb: the series belongs to "with")
        "He took to the bush a fortnight later, reportedly with some provisions, an iron pot, and a musket stolen from a marine.",
        // After a clause in the first part, the later parts go on with that clause.
        "Mastitis describes conditions in which milk ducts become narrowed, nearby tissue becomes swollen, and germs multiply in the area.",
        // A part that is a clause of its own, and a participle with an object: no objects of the verb.
        "Granulomas are the most common lump in newborns, affecting an estimated 1 in 500 babies, and they usually measure 2 to 10 millimeters.",
        // A choice: "also" would change "or" into "and".
        "Doctors may suggest thicker feeds for a few weeks, a new formula for the baby, or medicine for the acid.",
        // Only the last item is long: its phrase may belong to every item.
        "Doctors check head shape, neck balance, and movement skills at every visit in the first year.",
        // A subject with "and" may hide the verb among its nouns.
        "Hospitals and therapy centers offer group workshops for parents, printed materials, and online help.",
        // Short enough already.
        "They use games, songs, and toys.",
        // The series belongs to "by …-ing" or to "mainly on"; a subject with its own clause.
        "Parents can reduce the risk by changing diapers promptly, wiping from front to back, and treating constipation early.",
        "Doctors base the diagnosis mainly on the pattern of signs, a physical exam, and the response to medicine.",
        "A physical therapist, who works with babies, checks the neck, the face and skull, and the baby's movement skills.",
        // More predicates, not more objects.
        "Colic affects 10 to 25 percent of babies, typically begins at 2 weeks of age, peaks at 6 weeks, and ends by 4 months.",
        "A doctor will listen to the lungs with a stethoscope, count the breathing rate, and measure oxygen levels.",
        "Parents should avoid exposing babies to people with colds, refrain from smoking near the child, and disinfect toys.",
        // The series belongs to a preposition inside the first item.
        "Results are read according to the baby's age in hours, gestational age, and other risk factors.",
        "Eczema arises from an interaction between genetic risk, a weak skin barrier, and outside triggers.",
        // "causes" and "exercises" are nouns here, not the verb; "acquired" is an adjective.
        "Other acquired causes include infections such as meningitis or encephalitis, metabolic disorders, and genetic problems that show early.",
        "Other causes include infections of the brain and spine, bad reactions to medicines, and genetic problems.",
        "Learning exercises and positioning plans from therapists, attending regular visits, and seeing changes help.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitSeriesOfObjects(), input, maxWords: 10) == input)
    }
}
