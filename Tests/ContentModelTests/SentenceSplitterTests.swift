import ContentModel
import Testing

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    @Test func splitsAtSentenceEnds() {
        #expect(splitter.sentences(in: "One. Two! Three? Four") == ["One.", "Two!", "Three?", "Four"])
    }

    @Test func keepsAbbreviationsAndInitialsInside() {
        #expect(
            splitter.sentences(in: "Use a pillow, e.g. A soft one. Ask Dr. Smith. Michael S. Porter wrote it.")
                == ["Use a pillow, e.g. A soft one.", "Ask Dr. Smith.", "Michael S. Porter wrote it."])
    }

    @Test func doesNotSplitDecimalsOrLowercaseContinuations() {
        #expect(splitter.sentences(in: "It lasts 2.5 months. then stops.") == ["It lasts 2.5 months. then stops."])
    }

    @Test func lineBreaksEndSentences() {
        #expect(
            splitter.sentences(in: "First item\nSecond item.\n\nNext paragraph.") == [
                "First item", "Second item.", "Next paragraph.",
            ])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(
            splitter.sentences(in: "He said \"stop.\" Then (it ended.) Done.") == [
                "He said \"stop.\"", "Then (it ended.)", "Done.",
            ])
    }
}

@Suite struct WebVTTTests {
    @Test func formatsTimestampsAndEscapesText() {
        let text = WebVTT.document([
            WebVTT.Entry(identifier: "1", startSeconds: 0, endSeconds: 3661.2345, text: "a <b> & c --> d\n\ne")
        ])
        #expect(text == "WEBVTT\n\n1\n00:00:00.000 --> 01:01:01.235\na &lt;b&gt; &amp; c -&gt; d e\n")
    }
}

@Suite struct BlockTests {
    @Test func listItemsBecomeSentences() {
        let blocks: [Block] = [
            .paragraph("Signs include:"), .list(["Head tilt", "Poor feeding."]), .subheading("More"),
        ]
        #expect(Block.plainText(of: blocks) == "Signs include:\n\nHead tilt.\nPoor feeding.\n\nMore.")
    }

    @Test func countsWords() {
        #expect(Words.count(in: "A child’s 3–4 month check-up (MRI) — today.") == 8)
    }
}
