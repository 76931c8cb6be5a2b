import Testing

@testable import Simplifier

@Suite struct SplitRelativeClausesAfterObjectsTests {
    @Test(arguments: [
        (
            "Older babies may show sudden head jerks that get in the way of feeding and comfort.",
            "Older babies may show sudden head jerks. These jerks get in the way of feeding and comfort."
        ),
        (
            "Cervical dystonia is a movement disorder that affects the neck muscles and the position of the head.",
            "Cervical dystonia is a movement disorder. This disorder affects the neck muscles and the position of the head."
        ),
        (
            "Families can talk with trained specialists who can answer questions about care at home.",
            "Families can talk with trained specialists. These specialists can answer questions about care at home."
        ),
        (
            "Cervical dystonia is a movement disorder characterized by tight and twisting neck muscles.",
            "Cervical dystonia is a movement disorder. This disorder is characterized by tight and twisting neck muscles."
        ),
        (
            "Outcomes generally fall into two broad groups based on whether the problem began at birth.",
            "Outcomes generally fall into two broad groups. These groups are based on whether the problem began at birth."
        ),
    ])
    func splitsTheClauseOffTheObject(input: String, expected: String) {
        #expect(Support.apply(SplitRelativeClausesAfterObjects(), input, maxWords: 10) == expected)
    }

    @Test(arguments: [
        // A property after "a"/"an" says which one is meant ("a baby who is younger than 12 months").
        "Parents can lower the risk by never giving honey to a baby who is younger than 12 months of age.",
        "The doctor may prescribe an antibiotic that is safe during breastfeeding for the mother and the baby.",
        // "that" as the object of a subject of its own ("parents drop …").
        "The doctor may prescribe nystatin, a liquid that parents drop onto the white patches 4 times a day.",
        // A negation inside narrows the noun down: "severe cases. They do not respond" would say every
        // severe case fails to respond.
        "Surgery may be considered for severe cases that do not respond to other treatment after many months.",
        // After a series, "They" would take in every item, not only the last.
        "Other causes include infections, metabolic disorders, and genetic problems that show in early infancy.",
        // A quantifier narrows the noun down too.
        "Doctors watch closely for some of the signs that appear in the first weeks after a hard birth.",
        // A definite noun: the clause says which signs are meant.
        "Knowing the facts helps families avoid worry while spotting the signs that need medical care.",
        // An empty noun cannot start a sentence.
        "Babies may struggle with head control and movement in ways that go beyond normal changes.",
        // "that" after a verb opens what is noticed, not a description.
        "Parents often notice in the first weeks that the baby holds the head to one side.",
        // The main clause goes on after the relative clause.
        "Monitoring for signs of distress, such as heart patterns that suggest low oxygen, allows doctors to act.",
        // Short enough already.
        "It is a problem that affects the neck.",
        // After a listing verb the clause says which one is meant.
        "Warning signs also include vomiting that begins after 6 months of age.",
        // A definition stays whole.
        "Roseola means a viral illness that produces a high fever followed by a rash.",
        // The clause is followed by more of the main clause.
        "Vomiting may point to pyloric stenosis, a narrowing of the outlet that needs surgery, rather than reflux.",
        // A participle inside a "with" phrase describes that phrase's noun.
        "Some babies keep a steady head tilt with the chin rotated to one side most of the day.",
        // "-ly" words are not the object.
        "These procedures are generally reserved for older children with severe signs and slow progress.",
        // An "-ing" word describes; an appositive names.
        "It usually comes from a tight neck muscle, a long muscle running from behind the ear to the collarbone.",
        "Some children develop only a few of these features, a pattern known as incomplete Kawasaki disease.",
        // Inside a condition the clause says which thing is meant.
        "Parents should call the doctor if the child develops a fever that lasts longer than 4 days.",
        // A noun inside a phrase: the clause may describe the noun before the phrase.
        "Reflux is a normal process in babies that slowly goes away as the stomach grows.",
        // A measure, an adverb before a participle, a plain noun after a preposition, a series around the clause.
        "The shot is advised for all babies younger than 8 months who are entering their first winter.",
        "Nirsevimab, a long-acting antibody given as one shot, is now recommended for many babies.",
        "Smaller and more frequent feeds help keep fluids up in babies who tire easily while feeding.",
        "Parents may notice uneven skin folds on the thighs, a leg that appears shorter than the other, or less movement.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitRelativeClausesAfterObjects(), input, maxWords: 10) == input)
    }
}
