import Testing

@testable import Simplifier

@Suite struct WriteNumbersAsDigitsTests {
    @Test(arguments: [
        ("Most children outgrow them by age five.", "Most children outgrow them by age 5."),
        ("Feed every two to three hours.", "Feed every 2 to 3 hours."),
        ("Symptoms start 8–14 days after the shot.", "Symptoms start 8 to 14 days after the shot."),
        ("Burp the baby every 1 - 2 ounces.", "Burp the baby every 1 to 2 ounces."),
        ("It affects one side of the neck.", "It affects one side of the neck."),
        ("Colds last one to two days first.", "Colds last 1 to 2 days first."),
        // A sentence does not open with digits.
        ("Two options now reduce the risk for three months.", "Two options now reduce the risk for 3 months."),
        // The words of one number are one number.
        ("There are over six hundred clinics.", "There are over 600 clinics."),
        ("It has three hundred and twenty beds.", "It has 320 beds."),
        ("About a thousand babies and twenty-five nurses took part.", "About 1,000 babies and 25 nurses took part."),
        ("It weighs two thousand five hundred grams.", "It weighs 2,500 grams."),
        ("Six hundred babies took part.", "Six hundred babies took part."),
        ("Weeks twenty five and thirty matter.", "Weeks 25 and 30 matter."),
    ])
    func writesDigits(input: String, expected: String) {
        #expect(Support.apply(WriteNumbersAsDigits(), input) == expected)
    }
}
