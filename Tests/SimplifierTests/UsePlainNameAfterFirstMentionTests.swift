import Testing

@testable import Simplifier

@Suite struct UsePlainNameAfterFirstMentionTests {
    /// What the rule makes of `sentences`, one after another in one section.
    private func run(_ sentences: [String]) -> [String] {
        var context = Support.context()
        return sentences.map {
            UsePlainNameAfterFirstMention().rewrite($0, context: &context)?.joined(separator: " ") ?? $0
        }
    }

    @Test(arguments: [
        ("Babies with cervical dystonia need care.", "Babies with this neck problem need care."),
        ("Doctors treat cervical dystonia early.", "Doctors treat this neck problem early."),
        ("Cervical dystonia causes pain.", "This neck problem causes pain."),
        ("A baby may develop cervical dystonia.", "A baby may develop this neck problem."),
        // The word before or after makes the term part of a longer phrase: it stays.
        ("Congenital cervical dystonia is different.", "Congenital cervical dystonia is different."),
        ("Their cervical dystonia improves.", "Their cervical dystonia improves."),
        ("Cervical dystonia signs vary.", "Cervical dystonia signs vary."),
        // A sentence that defines or names the term keeps it.
        ("Cervical dystonia means the neck turns.", "Cervical dystonia means the neck turns."),
        (
            "Cervical dystonia is also called spasmodic torticollis.",
            "Cervical dystonia is also called spasmodic torticollis."
        ),
        // So does a sentence that says what the term is.
        ("Cervical dystonia is a movement disorder.", "Cervical dystonia is a movement disorder."),
    ])
    func laterMentionsUseThePlainName(later: String, expected: String) {
        let output = run(["Cervical dystonia is rare in babies.", later])
        #expect(output == ["Cervical dystonia is rare in babies.", expected])
    }

    @Test func theFirstMentionInASectionStays() {
        #expect(run(["Doctors treat cervical dystonia early."]) == ["Doctors treat cervical dystonia early."])
        // Twice in one sentence: the first stays, the second is renamed.
        #expect(
            run(["Cervical dystonia is rare, and doctors treat cervical dystonia early."])
                == ["Cervical dystonia is rare, and doctors treat this neck problem early."])
    }

    @Test func aPlainNameWithItsOwnDeterminerReplacesThe() {
        #expect(
            run(["The basal ganglia control movement.", "Damage to the basal ganglia is serious."])
                == ["The basal ganglia control movement.", "Damage to these brain parts is serious."])
        // Without a determiner of its own, the plain name follows "a": "a neurologist" → "a brain doctor".
        #expect(
            run(["A neurologist can help.", "Ask a neurologist about it."])
                == ["A neurologist can help.", "Ask a brain doctor about it."])
    }

    @Test func anotherConditionInBetweenKeepsTheTerm() {
        // "this neck problem" after torticollis was named would point at torticollis.
        let output = run([
            "Cervical dystonia is rare.", "Torticollis is common.", "Babies with cervical dystonia need care.",
        ])
        #expect(output.last == "Babies with cervical dystonia need care.")
    }

    @Test func theGlossaryGuardAcceptsTheRenamedTerm() {
        var context = Support.guardContext
        let before = "Babies with cervical dystonia need care."
        let after = "Babies with this neck problem need care."
        #expect(Guards.firstFailure(before: before, after: after, context: context)?.0 == "GlossaryTermGuard")
        context.namedTerms = ["cervical dystonia", "dystonia"]
        #expect(Guards.firstFailure(before: before, after: after, context: context) == nil)
    }

    @Test func aSectionSaysTheTermOnceAndThenThePlainName() throws {
        let section = Support.simplifier.simplify(
            [.paragraph("Cervical dystonia is rare in infants. Doctors treat cervical dystonia with therapy.")],
            level: "easy")
        let text = section.blocks.map(\.plainText).joined(separator: " ")
        #expect(text.contains("Doctors treat this neck problem with therapy."))
        #expect(text.hasPrefix("Cervical dystonia is rare in babies."))
    }
}
