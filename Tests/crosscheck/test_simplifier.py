"""Cross-checks of `plainspeak simplify` with textstat 0.7.3 (pytest; about a minute).

Builds the CLI once (scratch path from PLAINSPEAK_SCRATCH, default .build-simplifier), then checks
that --lines keeps one output line per input line, that numbers survive, and that each level lowers
the textstat Flesch–Kincaid grade of every section of the test articles.
"""
import os
import pathlib
import re
import subprocess

import pytest
import textstat
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRATCH = os.environ.get("PLAINSPEAK_SCRATCH", ".build-simplifier")
ASSET = pathlib.Path("/work/shared/eval/asset-valid/asset.valid.orig")
FIXTURES = ROOT / "Tests/SimplifierTests/Fixtures"


# Number words the simplifier writes as digits, from the same data file.
WORDS = yaml.safe_load((ROOT / "Content/simplifier/word-classes.yml").read_text())["numbers"]

# Plain-word entries that bring in a number ("a fortnight" → "two weeks"): the number is the
# entry's, not a new fact, so the check reads the input with them applied.
NUMBER_ENTRIES = {
    key: value
    for group in yaml.safe_load((ROOT / "Content/simplifier/plain-words.yml").read_text()).values()
    if isinstance(group, dict)
    for key, value in group.items()
    if isinstance(value, str) and re.search(r"\b(" + "|".join(WORDS) + r")\b", value, flags=re.I)
}


NUMBER_WORD = r"(?:" + "|".join(WORDS) + r")"
NUMBER_PHRASE = re.compile(r"\b" + NUMBER_WORD + r"(?:(?:-| | and )" + NUMBER_WORD + r")*\b", re.I)


def number_value(phrase):
    """'four hundred' → 400, 'twenty-two' → 22, 'three hundred and twenty' → 320."""
    total, current = 0, 0
    for word in re.split(r"-| and | ", phrase.lower()):
        value = WORDS[word]
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current


def numbers(text):
    """The numbers of `text`, number words read as digits, sorted."""
    text = NUMBER_PHRASE.sub(lambda m: str(number_value(m.group(0))), text)
    return sorted(re.findall(r"\d+(?:\.\d+)?", re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)))


def with_number_entries(text):
    for key, value in NUMBER_ENTRIES.items():
        text = re.sub(r"\b" + re.escape(key) + r"\b", value, text, flags=re.I)
    return text


@pytest.fixture(scope="module")
def cli():
    subprocess.run(["swift", "build", "--scratch-path", SCRATCH, "--product", "plainspeak"], cwd=ROOT, check=True)
    return str(ROOT / SCRATCH / "debug/plainspeak")


def simplify(cli, text, level, *flags):
    out = subprocess.run([cli, "simplify", "--level", level, "--content", str(ROOT / "Content"), *flags],
                         input=text, capture_output=True, text=True, check=True)
    return out.stdout


def sections(path):
    text = path.read_text().split("---", 2)[2]
    return [part.strip() for part in re.split(r"^## .*$", text, flags=re.M) if part.strip()]


@pytest.mark.skipif(not ASSET.exists(), reason="eval set not present")
def test_lines_mode_keeps_line_alignment_and_numbers(cli):
    lines = ASSET.read_text().splitlines()[:200]
    for level in ["plain", "easy"]:
        output = simplify(cli, "\n".join(lines) + "\n", level, "--lines").split("\n")[:-1]
        assert len(output) == len(lines)
        for before, after in zip(lines, output):
            assert numbers(with_number_entries(before)) == numbers(after), (before, after)


@pytest.mark.parametrize("article", sorted(FIXTURES.glob("*.md")), ids=lambda p: p.stem)
def test_levels_lower_textstat_grade(cli, article):
    for body in sections(article):
        original = textstat.flesch_kincaid_grade(body)
        easy = textstat.flesch_kincaid_grade(simplify(cli, body, "easy"))
        plain = textstat.flesch_kincaid_grade(simplify(cli, body, "plain"))
        assert easy < original and plain <= original + 0.5, (body[:60], original, plain, easy)
