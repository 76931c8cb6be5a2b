import Testing

@testable import Simplifier

@Suite struct SplitTrailingParticiplesTests {
    @Test(arguments: [
        (
            "The toxin weakens overactive muscles, reducing spasms and unusual positions.",
            "The toxin weakens overactive muscles. This reduces spasms and unusual positions."
        ),
        (
            "The valve between the stomach and the esophagus is weak in babies, allowing milk to flow back.",
            "The valve between the stomach and the esophagus is weak in babies. This allows milk to flow back."
        ),
        (
            "Febrile seizures are among the most common events of childhood, affecting about 2 to 5 percent of children.",
            "Febrile seizures are among the most common events of childhood. They affect about 2 to 5 percent of children."
        ),
        (
            "Some children make progress with therapy, achieving head control and participating fully in play.",
            "Some children make progress with therapy. They achieve head control and participate fully in play."
        ),
        (
            "Signs are often worse at night and may change, improving during the day and then recurring at night.",
            "Signs are often worse at night and may change. They improve during the day and then recur at night."
        ),
        (
            "The toxin weakens the muscle for a while, reducing spasms and easing pain.",
            "The toxin weakens the muscle for a while. This reduces spasms and eases pain."
        ),
        (
            "Their red cells live for a shorter time than in adults, thereby producing bilirubin rapidly.",
            "Their red cells live for a shorter time than in adults. This produces bilirubin rapidly."
        ),
        (
            "The dose of toothpaste is no larger than a grain of rice in babies, increasing to a pea-sized amount at 3.",
            "The dose of toothpaste is no larger than a grain of rice in babies. This increases to a pea-sized amount at 3."
        ),
        (
            "A damp layer of cotton covers the cream, followed by a dry layer on top.",
            "A damp layer of cotton covers the cream. This is followed by a dry layer on top."
        ),
        (
            "These also include jaundice that develops when a baby gets too little milk, allowing bilirubin to build up.",
            "These also include jaundice that develops when a baby gets too little milk. This allows bilirubin to build up."
        ),
        (
            "Bronchiolitis is a clinical diagnosis, meaning that doctors find it from the history.",
            "Bronchiolitis is a clinical diagnosis. This means that doctors find it from the history."
        ),
        (
            "Cervical dystonia is a movement disorder, causing the head to turn.",
            "Cervical dystonia is a movement disorder. It causes the head to turn."
        ),
        (
            "These signs may come and go during the day, often worsening with activity, stress, or fatigue.",
            "These signs may come and go during the day. They often worsen with activity, stress, or fatigue."
        ),
    ])
    func turnsTheParticipleIntoASentence(input: String, expected: String) {
        #expect(Support.apply(SplitTrailingParticiples(), input) == expected)
    }

    @Test func saysAResultOfAPassiveClause() {
        #expect(
            Support.apply(
                SplitTrailingParticiples(),
                "The toxin is injected into the tight muscle, reducing spasms for several months.")
                == "The toxin is injected into the tight muscle. This reduces spasms for several months.")
    }

    @Test(arguments: [
        // An "-ing" adjective after another adjective.
        "These contractions make the head move in repetitive, jerking motions.",
        // Not a participle of an action.
        "Causes vary widely, including infections.",
        // An "-ing" adjective after "a" and another adjective.
        "The main signs include a harsh, barking cough that sounds like a seal.",
        // An "-ing" word inside a series.
        "A late diagnosis can affect a child's speech and communication, learning, and social development.",
        // The phrase describes an item after "include".
        "Warning signs also include long feeds, sometimes lasting more than 45 minutes each.",
        // An "-ing" noun before "or"/"and" is an item of a series.
        "There is often no visible swelling, bruising or deformity around the elbow after the pull.",
        // An action of someone in the clause, or an "-ing" word inside a series of nouns: "This"
        // would point to nothing ("This often adapts …", "This learns problems …").
        "With therapy, most children with weakness take part fully in school and sports, often adapting to their limits.",
        "Low sugar may harm the brain and may lead to developmental delay, learning difficulties, visual impairment, or epilepsy.",
        // After a passive clause an action is done by the unnamed person ("This wipes" would be wrong).
        "Discharge can be removed with a clean cotton ball moistened with warm water, wiping from the inner corner outward.",
        // A list of participles: the split would leave a list behind.
        "Therapy helps babies, improving balance, building strength, and easing pain.",
    ])
    func leavesOtherIngWords(input: String) {
        #expect(Support.apply(SplitTrailingParticiples(), input) == input)
    }
}
