"""Cross-checks of a real build with tools that are not ours: Python's wave module, sox, ffprobe, webvtt-py."""
import json
import pathlib
import re
import subprocess
import wave

import webvtt

from conftest import ROOT

SEED = ROOT.parent / "shared" / "seed" / "cervical-dystonia-in-infants.txt"
HEADINGS = [
    "What is Cervical Dystonia in Infants?",
    "Causes and Risk Factors",
    "The Connection Between Cervical Dystonia and Birth Injury",
    "Symptoms and How Cervical Dystonia is Diagnosed",
    "Medical Care and Management",
    "Outcomes and Long-Term Outlook",
    "Prevention",
    "Support for Families",
]


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def seconds(stamp: str) -> float:
    """webvtt-py's *_in_seconds truncate to whole seconds; parse hh:mm:ss.ttt exactly."""
    hours, minutes, rest = stamp.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(rest)


def sections(index, level="original"):
    return next(l for l in index["levels"] if l["id"] == level)["sections"]


def test_nine_sections_in_order_with_heading_titles(article_index):
    original = sections(article_index)
    assert [s["number"] for s in original] == list(range(1, 10))
    assert [s["title"] for s in original[1:]] == HEADINGS


def test_every_wav_parses_and_matches_the_index(built_out, article_index):
    folder = built_out / article_index["article"]["id"]
    for level in article_index["levels"]:
        start = 0.0
        for section in level["sections"]:
            path = folder / section["audio"]
            with wave.open(str(path)) as wav:
                assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
                assert wav.getframerate() == article_index["voice"]["sampleRate"]
                assert wav.getnframes() == section["sampleCount"]
            size = path.stat().st_size
            header = path.read_bytes()[:44]
            assert int.from_bytes(header[4:8], "little") == size - 8
            assert int.from_bytes(header[40:44], "little") == section["sampleCount"] * 2
            assert abs(section["durationSeconds"] - section["sampleCount"] / wav.getframerate()) < 1e-9
            assert abs(section["startSeconds"] - start) < 1e-6
            start += section["durationSeconds"]
            soxi = subprocess.run(["soxi", "-s", str(path)], capture_output=True, text=True, check=True)
            assert int(soxi.stdout) == section["sampleCount"]
            probe = subprocess.run(
                ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
                capture_output=True, text=True, check=True)
            assert abs(float(probe.stdout) - section["durationSeconds"]) < 0.001
        assert abs(level["durationSeconds"] - start) < 1e-6


def test_original_level_keeps_the_seed_words_in_order(article_index):
    if not SEED.exists():
        return
    seed = words(SEED.read_text())
    ours = words(" ".join(s["title"] + " " + s["text"] for s in sections(article_index)))
    # Longest common subsequence over words, as a share of the seed's words.
    previous = [0] * (len(ours) + 1)
    for w in seed:
        current = [0]
        for j, o in enumerate(ours):
            current.append(previous[j] + 1 if w == o else max(previous[j + 1], current[j]))
        previous = current
    assert previous[-1] / len(seed) >= 0.99


def test_captions_are_valid_webvtt_and_cover_the_text(built_out, article_index):
    folder = built_out / article_index["article"]["id"]
    for level in article_index["levels"]:
        for section in level["sections"]:
            captions = webvtt.read(str(folder / section["captions"]))
            times = [(seconds(c.start), seconds(c.end)) for c in captions]
            assert times, section["captions"]
            assert all(a <= b for a, b in times)
            assert all(times[i][0] <= times[i + 1][0] for i in range(len(times) - 1))
            assert times[-1][1] <= section["durationSeconds"] + 0.001
            body = [c for c in captions if c.identifier != "announcement"]
            assert words(" ".join(c.text for c in body)) == words(section["text"])


def test_playlists_and_chapters(built_out, article_index):
    folder = built_out / article_index["article"]["id"]
    for level in article_index["levels"]:
        lines = (folder / level["playlist"]).read_text().splitlines()
        assert lines[0] == "#EXTM3U"
        extinf = [l for l in lines if l.startswith("#EXTINF:")]
        assert len(extinf) == len(level["sections"])
        for line, section in zip(extinf, level["sections"]):
            length, title = line[len("#EXTINF:"):].split(",", 1)
            assert abs(float(length) - section["durationSeconds"]) < 0.001 and title == section["title"]
        chapters = webvtt.read(str(folder / level["chapters"]))
        assert [c.text for c in chapters] == [s["title"] for s in level["sections"]]
        assert abs(seconds(chapters[-1].end) - level["durationSeconds"]) < 0.002


def test_pronunciation_audit_of_the_shipped_content_is_clean():
    from conftest import run_plainspeak

    result = run_plainspeak("audit-pronunciation", "--content", str(ROOT / "Content"), check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "flagged (unexplained):   0" in result.stdout
