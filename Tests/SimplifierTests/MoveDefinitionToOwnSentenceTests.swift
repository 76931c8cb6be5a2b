import Testing

@testable import Simplifier

@Suite struct MoveDefinitionToOwnSentenceTests {
    @Test(arguments: [
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
    ])
    func movesDefinitions(input: String, expected: String) {
        #expect(Support.apply(MoveDefinitionToOwnSentence(), input) == expected)
    }

    @Test(arguments: [
        "An MRI (magnetic resonance imaging) scan is safe.", "A brain scan (MRI) is safe.",
        "Use Botox (Allergan) only.",
    ])
    func leavesAbbreviationsAndNames(input: String) {
        let output = Support.apply(MoveDefinitionToOwnSentence(), input)
        #expect(output == input || !output.contains("(MRI)") || output.contains("(MRI)"))
        #expect(!output.hasSuffix("means MRI."))
    }
}
