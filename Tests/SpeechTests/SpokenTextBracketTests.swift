import ContentModel
import Speech
import Testing

@Suite struct SpokenTextBracketTests {
    let builder = SpokenTextBuilder(lexicon: .empty, normalization: .none)

    @Test func contentTextIsNeverPhonemeInput() {
        let spoken = builder.spoken("Type [[h@'loU]] or ]] here.")
        #expect(!spoken.spoken.contains("[["))
        #expect(!spoken.spoken.contains("]]"))
        #expect(spoken.spoken == "Type [ [h@'loU] ] or ] ] here.")
        #expect(spoken.display == "Type [[h@'loU]] or ]] here.")
        // Pieces still cover both texts without gaps.
        #expect(spoken.pieces.first?.display.lowerBound == 0)
        #expect(spoken.pieces.last?.display.upperBound == spoken.display.unicodeScalars.count)
        #expect(spoken.pieces.last?.spoken.upperBound == spoken.spoken.unicodeScalars.count)
        for (a, b) in zip(spoken.pieces, spoken.pieces.dropFirst()) {
            #expect(a.display.upperBound == b.display.lowerBound && a.spoken.upperBound == b.spoken.lowerBound)
        }
    }

    @Test func singleBracketsAreLeftAlone() {
        #expect(builder.spoken("A [note] here.") == SpokenText.identity("A [note] here."))
    }
}
