import Testing

@testable import Simplifier

@Suite struct SplitRelativeClausesTests {
    @Test(arguments: [
        (
            // A definition is of the nearest noun, even inside a phrase.
            "Young children should take inhaled medicines through a spacer, which is a plastic tube that holds the medicine.",
            "Young children should take inhaled medicines through a spacer. A spacer is a plastic tube that holds the medicine."
        ),
        (
            // A definition opens with the thing it defines, named in full.
            "The usual treatment is cauterization with silver nitrate, which is a chemical that dries the tissue.",
            "The usual treatment is cauterization with silver nitrate. Silver nitrate is a chemical that dries the tissue."
        ),
        (
            // An abbreviation in brackets names its thing.
            "It is most often caused by respiratory syncytial virus (RSV), which spreads easily through droplets.",
            "It is most often caused by respiratory syncytial virus (RSV). RSV spreads easily through droplets."
        ),
        (
            "It often results from injury to the basal ganglia, which are deep brain structures.",
            "It often results from injury to the basal ganglia. The basal ganglia are deep brain structures."
        ),
        (
            "It can be part of cerebral palsy, which involves movements the child cannot control.",
            "It can be part of cerebral palsy. Cerebral palsy involves movements the child cannot control."
        ),
        (
            "This causes jaundice, which usually appears after a day, peaks on day 3, and fades within 2 weeks.",
            "This causes jaundice. Jaundice usually appears after a day, peaks on day 3, and fades within 2 weeks."
        ),
        (
            "Talk to the therapists, who can show you the exercises.",
            "Talk to the therapists. These therapists can show you the exercises."
        ),
    ])
    func splitsClauseAtTheEnd(input: String, expected: String) {
        #expect(Support.apply(SplitRelativeClauses(), input) == expected)
    }

    @Test func saysThisForAClauseAboutTheWholeSentence() {
        #expect(
            Support.apply(
                SplitRelativeClauses(),
                "A doctor can find a hernia during a routine physical exam, which means that scans are rarely needed.")
                == "A doctor can find a hernia during a routine physical exam. This means that scans are rarely needed."
        )
    }

    /// A verb of effect whose noun is unclear is about what the sentence says: "This …".
    @Test(arguments: [
        (
            "Doctors group these injuries by the nerve roots involved, which allows them to predict the weakness.",
            "Doctors group these injuries by the nerve roots involved. This allows them to predict the weakness."
        ),
        (
            "Parents can wash the scalp with a mild shampoo 2 to 3 times a week, which helps to remove the oil.",
            "Parents can wash the scalp with a mild shampoo 2 to 3 times a week. This helps to remove the oil."
        ),
        (
            "Hormones may make the oil glands more active, which causes dead skin cells to stick to the scalp.",
            "Hormones may make the oil glands more active. This causes dead skin cells to stick to the scalp."
        ),
        (
            "The baby's immune system is still developing, which makes it harder to keep the yeast under control.",
            "The baby's immune system is still developing. This makes it harder to keep the yeast under control."
        ),
        (
            "Many newborns with low blood sugar show no signs at all, which is the main reason for screening.",
            "Many newborns with low blood sugar show no signs at all. This is the main reason for screening."
        ),
    ])
    func saysThisForAnEffectWhoseNounIsUnclear(input: String, expected: String) {
        #expect(Support.apply(SplitRelativeClauses(), input) == expected)
    }

    @Test func saysThisForIsWhy() {
        #expect(
            Support.apply(
                SplitRelativeClauses(),
                "Other deaths have not fallen as much, which is why advice covers the whole bed.")
                == "Other deaths have not fallen as much. This is why advice covers the whole bed.")
    }

    @Test func turnsAnObjectClauseAround() {
        // "which" is the object of its clause: "This doctors describe as …" would be no sentence.
        #expect(
            Support.apply(
                SplitRelativeClauses(),
                "It is often the first sign of allergic disease, which physicians describe as the atopic march.")
                == "It is often the first sign of allergic disease. Physicians describe this as the atopic march.")
    }

    @Test func restartsASingularSubjectWithItAfterAModal() {
        #expect(
            Support.apply(
                SplitRelativeClauses(),
                "Cross-contact, which occurs when a safe food touches an allergen, can be prevented by washing hands.")
                == "Cross-contact occurs when a safe food touches an allergen. It can be prevented by washing hands.")
    }

    @Test func splitsAClauseInsideAPluralSubject() {
        #expect(
            Support.apply(
                SplitRelativeClauses(),
                "Simple febrile seizures, which account for most cases, last less than 15 minutes.")
                == "Simple febrile seizures account for most cases. They last less than 15 minutes.")
    }

    @Test(arguments: [
        (
            "Heme iron, which is found in meat, poultry, and fish, is absorbed better than other iron.",
            "Heme iron is found in meat, poultry, and fish. It is absorbed better than other iron."
        ),
        (
            "Transient hyperinsulinism, which may occur in babies who were stressed at birth, often goes away within days.",
            "Transient hyperinsulinism may occur in babies who were stressed at birth. It often goes away within days."
        ),
        (
            "The rash, which itches, spreads, and blisters, usually fades within a week.",
            "The rash itches, spreads, and blisters. It usually fades within a week."
        ),
    ])
    func splitsAClauseInsideTheSubjectPastItsSeriesAndAdverbs(input: String, expected: String) {
        #expect(Support.apply(SplitRelativeClauses(), input) == expected)
    }

    @Test(arguments: [
        "Babies who were born early need more checks.",
        // The series goes on past the clause into a second clause: no clear end of the clause.
        "The rash, which is rare, causes pain, swelling, and fever, and it needs care.",
        // A second "which" would be left behind.
        "Doctors call these serious infections, which can spread rapidly and which need urgent care in a hospital.",
        // A name may be of the whole span before it ("2 to 5 days after exposure").
        "Signs usually start 2 to 5 days after exposure, which is called the incubation period of the illness.",
        "Babies receive fluids and full nutrition through a line in a vein, which is referred to as total parenteral nutrition.",
        // The object of "to absorb" is inside a phrase: the clause is about the condition.
        "Some babies develop short bowel syndrome, a condition marked by an inability to absorb enough nutrients, which may need long care.",
        // After a condition that a later rule moves, "This shows …" would point to the condition.
        "When a baby has had a fever, doctors usually start with an ultrasound, which shows the size of the kidneys.",
        // "which" as the object of a subject of its own.
        "Cradle cap, which doctors call infantile seborrheic dermatitis, is a common rash of the scalp.",
        // A comparison, a clause of a place.
        "Thrush leaves a white coating that looks like cottage cheese, which does not come off easily.",
        "It often starts where the small intestine joins the large intestine, which is called the ileocecal junction.",
        // A noun inside a phrase, a number, a coordination, a verb that does not agree: the clause's
        // noun is unclear.
        "Parents may see problems with breastfeeding, which can cause nipple pain for the mother.",
        "Outbreaks are caused by enterovirus 71, which is linked to brain problems.",
        "Rarely, it leads to meningitis or encephalitis, which can be life-threatening.",
        "Liquid iron can for a while stain the teeth, which is lessened by brushing after each dose.",
        // A noun inside a phrase after "the": the clause may be about the noun before the phrase.
        "Diaper rash is a swelling of the skin in the area covered by the diaper, which affects many babies.",
        "The baby may show weakness or paralysis of the affected arm, which often is noticeable right after birth.",
        // Examples after "such as", brackets, a subject with a phrase, a clause that goes on with "and it".
        "Parents should not use positioning devices such as wedges, which are not advised for any baby.",
        "A food intolerance (such as lactose intolerance, which comes from a lack of an enzyme) is not dangerous.",
        "Parents who have questions about sleep products, which are often sold with big claims, should ask the doctor.",
        "It can harm depth perception, which is key for catching a ball, and it may affect the child's self-esteem.",
        // After a series the clause may describe only the last item.
        "Common side effects include constipation, stomach upset, and dark stools, which are harmless.",
        // The main clause goes on after the clause.
        "Tight swaddling with the legs held straight, which was common in some places, also raises the risk.",
        // The main clause goes on after the clause with a second phrase of its own.
        "The level may be measured with a skin device, which shines light on the skin, or with a blood test.",
        // "which" asks a question in a series of questions.
        "This page explains how the illness starts, which symptoms warrant care and how parents can help.",
    ])
    func leavesRestrictiveAndObjectClausesAlone(input: String) {
        #expect(Support.apply(SplitRelativeClauses(), input) == input)
    }

    /// A comma inside a closing quotation mark ("sixth disease,") closes the clause, not the quotation.
    @Test func keepsAQuotationWholeWhenItsCommaEndsTheClause() {
        let sentence =
            "Roseola, which is also known as exanthem subitum or \"sixth disease,\" is a common childhood illness."
        let text = Support.simplifier.simplify(text: sentence, level: "easy").text
        #expect(text.hasPrefix("Roseola is also called exanthem subitum or \"sixth disease\". It is a common"))
    }
}
