/// Style sheets of the exported pages, inline so that pages work offline from `file://`.
///
/// Every page: system fonts at a comfortable size, a visible focus ring, light and dark colours
/// with enough contrast, ≥ 44 px touch targets, no motion when the reader asks for less, and
/// system colours in forced-colours (Windows high contrast) mode.
enum Styles {
    static let base: StaticString = """

        :root { --bg: #ffffff; --fg: #1b1b1b; --muted: #4d4d4d; --accent: #0645ad;
          --line: #767676; --mark: #ffe27a; --panel: #f2f3f5; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #121212; --fg: #f0f0f0; --muted: #c9c9c9; --accent: #9cc2ff; --line: #8f8f8f;
            --mark: #6a5400; --panel: #1e1f22; }
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: var(--bg); color: var(--fg); font-family: system-ui, -apple-system, "Segoe UI",
          Roboto, "Noto Sans", "DejaVu Sans", sans-serif; font-size: 1.125rem; line-height: 1.6; overflow-wrap: break-word; }
        header, main, footer { max-width: 44rem; margin: 0 auto; padding: 0 1rem; }
        h1 { font-size: 1.75rem; line-height: 1.25; margin: 1rem 0 .5rem; }
        h2 { font-size: 1.375rem; line-height: 1.3; margin: 2rem 0 .5rem; }
        h3 { font-size: 1.15rem; margin: 1.5rem 0 .25rem; }
        a { color: var(--accent); }
        :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        main:focus { outline: none; }
        .skip { position: absolute; left: .5rem; top: -100rem; z-index: 10; padding: .6rem 1rem; background: var(--bg);
          color: var(--accent); border: 2px solid var(--accent); }
        .skip:focus { top: .5rem; }
        .vh { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
          clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
        [hidden] { display: none !important; }
        .links { list-style: none; margin: .5rem 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 1rem; }
        .links a, nav li a { display: inline-flex; align-items: center; min-height: 44px; }
        @media (prefers-reduced-motion: reduce) {
          *, *::before, *::after { scroll-behavior: auto !important; transition: none !important; animation: none !important; }
        }

        """

    static let document: StaticString = """

        header nav ul { list-style: none; margin: .5rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 1rem; }
        .level { color: var(--muted); margin-top: 0; }
        main nav ol { padding-left: 1.5rem; }
        main p, main li { max-width: 38rem; }
        main ul li + li { margin-top: .35rem; }

        """
}

extension Styles {
    static let listening: StaticString = """

        .levels { border: 0; margin: 1rem 0; padding: 0; min-width: 0; }
        .levels legend { font-weight: 700; padding: 0; margin-bottom: .35rem; }
        .level-options { display: flex; flex-wrap: wrap; gap: .5rem; }
        .levels label { display: inline-flex; align-items: center; gap: .5rem; min-height: 48px; padding: .25rem .9rem .25rem .6rem;
          border: 2px solid var(--line); border-radius: 999px; cursor: pointer; }
        .levels input { width: 1.3rem; height: 1.3rem; margin: 0; accent-color: var(--accent); }
        .levels input:checked + span { font-weight: 700; }
        .dur { color: var(--muted); font-variant-numeric: tabular-nums; font-weight: 400; }
        .options { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; }
        .speed { display: flex; gap: .5rem; align-items: center; flex: 1 1 16rem; }
        .speed output { min-width: 3.5rem; text-align: center; font-weight: 700; }
        .chapters h2 { margin-top: 1rem; }
        .chapter-list { list-style: none; margin: 0; padding: 0; display: grid; gap: .4rem; }
        .chapter { display: flex; width: 100%; align-items: baseline; gap: .5rem; min-height: 48px; padding: .5rem .75rem;
          text-align: left; font: inherit; color: inherit; background: var(--panel); border: 2px solid transparent;
          border-radius: .5rem; cursor: pointer; }
        .chapter .t { flex: 1; }
        .chapter[aria-current="true"] { border-color: var(--accent); font-weight: 700; }
        .player { position: sticky; top: 0; z-index: 5; margin: 1rem -1rem; padding: .5rem 1rem .25rem;
          background: var(--bg); border-bottom: 2px solid var(--line); }
        @media (max-height: 30rem) { .player { position: static; } }
        .player h2 { margin: 0; }
        .now { margin: 0 0 .25rem; font-weight: 700; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        audio { display: block; width: 100%; }
        .controls { display: flex; gap: .5rem; margin-top: .5rem; }
        .controls button, .options button { flex: 1 1 6rem; min-height: 48px; min-width: 48px; padding: .4rem .75rem;
          font: inherit; font-weight: 700; color: var(--fg); background: var(--panel); border: 2px solid var(--line);
          border-radius: .5rem; cursor: pointer; }
        .options > button { flex: 1 1 11rem; }
        .speed button { flex: 1 1 5rem; }
        #play { color: var(--bg); background: var(--accent); border-color: var(--accent); }
        button[aria-pressed]::before { content: ""; display: inline-block; width: .9em; height: .9em; margin-right: .5em;
          vertical-align: -.1em; border: 2px solid currentColor; border-radius: .2em; }
        button[aria-pressed="true"] { color: var(--bg); background: var(--accent); border-color: var(--accent); }
        button[aria-pressed="true"]::before { background: currentColor; }
        button[aria-disabled="true"] { opacity: .55; cursor: not-allowed; }
        .status { min-height: 1.5em; margin: .25rem 0 0; color: var(--muted); font-size: 1rem; }
        .hint { color: var(--muted); }
        .text { font-size: 1.25rem; line-height: 1.7; }
        .text h2 { scroll-margin-top: var(--player-space, 12rem); }
        .s { border-radius: .2em; cursor: pointer; scroll-margin-top: var(--player-space, 12rem); }
        .s:hover { text-decoration: underline; }
        .s.current, .sec h2.current { color: var(--fg); background: var(--mark); box-shadow: 0 0 0 .15em var(--mark); }
        .s:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .downloads li { margin: .25rem 0; }
        .downloads a { display: inline-flex; align-items: center; min-height: 44px; }
        @media (forced-colors: active) {
          .s.current, .sec h2.current { color: HighlightText; background: Highlight; }
          .chapter[aria-current="true"], button[aria-pressed="true"] { border: 3px solid Highlight; }
          button[aria-pressed="true"]::before { background: Highlight; }
        }

        """
}
