import ContentModel

/// The listening page `<article-id>/index.html`: level switcher, chapters, a player with
/// sentence-by-sentence modes, and the text with the sentence being read highlighted.
///
/// The page is complete without script (text, chapters, an `<audio>` with the first section);
/// the inline script adds the highlighting and controls, reading timings from embedded JSON.
enum ListeningPage {
    static func document(_ article: ExportArticle) -> String {
        let info = article.index.article
        let title = ReaderText.line(info.title)
        let main: [HTMLNode] = [
            .element("h1", [], [.text(title)]),
            .element(
                "ul", [HTMLAttribute("class", "links")],
                [.element("li", [], [Page.link("../index.html", "All articles")])]),
            levelSwitcher(article),
            options(),
            chapters(article),
            player(article),
            .element(
                "p", [HTMLAttribute("class", "hint js-only")] + HTMLAttribute.flag("hidden"),
                [.text("Select any sentence to hear it. Arrow keys move between sentences.")]),
            .element(
                "div", [HTMLAttribute("id", "text"), HTMLAttribute("class", "text")],
                article.levels.enumerated().map(levelText)),
            .element("h2", [], [.text("Read the text")]),
            .element(
                "ul", [HTMLAttribute("class", "downloads")],
                article.levels.map { level in
                    let base = level.id + "/" + info.id
                    return .element(
                        "li", [],
                        [
                            .text(ReaderText.line(level.title) + ": "),
                            Page.link(Formatting.url(base + ".html"), "web page"),
                            .text(", "),
                            Page.link(Formatting.url(base + ".txt"), "plain text"),
                        ])
                }),
        ]
        let body: [HTMLNode] = [
            Page.skipLink(to: "text", "Skip to the text"),
            .element("main", [], main),
        ]
        let scripts: [HTMLNode] = [
            .element(
                "script", [HTMLAttribute("type", "application/json"), HTMLAttribute("id", "player-data")],
                [.scriptData(json: PlayerData(article: article).json())]),
            .element("script", [], [.staticMarkup(ListeningScript.source)]),
        ]
        return Page.document(
            language: info.language, title: title, styles: [Styles.base, Styles.listening], body: body,
            scripts: scripts)
    }

    private static func levelSwitcher(_ article: ExportArticle) -> HTMLNode {
        let options = article.levels.enumerated().map { position, level in
            let duration = article.index.levels.first { $0.id == level.id }?.durationSeconds
            var label: [HTMLNode] = [
                .element(
                    "input",
                    [
                        HTMLAttribute("type", "radio"), HTMLAttribute("name", "level"),
                        HTMLAttribute("value", String(position)),
                    ] + HTMLAttribute.flag("checked", position == 0)),
                .element("span", [], [.text(ReaderText.line(level.title))]),
            ]
            if let duration {
                label.append(.element("span", [HTMLAttribute("class", "dur")], [Page.duration(duration)]))
            }
            return HTMLNode.element("label", [], label)
        }
        return .element(
            "fieldset", [HTMLAttribute("class", "levels")],
            [
                .element("legend", [], [.text("Reading level")]),
                .element("div", [HTMLAttribute("class", "level-options")], options),
            ])
    }

    /// Modes that change how playback moves on; off the sticky player to keep it small on phones.
    private static func options() -> HTMLNode {
        .element(
            "div",
            [
                HTMLAttribute("class", "options js-only"), HTMLAttribute("role", "group"),
                HTMLAttribute("aria-label", "Listening options"),
            ] + HTMLAttribute.flag("hidden"),
            [
                button("repeat", "Repeat sentence", pressed: false),
                button("step", "Pause after each sentence", pressed: false),
                .element(
                    "div",
                    [
                        HTMLAttribute("class", "speed"), HTMLAttribute("role", "group"),
                        HTMLAttribute("aria-label", "Speed"),
                    ],
                    [
                        button("slower", "Slower"),
                        .element("output", [HTMLAttribute("id", "rate")], [.text("1×")]),
                        button("faster", "Faster"),
                    ]),
            ])
    }

    private static func chapters(_ article: ExportArticle) -> HTMLNode {
        let lists = article.levels.enumerated().map { position, level in
            let entries = article.index.levels.first { $0.id == level.id }?.sections ?? []
            let items = level.sections.enumerated().map { index, section in
                var label: [HTMLNode] = [
                    .element("span", [HTMLAttribute("class", "num")], [.text("\(section.number).")]),
                    .text(" "),
                    .element("span", [HTMLAttribute("class", "t")], [.text(ReaderText.line(section.title))]),
                ]
                if let entry = entries.first(where: { $0.number == section.number }) {
                    label += [
                        .text(" "),
                        .element("span", [HTMLAttribute("class", "dur")], [Page.duration(entry.durationSeconds)]),
                    ]
                }
                return HTMLNode.element(
                    "li", [],
                    [
                        .element(
                            "button",
                            [
                                HTMLAttribute("type", "button"), HTMLAttribute("class", "chapter"),
                                HTMLAttribute("data-section", String(index)),
                            ] + (position == 0 && index == 0 ? [HTMLAttribute("aria-current", "true")] : []),
                            label)
                    ])
            }
            return HTMLNode.element(
                "ol",
                [HTMLAttribute("class", "chapter-list"), HTMLAttribute("data-level", String(position))]
                    + HTMLAttribute.flag("hidden", position != 0),
                items)
        }
        return .element(
            "nav", [HTMLAttribute("class", "chapters"), HTMLAttribute("aria-labelledby", "chapters-title")],
            [.element("h2", [HTMLAttribute("id", "chapters-title")], [.text("Chapters")])] + lists)
    }

    private static func player(_ article: ExportArticle) -> HTMLNode {
        let firstLevel = article.levels.first
        let firstSection = firstLevel?.sections.first
        let entry = article.index.levels.first { $0.id == firstLevel?.id }?.sections.first {
            $0.number == firstSection?.number
        }
        var media: [HTMLNode] = []
        if let entry {
            if let opus = entry.opus {
                media.append(
                    .element(
                        "source",
                        [HTMLAttribute("src", Formatting.url(opus)), HTMLAttribute("type", "audio/ogg; codecs=opus")]))
            }
            media.append(
                .element(
                    "source", [HTMLAttribute("src", Formatting.url(entry.audio)), HTMLAttribute("type", "audio/wav")]))
            media.append(
                .element(
                    "track",
                    [
                        HTMLAttribute("kind", "captions"), HTMLAttribute("src", Formatting.url(entry.captions)),
                        HTMLAttribute("srclang", article.index.article.language), HTMLAttribute("label", "Captions"),
                    ] + HTMLAttribute.flag("default")))
        }
        media.append(.text("Your browser cannot play this audio. Use the text links below."))
        let nowPlaying = firstSection.map { "\($0.number). " + ReaderText.line($0.title) } ?? ""
        return .element(
            "section", [HTMLAttribute("class", "player"), HTMLAttribute("aria-labelledby", "player-title")],
            [
                .element("h2", [HTMLAttribute("id", "player-title"), HTMLAttribute("class", "vh")], [.text("Player")]),
                .element(
                    "p", [HTMLAttribute("class", "now")],
                    [
                        .element("span", [HTMLAttribute("class", "vh")], [.text("Now playing: ")]),
                        .element("span", [HTMLAttribute("id", "now")], [.text(nowPlaying)]),
                    ]),
                .element(
                    "audio",
                    [
                        HTMLAttribute("id", "audio"), HTMLAttribute("controls", nil),
                        HTMLAttribute("preload", "metadata"),
                    ], media),
                .element(
                    "div", [HTMLAttribute("class", "controls js-only")] + HTMLAttribute.flag("hidden"),
                    [
                        button("prev", "Back", hidden: " one sentence"),
                        button("play", "Play"),
                        button("next", "Next", hidden: " sentence"),
                    ]),
                .element(
                    "p",
                    [
                        HTMLAttribute("id", "status"), HTMLAttribute("class", "status"),
                        HTMLAttribute("role", "status"),
                        HTMLAttribute("aria-live", "polite"), HTMLAttribute("aria-atomic", "true"),
                    ]),
            ])
    }

    /// One level's text: a section per chapter, each sentence marked with its index.
    private static func levelText(position: Int, level: ExportLevel) -> HTMLNode {
        let sections = level.sections.enumerated().map { index, section in
            let headingID = "l\(position)-s\(section.number)"
            var children: [HTMLNode] = [
                .element("h2", [HTMLAttribute("id", headingID)], [.text(ReaderText.line(section.title))])
            ]
            for item in SentenceLayout(section: section).items {
                switch item {
                case .paragraph(let runs): children.append(.element("p", [], runs.map(run)))
                case .list(let entries):
                    children.append(.element("ul", [], entries.map { .element("li", [], $0.map(run)) }))
                case .subheading(let runs): children.append(.element("h3", [], runs.map(run)))
                }
            }
            return HTMLNode.element(
                "section",
                [
                    HTMLAttribute("class", "sec"), HTMLAttribute("data-section", String(index)),
                    HTMLAttribute("aria-labelledby", headingID),
                ],
                children)
        }
        return .element(
            "div",
            [HTMLAttribute("class", "level-text"), HTMLAttribute("data-level", String(position))]
                + HTMLAttribute.flag("hidden", position != 0),
            sections)
    }

    private static func run(_ run: SentenceLayout.Run) -> HTMLNode {
        guard let sentence = run.sentence else { return .text(run.text) }
        return .element(
            "span", [HTMLAttribute("class", "s"), HTMLAttribute("data-s", String(sentence))], [.text(run.text)])
    }

    private static func button(_ id: StaticString, _ label: String, hidden: String? = nil, pressed: Bool? = nil)
        -> HTMLNode
    {
        var attributes = [HTMLAttribute("type", "button"), HTMLAttribute("id", id.description)]
        if let pressed { attributes.append(HTMLAttribute("aria-pressed", pressed ? "true" : "false")) }
        var children: [HTMLNode] = [.text(label)]
        if let hidden { children.append(.element("span", [HTMLAttribute("class", "vh")], [.text(hidden)])) }
        return .element("button", attributes, children)
    }
}
