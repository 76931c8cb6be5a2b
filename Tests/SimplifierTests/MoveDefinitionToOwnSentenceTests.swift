import Testing

@testable import Simplifier

@Suite struct MoveDefinitionToOwnSentenceTests {
    @Test(arguments: [
        (
            // A noun before the word names its kind ("lactation consultant").
            "Mothers should ask a lactation consultant (a specialist who helps with breastfeeding) for help.",
            "Mothers should ask a lactation consultant for help. Lactation consultant means a specialist who helps with breastfeeding."
        ),
        (
            // A name before the word is part of what the bracket defines.
            "Thrush is caused by Candida albicans (a yeast that lives on the skin) in most babies.",
            "Thrush is caused by Candida albicans in most babies. Candida albicans means a yeast that lives on the skin."
        ),
        (
            // A describing word before a glossary term is part of what the bracket defines.
            "Exposure to macrolide antibiotics (a class that includes erythromycin) raises the risk.",
            "Exposure to macrolide antibiotics raises the risk. Macrolide antibiotics means a class that includes erythromycin."
        ),
        (
            "Early care prevents plagiocephaly (flattening of the skull) in most babies.",
            "Early care prevents plagiocephaly in most babies. Plagiocephaly means flattening of the skull."
        ),
        (
            "A lumbar puncture (a procedure that collects fluid from the spine) may be needed.",
            "A lumbar puncture may be needed. Lumbar puncture means a procedure that collects fluid from the spine."
        ),
        (
            "Cervical dystonia, also known as spasmodic torticollis, is a movement disorder.",
            "Cervical dystonia is a movement disorder. Cervical dystonia is also called spasmodic torticollis."
        ),
        (
            "These signs can point to cervical dystonia, a disorder of the neck muscles.",
            "These signs can point to cervical dystonia. Cervical dystonia is a disorder of the neck muscles."
        ),
        (
            "This spitting up shows gastroesophageal reflux (the backward flow of milk into the esophagus) in most babies.",
            "This spitting up shows gastroesophageal reflux in most babies. Gastroesophageal reflux means the backward flow of milk into the esophagus."
        ),
        (
            "Atopic dermatitis, commonly referred to as eczema, is a skin condition.",
            "Atopic dermatitis is a skin condition. Atopic dermatitis is commonly called eczema."
        ),
        (
            "Warning signs include retractions (the skin pulling in between the ribs).",
            "Warning signs include retractions. Retractions means the skin pulling in between the ribs."
        ),
        (
            "Tests also look for congenital hypothyroidism (an underactive thyroid gland present at birth) early.",
            "Tests also look for congenital hypothyroidism early. Congenital hypothyroidism means an underactive thyroid gland present at birth."
        ),
        (
            "Aspirin has been linked to Reye syndrome (a rare but serious condition of the liver and brain).",
            "Aspirin has been linked to Reye syndrome. Reye syndrome means a rare but serious condition of the liver and brain."
        ),
        (
            "Kernicterus, the chronic and permanent form, can cause hearing loss.",
            "Kernicterus can cause hearing loss. It is the chronic and permanent form."
        ),
    ])
    func movesDefinitions(input: String, expected: String) {
        #expect(Support.apply(MoveDefinitionToOwnSentence(), input) == expected)
    }

    @Test(arguments: [
        // A clause in brackets is no definition.
        "Pregnant women should get the Tdap vaccine (which protects against whooping cough) in every pregnancy.",
        // A brand name is a name, not a definition.
        "Nirsevimab (brand name Beyfortus) is a long-acting antibody given before the RSV season.",
        "A brain scan (MRI) is safe.",
        "Use Botox (Allergan) only.",
        // A synonym, an example, a name for the whole clause: no definitions of the word before.
        "Jaundice is a yellow color of the skin and the whites of the eyes (the sclerae) in a baby.",
        "Light turns bilirubin into other forms (including lumirubin) that leave the body.",
        "Some diseases speed up the breakdown of red blood cells (a process called hemolysis).",
        // A common word is no term: "neck and back" is not what the parenthesis defines.
        "The baby may arch the neck and back (retrocollis and opisthotonos) when it gets worse.",
        "Water escapes more readily (a loss of water through the skin) in dry weather.",
        // A name in brackets ("a catheter") names the thing; it defines nothing.
        "Doctors get urine through a thin, flexible tube (a catheter) put into the bladder.",
        // A unit is no definition.
        "The test measures lead in micrograms per deciliter (µg/dL) of blood.",
        // A verb form is no term.
        "The doctor checks whether the eardrum moves when air is applied (pneumatic otoscopy) to it.",
        // The parenthesis explains the whole phrase "flexed and abducted position".
        "The harness holds the legs in a flexed and abducted position (knees bent and spread apart) for weeks.",
    ])
    func leavesParenthesesThatDefineNoTerm(input: String) {
        #expect(Support.apply(MoveDefinitionToOwnSentence(), input) == input)
    }
}
