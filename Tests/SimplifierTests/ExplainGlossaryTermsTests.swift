import ContentModel
import Testing

@testable import Simplifier

@Suite struct ExplainGlossaryTermsTests {
    @Test func keepsAPronounNextToTheSentenceItPointsBackTo() {
        let blocks: [Block] = [.paragraph("Some babies have torticollis. It often gets better with daily stretching.")]
        let text = Block.plainText(of: Support.simplifier.simplify(blocks, level: "plain").blocks)
        let pronoun = try? #require(text.range(of: "It often gets better"))
        let explanation = try? #require(text.range(of: "Torticollis means"))
        if let pronoun, let explanation { #expect(pronoun.lowerBound < explanation.lowerBound) }
    }

    @Test func keepsALinkedPronounAndAThenNextToTheirSentence() {
        let blocks: [Block] = [
            .paragraph(
                "Some babies have torticollis. But it often gets better. Sometimes the neck muscle is tight. Then stretching helps."
            )
        ]
        let text = Block.plainText(of: Support.simplifier.simplify(blocks, level: "plain").blocks)
        #expect(text.contains("Some babies have torticollis. But it often gets better. Torticollis means"))
    }

    @Test func keepsAListLeadInRightBeforeItsItems() {
        let blocks: [Block] = [
            .paragraph("Not all jaundice is harmless. Doctors look for several other types:"),
            .list(["Jaundice from a blood group mismatch", "Jaundice from liver disease"]),
        ]
        let text = Block.plainText(of: Support.simplifier.simplify(blocks, level: "plain").blocks)
        #expect(text.contains("Jaundice means"))
        #expect(!text.contains("types: Jaundice means"))
        #expect(text.contains("other types:\n"))
    }

    @Test func explainsNoFormAfterAModifierThatMakesItAnotherThing() {
        let blocks: [Block] = [.paragraph("Some babies have vesicoureteral reflux, which lets urine flow back up.")]
        let text = Block.plainText(of: Support.simplifier.simplify(blocks, level: "plain").blocks)
        #expect(!text.contains("Gastroesophageal reflux means"))
    }

    @Test func explainsNoTermInsideAListOrItsLeadIn() {
        let blocks: [Block] = [
            .paragraph("Babies at risk include:"), .list(["Babies with congenital heart disease"]),
            .paragraph("Congenital problems need care."),
        ]
        let section = Support.simplifier.simplify(blocks, level: "plain")
        #expect(section.blocks.count == 3)
        guard section.blocks.count == 3, case .list(let items) = section.blocks[1] else { return }
        #expect(items.allSatisfy { !$0.contains("means") })
        #expect(Block.plainText(of: [section.blocks[2]]).contains("Congenital means"))
    }

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

    @Test func explainsASharedFormOnlyWhereTheArticleNamesTheTermInFull() {
        let simplifier = Support.simplifier
        let blocks: [Block] = [.paragraph("Some babies with a family history of reflux get urine infections.")]
        // Alone, "reflux" may be another condition (vesicoureteral reflux): it is not explained.
        let alone = Block.plainText(of: simplifier.simplify(blocks, level: "plain").blocks)
        #expect(!alone.contains("reflux means"))
        // In an article that names gastroesophageal reflux elsewhere, it is that term.
        let article = "Gastroesophageal reflux is common in babies.\n\nSome babies with reflux spit up."
        let terms = simplifier.termsNamedInFull(in: article)
        #expect(terms == ["gastroesophageal reflux"])
        let named = Block.plainText(of: simplifier.simplify(blocks, level: "plain", articleTerms: terms).blocks)
        #expect(named.contains("Gastroesophageal reflux means"))
        #expect(simplifier.termsNamedInFull(in: "Vesicoureteral reflux can cause infections.").isEmpty)
    }
}
