import Testing

@testable import Simplifier

@Suite struct DropFillerTests {
    @Test(arguments: [
        ("It is important to note that most babies improve.", "Most babies improve."),
        ("In fact, the test takes 10 minutes.", "The test takes 10 minutes."),
        ("The scan is, basically, painless.", "The scan is painless."),
        (
            "It is important for families to understand that progress may be slow and that each child is different.",
            "Progress may be slow and each child is different."
        ),
    ])
    func dropsFillers(input: String, expected: String) {
        #expect(Support.apply(DropFiller(), input) == expected)
    }

    @Test func leavesSentencesWithoutFillerAlone() {
        var context = Support.context()
        #expect(DropFiller().rewrite("Most babies improve with therapy.", context: &context) == nil)
    }
}
