import Sectioning
import Testing

/// Section ids and article ids must be safe file names on every platform.
@Suite struct SlugTests {
    @Test(arguments: [
        ("What is Cervical Dystonia in Infants?", "what-is-cervical-dystonia-in-infants"),
        ("Outcomes and Long-Term Outlook", "outcomes-and-long-term-outlook"),
        ("Café Crème à la Señora", "cafe-creme-a-la-senora"),
        ("Straße, Ærø & Łódź", "strasse-aero-lodz"),
        ("ﬁ ligature ½", "fi-ligature-1-2"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "section"),
        (".", "section"),
        ("", "section"),
        ("   ", "section"),
        ("🙂🎉", "section"),
        ("Κεφαλή", "section"),
        ("头部", "section"),
        ("CON", "con-section"),
        ("nul", "nul-section"),
        ("Com1", "com1-section"),
        ("LPT9", "lpt9-section"),
        ("com10", "com10"),
        ("console", "console"),
        ("--Trim--me--", "trim-me"),
        ("Step 3: 10% of C++ & C#", "step-3-10-of-c-c"),
    ])
    func make(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
        #expect(Slug.isValid(Slug.make(title)))
    }

    @Test func longTitlesAreCutAtAHyphen() {
        let title = String(repeating: "Dystonia ", count: 40)
        let slug = Slug.make(title)
        #expect(slug.count <= Slug.maxLength)
        #expect(slug == (Array(repeating: "dystonia", count: 6).joined(separator: "-")))
        let oneWord = String(repeating: "a", count: 300)
        #expect(Slug.make(oneWord) == String(repeating: "a", count: 60))
    }

    @Test func accentsFoldTheSameInNFCAndNFD() {
        let nfc = "Caf\u{E9}"
        let nfd = "Cafe\u{301}"
        #expect(Slug.make(nfc) == "cafe")
        #expect(Slug.make(nfd) == "cafe")
    }

    @Test func duplicatesGetNumberedSuffixes() {
        let titles = ["Causes", "causes", "CAUSES", "Caf\u{E9}", "Cafe\u{301}", "🙂", "头部", "Causes 2"]
        let ids = Slug.uniqued(titles.map(Slug.make))
        #expect(ids == ["causes", "causes-2", "causes-3", "cafe", "cafe-2", "section", "section-2", "causes-2-2"])
        #expect(Set(ids).count == ids.count)
        let long = Slug.make(String(repeating: "word ", count: 30))
        let longIDs = Slug.uniqued([long, long])
        #expect(longIDs[1].hasSuffix("-2"))
        #expect(longIDs[1].count <= Slug.maxLength)
        #expect(longIDs[0] != longIDs[1])
    }

    @Test func validity() {
        for valid in ["a", "cervical-dystonia-in-infants", "section", "x1-2"] { #expect(Slug.isValid(valid)) }
        for invalid in ["", "A", "a--b", "-a", "a-", "a_b", "a.b", "con", "..", String(repeating: "a", count: 61), "é"]
        {
            #expect(!Slug.isValid(invalid), "\(invalid)")
        }
    }
}
