import Testing

@testable import Simplifier

@Suite struct SplitAtSemicolonsTests {
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
