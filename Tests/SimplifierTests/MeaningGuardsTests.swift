import ContentModel
import Testing

@testable import Simplifier

/// Damaged rewrites that the guards must catch, and faithful ones they must let through.
@Suite struct MeaningGuardsTests {
    let context = Support.guardContext

    @Test func catchesADroppedNot() {
        let failure = Guards.firstFailure(
            before: "Not all cases are preventable.", after: "All cases are preventable.", context: context)
        #expect(failure?.0 == "NegationGuard")
    }

    @Test func catchesAMovedNegation() {
        let failure = Guards.firstFailure(
            before: "The medicine does not help all babies.", after: "The medicine does help not all babies.",
            context: context)
        #expect(failure?.0 == "NegationGuard")
    }

    @Test func catchesAChangedNumberAndALostRange() {
        #expect(
            Guards.firstFailure(
                before: "Feed every 2 to 3 hours.", after: "Feed every 2 to 4 hours.", context: context)?.0
                == "NumbersGuard")
        #expect(
            Guards.firstFailure(before: "It lasts 8–14 days.", after: "It lasts 8 days or 14 days.", context: context)?
                .0
                == "NumbersGuard")
        #expect(
            Guards.firstFailure(before: "Give 5 ml.", after: "Give 5.", context: context)?.0 == "NumbersGuard")
    }

    @Test func readsTheWordsOfOneNumberAsOneNumber() {
        #expect(
            Guards.firstFailure(before: "It has six hundred beds.", after: "It has 600 beds.", context: context) == nil)
        #expect(
            Guards.firstFailure(before: "It has six hundred beds.", after: "It has 6 100 beds.", context: context)?.0
                == "NumbersGuard")
    }

    @Test func readsOneOpeningARangeAsANumber() {
        #expect(
            Guards.firstFailure(before: "It lasts one to two days.", after: "It lasts 1 to 2 days.", context: context)
                == nil)
        #expect(
            Guards.firstFailure(before: "It lasts one to two days.", after: "It lasts 1 to 3 days.", context: context)?
                .0 == "NumbersGuard")
    }

    @Test func acceptsNumberWordsAsDigits() {
        #expect(
            Guards.firstFailure(
                before: "Feed every two to three hours.", after: "Feed every 2 to 3 hours.", context: context)
                == nil)
    }

    @Test func catchesALostHedge() {
        let failure = Guards.firstFailure(
            before: "The shots may cause weakness.", after: "The shots cause weakness.", context: context)
        #expect(failure?.0 == "HedgeGuard")
    }

    @Test func acceptsAHedgeRepeatedOverTheSameScope() {
        #expect(
            Guards.firstFailure(
                before: "Parents can offer smaller feeds, and burp the baby often.",
                after: "Parents can offer smaller feeds. Parents can burp the baby often.", context: context) == nil)
    }

    @Test func readsNotOnlyButAlsoAsAnAddition() {
        #expect(
            Guards.firstFailure(
                before: "It may affect not only the neck but also the arms.",
                after: "It may affect the neck. It may also affect the arms.", context: context) == nil)
        // A real "not" still counts.
        let failure = Guards.firstFailure(
            before: "It does not only affect the neck.", after: "It only affects the neck.", context: context)
        #expect(failure?.0 == "NegationGuard")
    }

    @Test func catchesAnAddedHedge() {
        let failure = Guards.firstFailure(
            before: "The shots cause weakness.", after: "The shots may cause weakness.", context: context)
        #expect(failure?.0 == "HedgeGuard")
    }

    @Test func acceptsSomeOnlyForTheGroupOfARestrictiveClause() {
        let before = "Babies who start therapy early have the best chance of healing."
        #expect(
            Guards.firstFailure(
                before: before, after: "Some babies start therapy early. These babies have the best chance of healing.",
                context: context) == nil)
        // Without "these babies" the claim is about some babies only: a new hedge.
        let weakened = Guards.firstFailure(
            before: before, after: "Some babies start therapy early. They have the best chance of healing.",
            context: context)
        #expect(weakened?.0 == "HedgeGuard")
    }

    @Test func acceptsSometimesOnlyInPlaceOfAFrontedCondition() {
        #expect(
            Guards.firstFailure(
                before: "When the skin is damaged, water escapes more easily.",
                after: "Sometimes the skin is damaged. Then water escapes more easily.", context: context) == nil)
        let added = Guards.firstFailure(
            before: "The skin is damaged, so water escapes more easily.",
            after: "Sometimes the skin is damaged. Then water escapes more easily.", context: context)
        #expect(added?.0 == "HedgeGuard")
    }

    @Test func acceptsAPlainSynonymOfAHedge() {
        #expect(
            Guards.firstFailure(
                before: "Doctors frequently prescribe rest.", after: "Doctors often prescribe rest.", context: context)
                == nil)
    }

    @Test func catchesALostGlossaryTerm() {
        let failure = Guards.firstFailure(
            before: "The baby has torticollis.", after: "The baby has a tight neck.", context: context)
        #expect(failure?.0 == "GlossaryTermGuard")
    }

    @Test func catchesAFragment() {
        let failure = Guards.firstFailure(
            before: "Causes include injury to the basal ganglia, which control movement.",
            after: "Causes include injury to the basal ganglia. Which control movement.", context: context)
        #expect(failure?.0 == "CompleteSentenceGuard")
        let verbless = Guards.firstFailure(
            before: "Therapists use stretching, and games to build control.",
            after: "Therapists use stretching. Games to build control.", context: context)
        #expect(verbless?.0 == "CompleteSentenceGuard")
    }

    @Test func rejectedRewriteKeepsTheOriginalSentenceAndSaysSo() {
        // Splitting before "which" here would leave "The basal ganglia." without a verb.
        let input = "The basal ganglia, which are deep in the brain, control movement."
        let section = Support.simplifier.simplify([.paragraph(input)], level: "plain")
        #expect(section.text.contains("control movement"))
        #expect(!section.text.contains("The basal ganglia."))
    }

    @Test func overrideIsUsedAndItsGuardFailuresAreUnresolved() {
        let original: [Block] = [.paragraph("Not all babies need surgery. Feed every 2 to 3 hours.")]
        let damaged: [Block] = [.paragraph("All babies need surgery. Feed every 2 hours.")]
        let section = Support.simplifier.simplify(original, level: "easy", override: damaged)
        #expect(section.blocks == damaged)
        let failed = section.findings.compactMap { finding -> String? in
            if case .overrideFailsGuard(let name) = finding.status { return name }
            return nil
        }
        #expect(failed.contains("NegationGuard"))
        #expect(failed.contains("NumbersGuard"))
        #expect(section.unresolvedFindings.count >= 2)

        let faithful: [Block] = [.paragraph("Not all babies need surgery. Feed them every 2 to 3 hours.")]
        let good = Support.simplifier.simplify(original, level: "easy", override: faithful)
        #expect(good.findings.allSatisfy { !$0.isUnresolved })
        #expect(good.findings.contains { $0.status == .overrideUsed })
    }
}
