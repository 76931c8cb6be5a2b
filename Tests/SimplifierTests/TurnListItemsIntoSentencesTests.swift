import ContentModel
import Testing

@testable import Simplifier

@Suite struct TurnListItemsIntoSentencesTests {
    @Test func turnsItemsAfterIncludeIntoSentences() {
        var findings: [Finding] = []
        let blocks: [Block] = [
            .paragraph("Babies grow fast. Common signs include:"),
            .list(["Head tilted to one side", "Feeding problems", "The baby cries during moves"]),
        ]
        let output = TurnListItemsIntoSentences().rewrite(
            blocks, grammar: Support.simplifier.grammar, findings: &findings)
        #expect(
            output == [
                .paragraph("Babies grow fast."),
                .paragraph(
                    "Common signs include head tilted to one side. Common signs also include feeding problems. The baby cries during moves."
                ),
            ])
        #expect(findings.count == 1)
    }

    @Test func putsAnItemsOpeningPhraseInFront() {
        var findings: [Finding] = []
        let blocks: [Block] = [
            .paragraph("Common signs include:"),
            .list([
                "Head tilted to one side", "In some cases, pain that may spread to the shoulders",
                "Stridor, which is a squeaky sound heard when the child breathes in",
            ]),
        ]
        let output = TurnListItemsIntoSentences().rewrite(
            blocks, grammar: Support.simplifier.grammar, findings: &findings)
        #expect(
            output == [
                .paragraph(
                    "Common signs include head tilted to one side. In some cases, common signs also include pain that may spread to the shoulders. Common signs also include stridor, which is a squeaky sound heard when the child breathes in."
                )
            ])
    }

    @Test func namesExamplesAfterIncludingOneByOne() {
        var findings: [Finding] = []
        let blocks: [Block] = [
            .paragraph("Doctors tell apart several patterns of jaundice, including:"),
            .list(["Physiologic jaundice, the common form", "Breast milk jaundice, which is harmless"]),
        ]
        let output = TurnListItemsIntoSentences().rewrite(
            blocks, grammar: Support.simplifier.grammar, findings: &findings)
        #expect(
            output == [
                .paragraph("Doctors tell apart several patterns of jaundice."),
                .paragraph(
                    "These include physiologic jaundice, the common form. These also include breast milk jaundice, which is harmless."
                ),
            ])
    }

    @Test func restartsASingularOrModalLeadWithItsPronoun() {
        var findings: [Finding] = []
        let blocks: [Block] = [
            // A subject of more than four words is not said again: a pronoun restarts it.
            .paragraph("The first visit to the children's doctor may include:"),
            .list(["A full history of the birth", "Questions about the first weeks"]),
        ]
        let output = TurnListItemsIntoSentences().rewrite(
            blocks, grammar: Support.simplifier.grammar, findings: &findings)
        #expect(
            output == [
                .paragraph(
                    "The first visit to the children's doctor may include a full history of the birth. It may also include questions about the first weeks."
                )
            ])
    }

    @Test func restartsALeadThatEndsInAPronounClauseWithThatClause() {
        var findings: [Finding] = []
        let blocks: [Block] = [
            .paragraph("Because food cannot pass, babies seem hungry after vomiting, and they may:"),
            .list(["have fewer wet diapers", "lose weight"]),
        ]
        let output = TurnListItemsIntoSentences().rewrite(
            blocks, grammar: Support.simplifier.grammar, findings: &findings)
        #expect(
            output == [
                .paragraph(
                    "Because food cannot pass, babies seem hungry after vomiting, and they may have fewer wet diapers. They may lose weight."
                )
            ])
    }

    @Test func keepsTheStyleOfRewrittenItemsInAKeptList() throws {
        // Plain keeps lists; an item the rules rewrite keeps its lower case and its ";".
        let blocks: [Block] = [
            .paragraph("Babies may not feed well, and they may:"),
            .list(["produce fewer wet diapers;", "become irritable or unusually sleepy."]),
        ]
        let section = Support.simplifier.simplify(blocks, level: "plain")
        let list = try #require(
            section.blocks.compactMap { block -> [String]? in
                if case .list(let items) = block { return items }
                return nil
            }.first)
        #expect(list == ["make fewer wet diapers;", "become fussy or unusually sleepy."])
    }

    @Test func keepsListsWithoutALeadIn() {
        var findings: [Finding] = []
        let blocks: [Block] = [.paragraph("Bring these."), .list(["Diapers", "Wipes"])]
        #expect(
            TurnListItemsIntoSentences().rewrite(blocks, grammar: Support.simplifier.grammar, findings: &findings)
                == blocks)
        #expect(findings.isEmpty)
    }
}
