#!/usr/bin/env python3
"""Record the readability goldens the Swift ReadabilityTests compare against, from textstat 0.7.3.

Writes Tests/ReadabilityTests/Fixtures/goldens.json only when PLAINSPEAK_RECORD_GOLDENS=1; otherwise it
recomputes everything and fails (exit 1) with a diff-like report if the stored goldens differ, so a
textstat/pyphen upgrade is noticed instead of silently changing the expected numbers.

    pip install "textstat==0.7.3"      # pulls pyphen; recorded with pyphen 0.18.1
    python3 Scripts/record-readability-goldens.py
    PLAINSPEAK_RECORD_GOLDENS=1 python3 Scripts/record-readability-goldens.py
"""
import json
from importlib import metadata
import os
import re
import sys
from pathlib import Path

import textstat

ROOT = Path(__file__).resolve().parent.parent
GOLDENS = ROOT / "Tests/ReadabilityTests/Fixtures/goldens.json"
SEED = Path("/work/shared/seed/cervical-dystonia-in-infants.txt")
ASSET = Path("/work/shared/eval/asset-valid/asset.valid.orig")

EDGE_CASES = {
    "empty": "",
    "white space only": " \n\t ",
    "punctuation only": "... !!! ??? -- —",
    "one word": "Torticollis",
    "one word with full stop": "Botulinum.",
    "one short sentence": "The baby is fine.",
    "one long sentence": "Cervical dystonia, also known as spasmodic torticollis, is a movement disorder "
    "characterized by involuntary and sustained contractions of the neck muscles.",
    "two sentences": "Babies grow fast. Most neck problems get better with gentle stretching every day.",
    "short sentences (negative grade)": "Go. Run now. Sit down, please. Eat it. Stop!",
    "abbreviations": "Dr. Smith saw the baby, e.g. at 3 p.m. on Jan. 5, i.e. after the U.S. visit. "
    "The EMG and MRI were normal, etc. Mr. and Mrs. Jones agreed.",
    "numbers": "In 2019, 3.5% of 1,000 babies (about 3–4 per 100) needed 3-4 visits; 12 of them were 6 months old. "
    "Doses of 0.25 mg/kg were used 2x daily for 10–14 days.",
    "digits inside words": "COVID19 and H1N1 spread; the 2nd and 3rd visits used MP3 files, vitamin12 and B12 shots.",
    "hyphenated words": "Long-term follow-up of well-known, evidence-based, family-centered care is self-explanatory. "
    "Non-invasive, low-dose, twenty-one-year-old treatments — state-of-the-art — help.",
    "curly quotes and apostrophes": "“It’s not your fault,” the doctor said. ‘Your baby’s neck will improve,’ "
    "she added. Parents’ questions aren’t silly; they’re important! Don't worry, you'll learn.",
    "list-like lines": "Common signs include:\n- Head tilted to one side\n- Jerking movements of the neck\n"
    "- Feeding difficulties\n1. See a pediatrician.\n2) Ask about physical therapy\n* Keep a diary",
    "questions and exclamations": "Is it serious?! Maybe not... Ask your doctor?? Yes! Definitely.",
    "upper case": "BOTULINUM TOXIN INJECTIONS RELAX OVERACTIVE STERNOCLEIDOMASTOID MUSCLES. ASK ABOUT EMG TESTING. "
    "PHYSIOTHERAPY HELPS.",
    "accents and ligatures": "The naïve café served résumé-writing coöperative fiancées. ﬁnancial ﬂuﬃness "
    "is eﬀective. Ångström units are used in Zürich.",
    "other scripts": "Ελληνικά κείμενα και русский текст. 日本語のテキスト。 Mixed with English words today.",
    "unusual white space": "Head\u00a0tilt is common.\u2003Neck\tpain can occur.\u2028Feeding\u3000is hard.\x0bSleep helps.",
    "underscores and symbols": "Use file_name_v2 & check 50% + 25% = 75% @ 10:30 #tag $100 ~approx.",
    "very long word": "Pneumonoultramicroscopicsilicovolcanoconiosis and supercalifragilisticexpialidocious "
    "are antidisestablishmentarianism examples.",
    "markdown-ish": "## Heading\n\n**Bold** text and _italic_ text with a [link](https://example.org/page).",
}


def seed_sections():
    """The seed article as sections: short lines without a final full stop or colon are headings; list
    items ("- x") become sentences as Block.asSentence does, one per line; paragraphs are separated by a
    blank line, as Section.text is."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    sections = [("Introduction", [])]
    for line in lines:
        if len(line) < 60 and not line.startswith("- ") and not line.endswith((".", ":")):
            sections.append((line, []))
        else:
            sections[-1][1].append(line)
    result = {}
    for title, body in sections:
        if not body:
            continue
        blocks, items = [], []
        for line in body:
            if line.startswith("- "):
                item = line[2:].strip()
                if item[-1] in ":;,":
                    item = item[:-1] + "."
                elif item[-1] not in ".!?":
                    item += "."
                items.append(item)
                continue
            if items:
                blocks.append("\n".join(items))
                items = []
            blocks.append(line)
        if items:
            blocks.append("\n".join(items))
        result[f"seed: {title}"] = "\n\n".join(blocks)
    return result


def eval_sentences():
    """Every 250th ASSET validation sentence (a fixed, spread-out sample)."""
    lines = ASSET.read_text(encoding="utf-8").splitlines()
    return {f"asset.valid.orig line {i + 1}": lines[i] for i in range(0, len(lines), 250)}


def measure(text):
    words = textstat.lexicon_count(text)
    polysyllables = textstat.polysyllabcount(text)
    return {
        "words": words,
        "sentences": textstat.sentence_count(text),
        "syllables": textstat.syllable_count(text),
        "polysyllables": polysyllables,
        "fleschKincaidGrade": textstat.flesch_kincaid_grade(text),
        "fleschReadingEase": textstat.flesch_reading_ease(text),
        "smog": textstat.smog_index(text),
        "polysyllableShare": polysyllables / words if words else 0.0,
    }


def record():
    texts = {}
    texts.update(seed_sections())
    texts["seed: whole article"] = SEED.read_text(encoding="utf-8")
    texts.update(eval_sentences())
    texts.update(EDGE_CASES)
    cases = [{"name": name, "text": text, **measure(text)} for name, text in texts.items()]
    # Per-word syllable counts for every distinct word of the seed article, as textstat cleans them.
    seed_words = sorted(set(textstat.remove_punctuation(SEED.read_text(encoding="utf-8").lower()).split()))
    return {
        "textstat": metadata.version("textstat"),
        "pyphen": metadata.version("pyphen"),
        "cases": cases,
        "syllables": {word: textstat.syllable_count(word) for word in seed_words},
    }


def main():
    goldens = record()
    rendered = json.dumps(goldens, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if os.environ.get("PLAINSPEAK_RECORD_GOLDENS") == "1":
        GOLDENS.parent.mkdir(parents=True, exist_ok=True)
        GOLDENS.write_text(rendered, encoding="utf-8")
        print(f"recorded {len(goldens['cases'])} texts and {len(goldens['syllables'])} words into {GOLDENS}")
        return 0
    if not GOLDENS.exists():
        print(f"{GOLDENS} is missing; run with PLAINSPEAK_RECORD_GOLDENS=1 to record it", file=sys.stderr)
        return 1
    stored = GOLDENS.read_text(encoding="utf-8")
    if stored == rendered:
        print(f"goldens up to date ({len(goldens['cases'])} texts, {len(goldens['syllables'])} words)")
        return 0
    import difflib

    sys.stderr.writelines(difflib.unified_diff(
        stored.splitlines(keepends=True), rendered.splitlines(keepends=True), "stored", "textstat now", n=1))
    print("goldens differ from textstat; re-record with PLAINSPEAK_RECORD_GOLDENS=1 if intended", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
