"""Export crosscheck in a real browser: Debian's Chromium (no downloaded browsers) opens the
listening page from file://, plays sections, and the highlighted sentence follows the audio;
sentence modes, speed, auto-advance, keyboard-only level and chapter switching, reduced motion and
forced colours work; nothing is requested from the network; the pages fit 320 px with ≥ 44 px
touch targets. Screenshots go to $PLAINSPEAK_SCREENSHOTS (or the pytest tmp dir).

Input: a real `plainspeak build` output (conftest's `built_out`, or $PLAINSPEAK_OUT).
"""

import os
import pathlib
import subprocess
import urllib.parse

import pytest
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


@pytest.fixture(scope="module")
def out_dir(built_out):
    """A real `plainspeak build` of the shipped Content/ plus a hostile-markup article (conftest)."""
    return built_out


@pytest.fixture(scope="module")
def listening_page(out_dir):
    pages = sorted(p.parent / "index.html" for p in out_dir.glob("*/index.json"))
    assert pages, f"no article folders with index.json under {out_dir}"
    return pages[0]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--autoplay-policy=no-user-gesture-required", "--mute-audio"])
        yield browser
        browser.close()


class Session:
    """One page with every request and script error recorded; non-local requests are blocked."""

    def __init__(self, browser, viewport=(1280, 900), **media):
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.remote, self.errors = [], []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: None if request.url.startswith(LOCAL_SCHEMES)
                     else self.remote.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        if media:
            self.page.emulate_media(**media)

    def _route(self, route):
        if route.request.url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            self.remote.append(route.request.url)
            route.abort()

    def open(self, path):
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")
        self.page.wait_for_function("document.getElementById('audio').readyState >= 1", timeout=10_000)
        return self.page

    def close(self):
        assert not self.remote, f"requests left the machine: {self.remote}"
        assert not self.errors, f"script errors: {self.errors}"
        self.context.close()


@pytest.fixture
def session(browser):
    sessions = []

    def make(**options):
        sessions.append(Session(browser, **options))
        return sessions[-1]

    yield make
    for each in sessions:
        each.close()


def player_data(page):
    return page.evaluate("JSON.parse(document.getElementById('player-data').textContent)")


def state(page):
    return page.evaluate("""() => {
        const audio = document.getElementById('audio');
        const current = document.querySelector('.level-text:not([hidden]) .s.current');
        const level = document.querySelector('.level-text:not([hidden])');
        return {
            time: audio.currentTime, paused: audio.paused, src: decodeURIComponent(audio.currentSrc || audio.src),
            rate: audio.playbackRate, now: document.getElementById('now').textContent,
            status: document.getElementById('status').textContent, hash: location.hash,
            level: level ? Number(level.dataset.level) : -1,
            sentence: current ? Number(current.dataset.s) : -1,
            section: current ? Number(current.closest('.sec').dataset.section) : -1,
            active: document.activeElement ? document.activeElement.className + '|' + document.activeElement.id : '',
        };
    }""")


def multi_sentence_section(data, level=0):
    for index, section in enumerate(data["levels"][level]["sections"]):
        if len(section["sentences"]) >= 2 and section["audio"]:
            return index, section
    pytest.skip("no section with two sentences")


def plays(section, src):
    """Whether the audio element's source is this section's WAV or Opus file (the page prefers Opus)."""
    stem = section["audio"].rsplit(".", 1)[0]
    return any(stem + ext in urllib.parse.unquote(src) for ext in (".wav", ".opus"))


def click_sentence(page, section, sentence):
    page.locator(f'.level-text:not([hidden]) .sec[data-section="{section}"] .s[data-s="{sentence}"]').click()


def tab_until(page, predicate, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const e = document.activeElement; return !!e && ({predicate}); }})()"):
            return
    raise AssertionError(f"Tab never reached an element where {predicate}")


def test_highlight_follows_the_audio(session, listening_page):
    page = session().open(listening_page)
    index, section = multi_sentence_section(player_data(page))
    first, second = section["sentences"][0], section["sentences"][1]
    page.locator(f'.chapter-list:not([hidden]) .chapter[data-section="{index}"]').click()
    page.wait_for_function("!document.getElementById('audio').paused", timeout=10_000)
    assert plays(section, state(page)["src"])
    # Real playback reaches the first sentence and highlights it.
    page.wait_for_function(f"document.getElementById('audio').currentTime > {first[0] + 0.1}", timeout=15_000)
    page.wait_for_function("document.querySelector('.level-text:not([hidden]) .s.current') !== null", timeout=5_000)
    now = state(page)
    assert (now["section"], now["sentence"]) == (index, 0), now
    # Jump to just before the second sentence: the highlight moves by itself as time advances.
    page.evaluate(f"document.getElementById('audio').currentTime = {max(first[0], second[0] - 0.4)}")
    page.wait_for_function(
        "(document.querySelector('.level-text:not([hidden]) .s.current') || {dataset: {}}).dataset.s === '1'",
        timeout=5_000)
    now = state(page)
    assert now["time"] >= second[0] - 0.05 and not now["paused"], now
    # The highlighted sentence is kept in view.
    box = page.evaluate("(() => { const r = document.querySelector('.s.current').getBoundingClientRect();"
                        " return [r.top, r.bottom, innerHeight]; })()")
    assert 0 <= box[0] and box[1] <= box[2], box


def test_pause_after_each_sentence_and_repeat(session, listening_page):
    page = session().open(listening_page)
    index, section = multi_sentence_section(player_data(page))
    sentence = min(range(len(section["sentences"])), key=lambda i: section["sentences"][i][1] - section["sentences"][i][0])
    start, end = section["sentences"][sentence]
    page.locator("#faster").click()
    page.locator("#faster").click()
    page.locator("#step").click()
    assert page.locator("#step").get_attribute("aria-pressed") == "true"
    click_sentence(page, index, sentence)
    page.wait_for_function("!document.getElementById('audio').paused", timeout=10_000)
    page.wait_for_function("document.getElementById('audio').paused", timeout=int((end - start) * 1000) + 5_000)
    now = state(page)
    assert end - 0.15 <= now["time"] <= end + 0.3, (now, end)
    assert now["sentence"] == sentence
    # Back plays the same sentence again.
    page.locator("#prev").click()
    page.wait_for_function("!document.getElementById('audio').paused", timeout=5_000)
    assert abs(state(page)["time"] - start) < 0.3

    page.locator("#repeat").click()
    assert page.locator("#step").get_attribute("aria-pressed") == "false"
    click_sentence(page, index, sentence)
    page.wait_for_function(f"document.getElementById('audio').currentTime > {start + 0.3}", timeout=5_000)
    looped = page.evaluate("""() => new Promise(resolve => {
        const audio = document.getElementById('audio');
        audio.addEventListener('seeked', () => resolve(audio.currentTime), {once: true});
    })""")
    assert abs(looped - start) < 0.1, (looped, start)
    assert state(page)["sentence"] == sentence and not state(page)["paused"]


def test_speed_buttons_change_playback_rate(session, listening_page):
    page = session().open(listening_page)
    assert state(page)["rate"] == 1
    page.locator("#faster").click()
    assert state(page)["rate"] == pytest.approx(1.15)
    page.locator("#slower").click()
    page.locator("#slower").click()
    now = state(page)
    assert now["rate"] == pytest.approx(0.9)
    page.wait_for_function("document.getElementById('status').textContent.includes('0.9')", timeout=2_000)
    assert page.locator("#rate").text_content() == "0.9×"


def test_auto_advances_to_the_next_chapter(session, listening_page):
    page = session().open(listening_page)
    data = player_data(page)
    sections = data["levels"][0]["sections"]
    if len(sections) < 2:
        pytest.skip("one section only")
    page.evaluate(f"""(() => {{ const audio = document.getElementById('audio');
        audio.currentTime = {max(0, sections[0]['duration'] - 0.5)}; audio.play(); }})()""")
    page.wait_for_function("document.getElementById('now').textContent.startsWith('2.')", timeout=10_000)
    page.wait_for_function("!document.getElementById('audio').paused", timeout=10_000)
    now = state(page)
    assert plays(sections[1], now["src"]), now
    assert "Chapter 2 of" in now["status"] or page.wait_for_function(
        "document.getElementById('status').textContent.includes('Chapter 2 of')", timeout=2_000)


def test_keyboard_alone_switches_level_and_chapter_and_plays_a_sentence(session, listening_page):
    page = session().open(listening_page)
    data = player_data(page)
    page.keyboard.press("Tab")
    assert "skip" in state(page)["active"], "the skip link is the first tab stop"
    if len(data["levels"]) > 1:
        tab_until(page, "e.name === 'level'")
        page.keyboard.press("ArrowRight")
        page.wait_for_function("document.querySelector('.level-text:not([hidden])').dataset.level === '1'")
        now = state(page)
        assert now["level"] == 1 and f"level={data['levels'][1]['id']}" in now["hash"]
        assert page.locator(".chapter-list:not([hidden])").get_attribute("data-level") == "1"
    level = state(page)["level"]
    sections = data["levels"][level]["sections"]
    if len(sections) > 1:
        tab_until(page, "e.classList.contains('chapter') && e.dataset.section === '1'")
        page.keyboard.press("Enter")
        page.wait_for_function("document.getElementById('now').textContent.startsWith('2.')")
        assert page.locator(".chapter-list:not([hidden]) .chapter[aria-current='true']").get_attribute("data-section") == "1"
        page.wait_for_function("!document.getElementById('audio').paused", timeout=10_000)
        assert plays(sections[1], state(page)["src"])
    # The text is one tab stop; arrow keys move between sentences; Space plays the focused one.
    page.evaluate("document.getElementById('audio').pause()")
    tab_until(page, "e.classList.contains('s')")
    page.keyboard.press("Home")
    page.keyboard.press("ArrowDown")
    target = page.evaluate("""(() => { const e = document.activeElement;
        return [Number(e.closest('.sec').dataset.section), Number(e.dataset.s)]; })()""")
    page.keyboard.press("Space")
    page.wait_for_function("!document.getElementById('audio').paused", timeout=10_000)
    start = sections[target[0]]["sentences"][target[1]][0]
    now = state(page)
    assert abs(now["time"] - start) < 0.5 and now["now"].startswith(f"{sections[target[0]]['number']}."), (now, start)
    # Focus is visible.
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_reduced_motion_scrolls_without_animation(session, listening_page):
    for motion, expected in [("reduce", "auto"), ("no-preference", "smooth")]:
        page = session(viewport=(375, 500), reduced_motion=motion).open(listening_page)
        # Records the page's own scroll requests (Playwright's clicks scroll without options).
        page.evaluate("""window.scrollCalls = [];
            Element.prototype.scrollIntoView = function (options) {
                if (options && options.behavior) { window.scrollCalls.push(options); }
            };""")
        index, section = multi_sentence_section(player_data(page))
        click_sentence(page, index, 0)
        page.wait_for_function("document.querySelector('.s.current') !== null", timeout=5_000)
        # With the sentence out of view, the next highlighted sentence is scrolled to.
        page.evaluate(f"""window.scrollTo(0, document.body.scrollHeight);
            document.getElementById('audio').currentTime = {section['sentences'][1][0] + 0.05};""")
        page.wait_for_function("window.scrollCalls.length > 0", timeout=5_000)
        assert page.evaluate("window.scrollCalls[0].behavior") == expected


def test_forced_colours_keep_the_highlight_visible(session, listening_page):
    page = session(forced_colors="active").open(listening_page)
    index, section = multi_sentence_section(player_data(page))
    click_sentence(page, index, 0)
    page.wait_for_function("document.querySelector('.s.current') !== null", timeout=5_000)
    colours = page.evaluate("""[getComputedStyle(document.querySelector('.s.current')).backgroundColor,
        getComputedStyle(document.querySelector('.s:not(.current)') || document.body).backgroundColor]""")
    assert colours[0] != colours[1] and colours[0] not in ("rgba(0, 0, 0, 0)", "transparent"), colours


@pytest.mark.parametrize("width", [320, 1280])
def test_pages_fit_the_width_with_large_targets_and_screenshots(session, out_dir, listening_page, width,
                                                                tmp_path_factory):
    shots = pathlib.Path(os.environ.get("PLAINSPEAK_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    shots.mkdir(parents=True, exist_ok=True)
    level_pages = sorted(listening_page.parent.glob("*/*.html"))
    pages = [("listening", listening_page), ("library", out_dir / "index.html")] + \
        [(f"text-{p.parent.name}", p) for p in level_pages[:1]]
    problems = []
    for name, path in pages:
        s = session(viewport=(width, 720))
        page = s.page
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        if name == "listening":
            index, _ = multi_sentence_section(player_data(page))
            click_sentence(page, index, 1)
            page.wait_for_function("document.querySelector('.s.current') !== null", timeout=5_000)
            page.evaluate("document.getElementById('audio').pause()")
            page.wait_for_timeout(800)
            page.screenshot(path=str(shots / f"{name}-{width}-playing.png"))
            page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth")
        if overflow > width:
            problems.append(f"{name}: {overflow} px wide at {width} px")
        small = page.evaluate("""() => [...document.querySelectorAll(
                'button, input, label, nav a, .links a, .downloads a, .actions a, .article h2 a')]
            .filter(e => e.offsetParent !== null && !e.closest('label, .vh') || e.tagName === 'LABEL')
            .filter(e => e.offsetParent !== null)
            .map(e => [e.tagName + ' ' + (e.id || e.className) + ' ' + e.textContent.trim().slice(0, 30),
                       e.getBoundingClientRect()])
            .filter(([, r]) => r.height < 44 || r.width < 44)
            .map(([n, r]) => `${n}: ${Math.round(r.width)}x${Math.round(r.height)}`)""")
        problems += [f"{name}: small target {item}" for item in small]
    print(f"screenshots in {shots}")
    assert not problems, "\n".join(problems)


def test_markup_in_content_shows_as_text_and_runs_nothing(session, out_dir):
    folder = out_dir / "hostile-markup"
    each = session()
    dialogs = []
    each.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page = each.open(folder / "index.html")
    for needle in ["<script>alert('title')</script>", '<script>alert("heading")</script>', "<img src=x onerror=alert('intro')>",
                   "javascript:alert(1)", '<audio src="x"/>']:
        assert needle in page.inner_text("body"), needle
    assert page.evaluate("document.querySelectorAll('main script, main img, main audio[src=\"x\"], main b').length") == 0
    assert page.evaluate("[...document.querySelectorAll('a')].every(a => !a.href.startsWith('javascript:'))")
    # Give any injected handler a chance to run.
    page.mouse.move(10, 10)
    page.wait_for_timeout(300)
    assert dialogs == []
    # The original level's text export keeps the markup as plain characters (the simplifier may
    # rewrite other levels' sentences, e.g. drop "('intro')" as a parenthetical).
    content = (folder / "original" / "hostile-markup.txt").read_text()
    assert "<script>alert(\"heading\")</script>" in content and "<img src=x onerror=alert('intro')>" in content
    for text in folder.glob("*/hostile-markup.txt"):
        assert "<script>alert('title')</script>" in text.read_text()
