"""Cross-check the Swift ReadabilityMeter against textstat 0.7.3 on texts it has never seen.

Words: every distinct word (as textstat cleans it) of the seed article and of the ASSET validation
sentences; their syllable counts must agree exactly. Texts: random ASSET sentences and random runs of
consecutive sentences (so SMOG is non-zero); counts exactly, scores within 0.1.

The Swift side is the env-gated `crosscheckDump` test in ReadabilityTests, run with `swift test`
(scratch path from PLAINSPEAK_SCRATCH, default `.build-readability`).
Set PLAINSPEAK_CROSSCHECK_SEED to vary the sample (default: a fixed seed).

    pip install "textstat==0.7.3" pytest
    python3 -m pytest -q Tests/crosscheck/test_readability.py
"""
import json
import os
import random
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest
import textstat

ROOT = Path(__file__).resolve().parents[2]
SEED = Path(os.environ.get("PLAINSPEAK_SEED_ARTICLE", "/work/shared/seed/cervical-dystonia-in-infants.txt"))
ASSET = Path(os.environ.get("PLAINSPEAK_ASSET_VALID", "/work/shared/eval/asset-valid/asset.valid.orig"))
SAMPLE_TEXTS = 400


def _sample():
    rng = random.Random(int(os.environ.get("PLAINSPEAK_CROSSCHECK_SEED", "20240601")))
    sentences = ASSET.read_text(encoding="utf-8").splitlines()
    texts = rng.sample(sentences, SAMPLE_TEXTS // 2)
    for _ in range(SAMPLE_TEXTS // 2):
        start = rng.randrange(len(sentences) - 8)
        texts.append(" ".join(sentences[start:start + rng.randint(3, 8)]))
    # Synthetic texts mixing words with the punctuation, digits and white space textstat's rules treat
    # specially (dots in abbreviations and numbers, "?!" runs, dashes, quotes, underscores, line breaks).
    pieces = sentences[0].split() + ["e.g.", "i.e.", "3.5", "3–4", "3-4", "well-known", "don’t", "“Yes”",
                                     "...", "?!", "—", "-", "_x_", "H1N1", "Ångström", "ﬁne", "(a)", "\n", "\n\n"]
    for _ in range(SAMPLE_TEXTS // 4):
        texts.append(" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))))
    corpus = SEED.read_text(encoding="utf-8") + "\n" + "\n".join(sentences)
    words = sorted(set(textstat.remove_punctuation(corpus.lower()).split()))
    return texts, words, _code_point_probes()


def _code_point_probes():
    """For every assigned code point of planes 0-2 (Python's Unicode data): the code point alone (one word
    iff Python's \\w) and between two letters (two words iff Python's \\s)."""
    probes = []
    for value in range(0x30000):
        char = chr(value)
        if 0xD800 <= value <= 0xDFFF or unicodedata.category(char) == "Cn":
            continue
        probes += [char, f"a{char}b"]
    return probes


@pytest.fixture(scope="module")
def swift_results():
    texts, words, tokens = _sample()
    with tempfile.TemporaryDirectory() as tmp:
        request, response = Path(tmp, "in.json"), Path(tmp, "out.json")
        request.write_text(json.dumps({"texts": texts, "words": words, "tokens": tokens}), encoding="utf-8")
        env = dict(os.environ, PLAINSPEAK_READABILITY_CROSSCHECK_IN=str(request),
                   PLAINSPEAK_READABILITY_CROSSCHECK_OUT=str(response))
        scratch = os.environ.get("PLAINSPEAK_SCRATCH", ".build-readability")
        run = subprocess.run(
            ["swift", "test", "--scratch-path", scratch, "--filter", "crosscheckDump"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
        result = json.loads(response.read_text(encoding="utf-8"))
    return texts, words, tokens, result


def test_syllables_of_every_word_agree(swift_results):
    _, words, _, result = swift_results
    mismatches = [(w, s, textstat.syllable_count(w)) for w, s in zip(words, result["syllables"])
                  if s != textstat.syllable_count(w)]
    rate = 1 - len(mismatches) / len(words)
    print(f"syllable agreement: {len(words) - len(mismatches)}/{len(words)} words = {rate:.4%}")
    assert not mismatches, mismatches[:20]


def test_scores_agree_on_random_texts(swift_results):
    texts, _, _, result = swift_results
    failures = []
    for text, swift in zip(texts, result["scores"]):
        words = textstat.lexicon_count(text)
        expected = {
            "words": words,
            "sentences": textstat.sentence_count(text),
            "syllables": textstat.syllable_count(text),
            "fleschKincaidGrade": textstat.flesch_kincaid_grade(text),
            "fleschReadingEase": textstat.flesch_reading_ease(text),
            "smog": textstat.smog_index(text),
            "polysyllableShare": textstat.polysyllabcount(text) / words if words else 0.0,
        }
        for key, value in expected.items():
            exact = key in ("words", "sentences", "syllables")
            if (swift[key] != value) if exact else abs(swift[key] - value) > 0.1:
                failures.append((key, swift[key], value, text[:80]))
    assert not failures, failures[:20]
    assert any(score["smog"] > 0 for score in result["scores"])


def test_word_and_space_characters_agree_with_python(swift_results):
    _, _, tokens, result = swift_results
    mismatches = [(hex(ord(token[0] if len(token) == 1 else token[1])), token, swift, textstat.lexicon_count(token))
                  for token, swift in zip(tokens, result["lexiconCounts"]) if swift != textstat.lexicon_count(token)]
    print(f"code-point probes: {len(tokens) - len(mismatches)}/{len(tokens)} agree")
    assert not mismatches, mismatches[:20]
