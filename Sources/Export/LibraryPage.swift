import ContentModel

/// The library page `<out>/index.html`: every article with its levels, durations and links.
enum LibraryPage {
    static func document(_ indexes: [AudioIndex]) -> String {
        var main: [HTMLNode] = [
            .element("h1", [], [.text("Listening library")]),
            .element(
                "p", [],
                [.text("Choose an article and a reading level to listen, or read the text version.")]),
        ]
        if indexes.isEmpty { main.append(.element("p", [], [.text("No articles yet.")])) }
        main += indexes.map(article)
        return Page.document(
            language: "en", title: "Listening library", styles: [Styles.base, Styles.library],
            body: [
                Page.skipLink(to: "main", "Skip to the list"),
                .element("main", [HTMLAttribute("id", "main"), HTMLAttribute("tabindex", "-1")], main),
            ])
    }

    private static func article(_ index: AudioIndex) -> HTMLNode {
        let info = index.article
        let folder = info.id + "/"
        let total = index.levels.first?.durationSeconds
        let headingID = "article-" + Formatting.url(info.id)
        let heading: [HTMLNode] = [Page.link(Formatting.url(folder + "index.html"), ReaderText.line(info.title))]
        var children: [HTMLNode] = [
            .element("h2", [HTMLAttribute("id", headingID), HTMLAttribute("lang", info.language)], heading)
        ]
        if total == nil { children.append(.element("p", [], [.text("No audio yet.")])) }
        children.append(
            .element(
                "ul", [HTMLAttribute("class", "levels")],
                index.levels.map { level in
                    let base = folder + level.id + "/" + info.id
                    let listen = Formatting.url(folder + "index.html") + "#level=" + Formatting.url(level.id)
                    return .element(
                        "li", [],
                        [
                            .element("span", [HTMLAttribute("class", "name")], [.text(ReaderText.line(level.title))]),
                            .text(" "),
                            .element("span", [HTMLAttribute("class", "dur")], [Page.duration(level.durationSeconds)]),
                            .element(
                                "span", [HTMLAttribute("class", "actions")],
                                [
                                    Page.link(listen, "Listen", [HTMLAttribute("aria-describedby", headingID)]),
                                    Page.link(Formatting.url(base + ".html"), "Read"),
                                    Page.link(Formatting.url(base + ".txt"), "Plain text"),
                                ]),
                        ])
                }))
        return .element(
            "section", [HTMLAttribute("class", "article"), HTMLAttribute("aria-labelledby", headingID)], children)
    }
}

extension Styles {
    static let library: StaticString = """

        .article { border-top: 2px solid var(--line); margin-top: 1.5rem; }
        .article h2 a { display: inline-flex; align-items: center; min-height: 44px; }
        .levels { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
        .levels li { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 1rem; padding: .25rem .75rem;
          background: var(--panel); border-radius: .5rem; }
        .levels .name { font-weight: 700; min-width: 7rem; }
        .dur { color: var(--muted); font-variant-numeric: tabular-nums; }
        .actions { display: flex; flex-wrap: wrap; gap: 0 1rem; margin-left: auto; }
        .actions a { display: inline-flex; align-items: center; min-height: 44px; min-width: 44px; }

        """
}
