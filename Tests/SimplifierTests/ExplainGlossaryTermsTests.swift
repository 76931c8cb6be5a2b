import Testing

@testable import Simplifier

@Suite struct ExplainGlossaryTermsTests {
    @Test func explainsTheFirstUseInASection() {
        var context = Support.context()
        let first = ExplainGlossaryTerms().rewrite("The doctor may suggest an MRI.", context: &context)
        #expect(
            first == [
                "The doctor may suggest an MRI.", "MRI means a scan that takes pictures of the inside of the body.",
            ])
        // The second use in the same section is not explained again.
        #expect(ExplainGlossaryTerms().rewrite("The MRI takes an hour.", context: &context) == nil)
    }

    @Test func explainsTheLongestTermOnly() {
        var context = Support.context()
        let output = ExplainGlossaryTerms().rewrite("Cervical dystonia is rare.", context: &context) ?? []
        #expect(output.count == 2)
        #expect(output.last?.hasPrefix("Cervical dystonia means") == true)
    }
}
