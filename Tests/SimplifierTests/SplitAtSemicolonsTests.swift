import Testing

@testable import Simplifier

@Suite struct SplitAtSemicolonsTests {
    @Test func splitsAColonBeforeAFullClause() {
        #expect(
            Support.apply(SplitAtSemicolons(), "Most babies with reflux are happy spitters: they feed well and grow.")
                == "Most babies with reflux are happy spitters. They feed well and grow.")
        // A colon before a list stays.
        let list = "Signs include: fever, a rash, and a cough."
        #expect(Support.apply(SplitAtSemicolons(), list) == list)
    }

    @Test func splitsTwoClauses() {
        #expect(
            Support.apply(SplitAtSemicolons(), "Most babies improve; some need more therapy.")
                == "Most babies improve. Some need more therapy.")
    }

    @Test func keepsSemicolonBeforeAFragment() {
        let input = "They returned in two variants; the Cyber-Shades and the Cyber-King."
        #expect(Support.apply(SplitAtSemicolons(), input) == input)
    }
}
