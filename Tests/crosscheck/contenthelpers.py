"""Helpers to make content folders and compare output trees."""
import hashlib
import os
import pathlib
import shutil
import wave

from conftest import ROOT

SHIPPED = ROOT / "Content"


def content_with(folder: pathlib.Path, articles: dict[str, str], shipped_article=False) -> pathlib.Path:
    """A content folder holding the shipped data files (levels, word lists, lexicon…) and `articles`."""
    folder.mkdir(parents=True, exist_ok=True)
    for entry in SHIPPED.iterdir():
        if entry.suffix == ".md" and not shipped_article:
            continue
        if entry.is_dir():
            shutil.copytree(entry, folder / entry.name, dirs_exist_ok=True)
        else:
            shutil.copy(entry, folder / entry.name)
    for name, text in articles.items():
        (folder / name).write_bytes(text.encode() if isinstance(text, str) else text)
    return folder


def article(title: str, sections: dict[str, str], intro: str = "This short article is for testing.") -> str:
    body = "".join(f"\n## {heading}\n\n{text}\n" for heading, text in sections.items())
    return f'---\ntitle: "{title}"\nlanguage: en-US\n---\n{intro}\n{body}'


def tree_digest(root: pathlib.Path, ignore=(".plainspeak.lock",)) -> dict[str, str]:
    """Relative path → SHA-256 of every file below root."""
    digests = {}
    for dirpath, _, files in os.walk(root):
        for name in files:
            path = pathlib.Path(dirpath) / name
            relative = str(path.relative_to(root))
            if name in ignore:
                continue
            digests[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def temporary_files(root: pathlib.Path) -> list[str]:
    return [str(p) for p in root.rglob(".plainspeak-tmp-*")]


def check_complete(root: pathlib.Path):
    """Every final-named WAV parses with its full data; every JSON parses."""
    import json

    for path in root.rglob("*.wav"):
        with wave.open(str(path)) as wav:
            frames = wav.getnframes()
            assert len(wav.readframes(frames)) == frames * 2, path
    for path in root.rglob("*.json"):
        json.loads(path.read_text())
