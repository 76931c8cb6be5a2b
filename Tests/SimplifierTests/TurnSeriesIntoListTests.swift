import ContentModel
import Testing

@testable import Simplifier

@Suite struct TurnSeriesIntoListTests {
    func split(_ sentence: String) -> (lead: String, items: [String])? {
        TurnSeriesIntoList().split(sentence, context: Support.context())
    }

    @Test func turnsItemsAfterIncludeIntoAList() throws {
        let result = try #require(
            split(
                "Other causes include infections of the brain, bad reactions to medicines, and genetic problems in infancy."
            ))
        #expect(result.lead == "Other causes include:")
        #expect(
            result.items == ["Infections of the brain", "Bad reactions to medicines", "Genetic problems in infancy"])
    }

    @Test func takesTwoWordItemsAfterAListingVerb() throws {
        let result = try #require(
            split("Other causes include infections such as meningitis, metabolic disorders, and genetic problems."))
        #expect(result.lead == "Other causes include:")
        #expect(result.items == ["Infections such as meningitis", "Metabolic disorders", "Genetic problems"])
    }

    @Test func keepsASeriesWithThePhraseItBelongsTo() throws {
        // "from a tight bra, a bag strap, or …" is the series of "from", not of "include".
        let result = try #require(
            split("Risk factors include pressure on the breast from a tight bra, a heavy bag strap, or a baby carrier.")
        )
        #expect(result.lead == "Risk factors include pressure on the breast from any of the following:")
        #expect(result.items == ["A tight bra", "A heavy bag strap", "A baby carrier"])
    }

    @Test func turnsAChoiceOfConditionsIntoCases() throws {
        let result = try #require(
            split(
                "Call for help if the seizure lasts 5 minutes, if the child cannot breathe, or if the child does not wake up."
            ))
        #expect(result.lead == "Call for help in any of these cases:")
        #expect(
            result.items == [
                "The seizure lasts 5 minutes.", "The child cannot breathe.", "The child does not wake up.",
            ])
        // All conditions together ("and if") are not a choice: left as they are.
        #expect(split("Call for help if the fever is high, if the child is sleepy, and if the rash spreads.") == nil)
    }

    @Test func turnsAChoiceAfterAVerbIntoAnyOfTheFollowing() throws {
        let result = try #require(
            split("Scans can find structural brain problems, an injury at birth, or damage to the basal ganglia."))
        #expect(result.lead == "Scans can find any of the following:")
        #expect(result.items == ["Structural brain problems", "An injury at birth", "Damage to the basal ganglia"])
    }

    @Test func turnsASubjectOfManyPartsIntoTheFollowing() throws {
        let result = try #require(
            split(
                "Learning exercises from therapists, going to regular visits, and seeing changes in the signs help improve results."
            ))
        #expect(result.lead == "The following help improve results:")
        #expect(
            result.items == [
                "Learning exercises from therapists", "Going to regular visits", "Seeing changes in the signs",
            ])
        // Short parts stay in the sentence; an opening phrase or a singular verb is no such subject.
        #expect(split("Hard births, long labor, and shoulder dystocia raise the risk of injury.") == nil)
        #expect(split("In babies with reflux, colic, and crying, feeds are hard.") == nil)
        #expect(split("The toxin in each shot, the dose for the child, and the timing of the shots matters.") == nil)
        #expect(
            split(
                "It affects 10 to 25 percent of babies, usually begins at 2 weeks, peaks at 6 weeks, and usually goes away by 4 months."
            )
                == nil)
    }

    @Test func findsTheHeadBeforeAnItemEndingInIng() throws {
        let result = try #require(
            split(
                "This happens when a baby shows lasting head tilting, odd neck movements, or trouble with head control."
            ))
        #expect(result.lead == "This happens when a baby shows any of the following:")
        #expect(result.items == ["Lasting head tilting", "Odd neck movements", "Trouble with head control"])
    }

    @Test(arguments: [
        // No "and"/"or" before the last part: an appositive, not a series.
        "These include physiologic jaundice, the common, self-limited form described above.",
        // The complements of an "-ing" verb are not things.
        "Care involves keeping the child comfortable, well hydrated, and fully rested while the body heals.",
        // Verb phrases are not things.
        "Support helps families find their way, know the problem, and give the best care.",
        // Short items read as well in the sentence.
        "This includes facts about pregnancy, labor, birth, and the first weeks.",
        // A clause inside an item.
        "Tests are kept for babies whose signs are severe, atypical, or not improving.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(split(input) == nil)
    }

    @Test func easyLevelShowsTheList() {
        let section = Support.simplifier.simplify(
            [
                .paragraph(
                    "Other causes include infections of the brain, bad reactions to medicines, and genetic problems in infancy."
                )
            ],
            level: "easy")
        #expect(section.blocks.count == 2)
        guard case .list(let items) = section.blocks.last else {
            Issue.record("no list in \(section.blocks)")
            return
        }
        #expect(items.count == 3)
        #expect(section.findings.contains { $0.rule == TurnSeriesIntoList.name && $0.status == .applied })
    }
}
