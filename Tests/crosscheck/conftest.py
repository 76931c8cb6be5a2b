"""Shared fixtures: one real `plainspeak build` of the shipped Content/ per test session."""
import json
import os
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def plainspeak_bin() -> str:
    path = os.environ.get("PLAINSPEAK_BIN", str(ROOT / ".build" / "debug" / "plainspeak"))
    if not pathlib.Path(path).exists():
        subprocess.run(["swift", "build", "--product", "plainspeak"], cwd=ROOT, check=True)
    return path


def run_plainspeak(*args, cwd=ROOT, check=True, **kwargs):
    return subprocess.run([plainspeak_bin(), *args], cwd=cwd, check=check, capture_output=True, text=True, **kwargs)


@pytest.fixture(scope="session")
def built_out(tmp_path_factory) -> pathlib.Path:
    """An output tree built from the shipped Content/ (or PLAINSPEAK_OUT when given)."""
    given = os.environ.get("PLAINSPEAK_OUT")
    if given:
        return pathlib.Path(given)
    content = tmp_path_factory.mktemp("content")
    for entry in (ROOT / "Content").iterdir():
        (shutil.copytree if entry.is_dir() else shutil.copy)(entry, content / entry.name)
    # An article full of markup, which every output must show as text (see test_export_*).
    shutil.copy(ROOT / "Tests" / "crosscheck" / "fixtures" / "hostile-markup.md", content)
    out = tmp_path_factory.mktemp("build") / "Audio"
    result = run_plainspeak("build", "--content", str(content), "--out", str(out), check=False)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def article_index(built_out) -> dict:
    return json.loads((built_out / "cervical-dystonia-in-infants" / "index.json").read_text())
