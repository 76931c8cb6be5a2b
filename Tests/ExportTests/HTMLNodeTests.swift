import ContentModel
import Testing

@testable import Export

@Suite struct HTMLNodeTests {
    @Test func textAndAttributesAreEscaped() {
        let node = HTMLNode.element(
            "p", [HTMLAttribute("title", "a\"b'c<d>&")], [.text("<b>&amp;</b>"), .element("br")])
        #expect(node.render() == "<p title=\"a&quot;b&#39;c&lt;d&gt;&amp;\">&lt;b&gt;&amp;amp;&lt;/b&gt;<br></p>\n")
    }

    @Test func forbiddenCodePointsAreRemoved() {
        // Noncharacters cannot be written as literals.
        var text = "a\u{0}\u{1}\u{8}b\u{7F}\u{85}c"
        for value: UInt32 in [0xFFFE, 0xFDD0, 0x1FFFF] { text.unicodeScalars.append(Unicode.Scalar(value)!) }
        text += "\td\ne"
        #expect(HTMLNode.text(text).render() == "abc\td\ne")
    }

    @Test func booleanAttributesHaveNoValue() {
        let node = HTMLNode.element("div", HTMLAttribute.flag("hidden") + HTMLAttribute.flag("inert", false))
        #expect(node.render() == "<div hidden>\n</div>\n")
    }

    @Test func scriptDataCannotCloseTheScriptOrHideInComments() {
        let escaped = HTMLEscaping.scriptData(#"{"t":"</script><!-- & é 😀"}"#)
        #expect(escaped == #"{"t":"\u003C/script\u003E\u003C!-- \u0026 \u00E9 \uD83D\uDE00"}"#)
    }
}

@Suite struct FormattingTests {
    @Test func clockRoundsToSeconds() {
        #expect(Formatting.clock(0) == "0:00")
        #expect(Formatting.clock(65.4) == "1:05")
        #expect(Formatting.clock(59.6) == "1:00")
        #expect(Formatting.clock(3725) == "1:02:05")
        #expect(Formatting.spokenDuration(65) == "1 minute 5 seconds")
        #expect(Formatting.isoDuration(3725) == "PT1H2M5S")
        #expect(Formatting.isoDuration(7) == "PT7S")
    }

    @Test func urlsEncodeEverySegment() {
        #expect(Formatting.url("plain/01-intro.wav") == "plain/01-intro.wav")
        #expect(Formatting.url("../a b/é?#.txt") == "../a%20b/%C3%A9%3F%23.txt")
    }
}

@Suite struct SentenceLayoutTests {
    func run(_ text: String, _ sentence: Int? = nil) -> SentenceLayout.Run { .init(text: text, sentence: sentence) }

    func section(_ blocks: [Block], _ sentences: [String]) -> ExportSection {
        let cues =
            [Cue(kind: .announcement, startSeconds: 0, endSeconds: 1, text: "Section 1. A.")]
            + sentences.enumerated().map {
                Cue(
                    kind: .sentence, startSeconds: Double($0.offset + 1), endSeconds: Double($0.offset + 2),
                    text: $0.element)
            }
        return ExportSection(number: 1, id: "a", title: "A", blocks: blocks, cues: cues)
    }

    @Test func marksEachSentenceInItsBlock() {
        let layout = SentenceLayout(
            section: section(
                [.paragraph("One here.  (Two there.) Three"), .list(["- four", "five:"])],
                ["One here.", "(Two there.)", "Three.", "four.", "five."]))
        let expected: [SentenceLayout.Item] = [
            .paragraph([run("One here.", 0), run("  "), run("(Two there.)", 1), run(" "), run("Three", 2)]),
            .list([[run("four.", 3)], [run("five.", 4)]]),
        ]
        #expect(layout.items == expected)
    }

    @Test func textWithoutCuesStaysPlain() {
        let layout = SentenceLayout(section: section([.paragraph("Only text.")], []))
        #expect(layout.items == [SentenceLayout.Item.paragraph([run("Only text.")])])
    }

    @Test func fallsBackToCueTextWhenTheTextDiffers() {
        let layout = SentenceLayout(section: section([.paragraph("Something else.")], ["First.", "Second."]))
        #expect(layout.items == [SentenceLayout.Item.paragraph([run("First.", 0), run(" "), run("Second.", 1)])])
    }
}
