import Testing

@testable import Simplifier

@Suite struct SplitCoordinatedPredicatesTests {
    @Test(arguments: [
        (
            // An "-s" noun before "of" is part of the subject, not its verb.
            "Certain groups of babies are much more at risk and are therefore screened in most hospitals.",
            "Certain groups of babies are much more at risk. Certain groups of babies are therefore screened in most hospitals."
        ),
        (
            "This advanced treatment is usually kept for older children and is not often used in infancy.",
            "This advanced treatment is usually kept for older children. This advanced treatment is not often used in infancy."
        ),
        (
            "Surgery is rarely needed in infancy but may be considered for severe cases that do not get better.",
            "Surgery is rarely needed in infancy. But surgery may be considered for severe cases that do not get better."
        ),
        (
            "A baby with reflux is often fussy after feeds and may arch the back during a feed.",
            "A baby with reflux is often fussy after feeds. The baby with reflux may arch the back during a feed."
        ),
        (
            // "medicines" before "do" is the subject's noun, not its verb.
            "Cough medicines do not help and should not be given to babies under any circumstances at all.",
            "Cough medicines do not help. Cough medicines should not be given to babies under any circumstances at all."
        ),
        (
            // The modal is over both predicates: it is said again.
            "Others may have lasting movement problems and need lasting treatment and support throughout childhood.",
            "Others may have lasting movement problems. Others may need lasting treatment and support throughout childhood."
        ),
        (
            "Parents can offer smaller feeds more often than before, and burp the baby every 2 ounces during feeds.",
            "Parents can offer smaller feeds more often than before. Parents can burp the baby every 2 ounces during feeds."
        ),
        (
            "Electromyography measures electrical activity in muscles and can help tell dystonia from other problems.",
            "Electromyography measures electrical activity in muscles. Electromyography can help tell dystonia from other problems."
        ),
        (
            "Wraps are often left on for several hours, for periods of up to 2 weeks, and should only be used with a doctor's advice.",
            "Wraps are often left on for several hours, for periods of up to 2 weeks. Wraps should only be used with a doctor's advice."
        ),
        (
            "Electromyography (EMG) measures electrical activity in muscles and can help tell dystonia from other problems.",
            "Electromyography (EMG) measures electrical activity in muscles. Electromyography can help tell dystonia from other problems."
        ),
        (
            "Therapy typically begins as soon as the problem is found and may continue for many months.",
            "Therapy typically begins as soon as the problem is found. Therapy may continue for many months."
        ),
    ])
    func repeatsTheSubject(input: String, expected: String) {
        #expect(Support.apply(SplitCoordinatedPredicates(), input, maxWords: 12) == expected)
    }

    @Test func restartsAnActionSubjectWithIt() {
        let input =
            "Connecting with other families facing the same problems reduces stress and provides a space to share plans."
        #expect(
            Support.apply(SplitCoordinatedPredicates(), input, maxWords: 12)
                == "Connecting with other families facing the same problems reduces stress. It also provides a space to share plans."
        )
    }

    @Test(arguments: [
        // The second predicate belongs to the "because" clause's subject.
        "Early diagnosis is key because it guides treatment choices and can help families plan for the future.",
        // A subject with a participle in it is not a plain noun phrase.
        "Acid-suppressing medicines, such as pump blockers, are not useful for spitting up and are not advised for babies.",
        // "and" between nouns, not predicates.
        "Physical and occupational therapists often help babies with head control and neck strength every week.",
        // The subject is too long to repeat.
        "Babies who were born after a long and hard labor are watched closely and may need scans.",
        // ", and can" closes a list of short words.
        "These creams are cheap, safe, gentle on the skin of babies, and can be used every day at home.",
        // A series of verbs after the modal.
        "A doctor will listen to the lungs with a stethoscope, count the breathing rate, and measure oxygen levels.",
        // A shortened clause in the subject ("marketed for teething").
        "Several products marketed for teething are useless or unsafe and should not be used at all.",
        // Short enough already.
        "The child is sleepy and may be cross.",
    ])
    func leavesOtherSentences(input: String) {
        #expect(Support.apply(SplitCoordinatedPredicates(), input, maxWords: 12) == input)
    }
}
