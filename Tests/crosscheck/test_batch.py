"""Batch behaviour of the real command: failures isolated per section, --check, determinism,
sharding, locks and SIGKILL safety."""
import json
import os
import signal
import subprocess
import time

import pytest

from conftest import plainspeak_bin, run_plainspeak
from contenthelpers import article, check_complete, content_with, temporary_files, tree_digest

SMALL = article(
    "Caring for a Baby with a Cold",
    {
        "Signs to Watch": "A baby with a cold may have a runny nose. Most colds last 7 to 10 days. A cold does not cause torticollis.",
        "When to Call the Doctor": "Call the doctor if your baby is not eating. Do not give aspirin to a baby.",
    },
)


def build(content, out, *extra, check=False, env=None):
    return run_plainspeak("build", "--content", str(content), "--out", str(out), *extra, check=check, env=env)


def test_an_espeak_abort_costs_one_section(tmp_path):
    crash = article("Crash Test", {"Fine Section": "This section is fine.", "Bad Section": "a . " * 85,
                                   "Also Fine": "This one is fine too."})
    content = content_with(tmp_path / "content", {"crash-test.md": crash})
    out = tmp_path / "out"
    result = build(content, out, "--level", "original")
    assert result.returncode == 1
    assert 'section 3 "Bad Section"' in result.stderr and "SIGABRT" in result.stderr
    folder = out / "crash-test" / "original"
    assert sorted(p.name for p in folder.glob("*.wav")) == ["01-introduction.wav", "02-fine-section.wav", "04-also-fine.wav"]
    assert temporary_files(out) == []
    index = json.loads((out / "crash-test" / "index.json").read_text())
    assert [s["title"] for s in index["levels"][0]["sections"]] == ["Introduction", "Fine Section", "Also Fine"]


@pytest.mark.parametrize("fault,reason", [("CRASH", "SIGSEGV"), ("HANG", "hung"), ("OOM", "")])
def test_a_worker_that_crashes_hangs_or_blows_up_fails_its_section_only(tmp_path, fault, reason):
    text = article("Fault", {"Good": "This section is good.", "Faulty": f"This one says PLAINSPEAK-TEST-{fault} here."})
    content = content_with(tmp_path / "content", {"fault.md": text})
    env = dict(os.environ, PLAINSPEAK_TEST_FAULTS="1")
    result = build(content, tmp_path / "out", "--level", "original", "--worker-timeout", "3", env=env)
    assert result.returncode == 1, result.stderr
    assert 'section 3 "Faulty"' in result.stderr and reason in result.stderr
    assert (tmp_path / "out" / "fault" / "original" / "02-good.wav").exists()
    assert not (tmp_path / "out" / "fault" / "original" / "03-faulty.wav").exists()


def test_a_worker_helper_killed_mid_build_falls_back_to_fresh_workers(tmp_path):
    """The helper itself dies (SIGKILL while its child renders) in three sections: each of them is
    rendered again by a fresh worker, then the pool stops starting helpers; every file is
    byte-identical to a build that never used a helper, and no child of a dead helper writes later."""
    kill = "PLAINSPEAK-TEST-KILL-HELPER"
    # Long enough that the helper dies while its child is still speaking.
    long = " ".join(["A baby with a stiff neck may turn the head to one side and cry when it is moved."] * 8)
    text = article("Helper Death", {
        "Before": "This section is rendered by the first helper.",
        "First Death": f"The helper dies here, {kill}, and a fresh worker says this instead. {long}",
        "Second Death": f"A new helper dies too, {kill}. A fresh worker takes over again. {long}",
        "Third Death": f"After this one, {kill}, no more helpers are started. {long}",
        "After": "This section is rendered by a fresh worker from the start.",
    })
    content = content_with(tmp_path / "content", {"helper-death.md": text})
    faults = dict(os.environ, PLAINSPEAK_TEST_FAULTS="1")
    # In a session of its own, so that any process it leaves behind can be found.
    process = subprocess.Popen([plainspeak_bin(), "build", "--content", str(content), "--out", str(tmp_path / "out"),
                                "--level", "original", "--jobs", "1"], env=faults, start_new_session=True,
                               stderr=subprocess.PIPE, text=True)
    _, stderr = process.communicate(timeout=120)
    result = subprocess.CompletedProcess(process.args, process.returncode, "", stderr)
    assert result.returncode == 0, result.stderr
    assert session_members(process.pid) == []
    warnings = [line for line in result.stderr.splitlines() if "the worker helper stopped" in line]
    assert len(warnings) == 3, result.stderr
    assert all(title in " ".join(warnings) for title in ("First Death", "Second Death", "Third Death"))

    fresh = dict(os.environ, PLAINSPEAK_WORKER_HELPER="0")
    assert build(content, tmp_path / "reference", "--level", "original", "--jobs", "1", env=fresh).returncode == 0
    time.sleep(0.5)  # time enough for a surviving child of a dead helper to write something
    assert temporary_files(tmp_path / "out") == []
    digest = tree_digest(tmp_path / "out")
    assert len([name for name in digest if name.endswith(".wav")]) == 6
    assert digest == tree_digest(tmp_path / "reference")


def test_a_hung_child_ends_with_its_killed_helper(tmp_path):
    """A helper dies while its child hangs: the child must end with it (else the build would wait
    for it forever); the fresh worker that takes over hangs too and is killed at the time limit."""
    text = article("Hung Orphan", {"Good": "This section is good.",
                                   "Stuck": "PLAINSPEAK-TEST-KILL-HELPER and PLAINSPEAK-TEST-HANG here."})
    content = content_with(tmp_path / "content", {"hung.md": text})
    faults = dict(os.environ, PLAINSPEAK_TEST_FAULTS="1")
    process = subprocess.Popen([plainspeak_bin(), "build", "--content", str(content), "--out", str(tmp_path / "out"),
                                "--level", "original", "--jobs", "1", "--worker-timeout", "3"],
                               env=faults, start_new_session=True, stderr=subprocess.PIPE, text=True)
    try:
        _, stderr = process.communicate(timeout=60)
    finally:
        leftovers = session_members(process.pid)
        for pid in leftovers:
            os.kill(pid, signal.SIGKILL)
    assert leftovers == []
    assert process.returncode == 1, stderr
    assert "the worker helper stopped" in stderr and 'section 3 "Stuck"' in stderr and "hung" in stderr
    assert (tmp_path / "out" / "hung" / "original" / "02-good.wav").exists()
    assert temporary_files(tmp_path / "out") == []


def test_killing_only_the_build_ends_its_helper_and_child(tmp_path):
    """SIGKILL to the build process alone (not its group): its helper sees its input close and
    ends with the child it was waiting for, instead of finishing (or hanging in) that section."""
    text = article("Orphans", {"Stuck": "This one says PLAINSPEAK-TEST-HANG here."})
    content = content_with(tmp_path / "content", {"orphans.md": text})
    faults = dict(os.environ, PLAINSPEAK_TEST_FAULTS="1")
    process = subprocess.Popen([plainspeak_bin(), "build", "--content", str(content), "--out", str(tmp_path / "out"),
                                "--level", "original", "--jobs", "1", "--worker-timeout", "60"],
                               env=faults, start_new_session=True, stderr=subprocess.DEVNULL)
    # The introduction is built first; then the build, its helper and the stuck child remain.
    deadline = time.monotonic() + 30
    while not (tmp_path / "out" / "orphans" / "original" / "01-introduction.wav").exists() \
            or len(session_members(process.pid)) < 3:
        assert time.monotonic() < deadline, "the stuck section's child never started"
        time.sleep(0.1)
    process.kill()
    process.wait()
    deadline = time.monotonic() + 5
    while session_members(process.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    leftovers = session_members(process.pid)
    for pid in leftovers:
        os.kill(pid, signal.SIGKILL)
    assert leftovers == []


def session_members(session: int) -> list[int]:
    """Processes still alive in the session `session` (zombies excluded)."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[3]) == session:
            members.append(int(entry))
    return members


def test_check_is_clean_after_a_build_and_stale_after_edits(tmp_path):
    content = content_with(tmp_path / "content", {"cold.md": SMALL})
    out = tmp_path / "out"
    assert build(content, out).returncode == 0
    assert build(content, out, "--check").returncode == 0
    edits = [
        ("cold.md", lambda t: t.replace("7 to 10 days", "7 to 12 days")),
        ("lexicon.yml", lambda t: t.replace('phonemes: "t,o@tI#k\'0lIs"', 'phonemes: "t,o@tI#k\'0lIz"')),
        ("levels.yml", lambda t: t.replace("145", "140")),
    ]
    for name, edit in edits:
        path = content / name
        original = path.read_text()
        path.write_text(edit(original))
        result = build(content, out, "--check")
        assert result.returncode == 1 and "stale" in result.stdout, name
        path.write_text(original)
    assert build(content, out, "--check").returncode == 0
    # A lexicon edit that no text uses changes nothing.
    lexicon = content / "lexicon.yml"
    lexicon.write_text(lexicon.read_text().replace('phonemes: "st,3:noUkl', 'phonemes: "st,3:nOkl'))
    assert build(content, out, "--check").returncode == 0


def test_trees_are_byte_identical_across_jobs_cache_state_and_shards(tmp_path):
    content = content_with(tmp_path / "content", {"cold.md": SMALL}, shipped_article=False)
    one = tmp_path / "jobs1"
    two = tmp_path / "jobs2"
    assert build(content, one, "--jobs", "1").returncode == 0
    assert build(content, two, "--jobs", "2").returncode == 0
    assert tree_digest(one) == tree_digest(two)

    # Incremental: edit, build, revert, build again → the cold tree.
    path = content / "cold.md"
    original = path.read_text()
    path.write_text(original.replace("runny nose", "stuffy nose"))
    assert build(content, two).returncode == 0
    assert tree_digest(one) != tree_digest(two)
    path.write_text(original)
    assert build(content, two).returncode == 0
    assert tree_digest(one) == tree_digest(two)

    shards = [tmp_path / f"shard{i}" for i in (1, 2, 3)]
    for i, shard in enumerate(shards, 1):
        assert build(content, shard, "--shard", f"{i}/3").returncode == 0
    merged = tmp_path / "merged"
    result = run_plainspeak("merge", "--out", str(merged), *map(str, shards), check=False)
    assert result.returncode == 0, result.stderr
    assert tree_digest(merged) == tree_digest(one)


def test_cache_restores_audio_without_synthesis(tmp_path):
    content = content_with(tmp_path / "content", {"cold.md": SMALL})
    cache = tmp_path / "cache"
    first = build(content, tmp_path / "a", "--cache", str(cache), "--json")
    second = build(content, tmp_path / "b", "--cache", str(cache), "--json")
    assert json.loads(second.stdout)["built"] == 0
    assert json.loads(second.stdout)["reused"] == json.loads(first.stdout)["built"]
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")


def test_a_second_concurrent_build_fails_fast_or_waits(tmp_path):
    content = content_with(tmp_path / "content", {"cold.md": SMALL})
    out = tmp_path / "out"
    first = subprocess.Popen([plainspeak_bin(), "build", "--content", str(content), "--out", str(out), "--jobs", "1"],
                             stderr=subprocess.PIPE, text=True)
    time.sleep(0.3)
    second = build(content, out)
    assert second.returncode == 1 and "another plainspeak build" in second.stderr
    waiting = build(content, out, "--wait")
    assert first.wait() == 0
    assert waiting.returncode == 0


@pytest.mark.parametrize("delay", [0.05, 0.3, 0.8, 1.5])
def test_sigkill_at_any_moment_leaves_complete_files_and_the_next_build_repairs(tmp_path, delay):
    content = content_with(tmp_path / "content", {"cold.md": SMALL})
    reference = tmp_path / "reference"
    assert build(content, reference).returncode == 0
    out = tmp_path / "out"
    process = subprocess.Popen([plainspeak_bin(), "build", "--content", str(content), "--out", str(out), "--jobs", "2"],
                               stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(delay)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    if out.exists():
        check_complete(out)
    assert build(content, out).returncode == 0
    assert temporary_files(out) == []
    assert tree_digest(out) == tree_digest(reference)


def test_deleted_sections_and_articles_are_removed(tmp_path):
    content = content_with(tmp_path / "content", {"cold.md": SMALL, "other.md": SMALL.replace("Cold", "Cough")})
    out = tmp_path / "out"
    assert build(content, out).returncode == 0
    (content / "other.md").unlink()
    path = content / "cold.md"
    path.write_text(path.read_text().split("## When to Call")[0])
    assert build(content, out).returncode == 0
    assert not (out / "other").exists()
    assert not list(out.rglob("03-when-to-call-the-doctor.*"))
    assert build(content, out, "--check").returncode == 0


def test_bad_articles_fail_alone_with_file_and_line(tmp_path):
    bomb = '---\ntitle: &a ["x", *a]\nlanguage: en-US\n---\nText.\n'
    content = content_with(tmp_path / "content", {
        "cold.md": SMALL,
        "bad-utf8.md": SMALL.encode().replace(b"runny", b"run\xffny"),
        "nul-byte.md": SMALL.replace("runny", "run\x00ny"),
        "unclosed.md": '---\ntitle: "Open"\nlanguage: en-US\nNo closing line.\n',
        "alias-bomb.md": bomb,
        "unsafe-headings.md": article("Unsafe", {"../../etc": "Path text here.", "CON": "Device name text.",
                                                 ".": "Dot text here.", "Con": "Case twin text."}),
    })
    out = tmp_path / "out"
    result = build(content, out, "--level", "original")
    assert result.returncode == 1
    for name, where in [("bad-utf8.md", "byte"), ("nul-byte.md", ":"), ("unclosed.md", ":"), ("alias-bomb.md", ":2")]:
        assert any(name in line and where in line for line in result.stderr.splitlines()), (name, result.stderr)
    assert (out / "cold" / "index.json").exists()
    names = sorted(p.name for p in (out / "unsafe-headings" / "original").glob("*.wav"))
    assert names == ["01-introduction.wav", "02-etc.wav", "03-con-section.wav", "04-section.wav", "05-con-section-2.wav"]
    # Nothing was written outside the output folder.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "out"]


def test_crlf_articles_give_the_same_tree_as_lf(tmp_path):
    lf = content_with(tmp_path / "lf", {"cold.md": SMALL})
    crlf = content_with(tmp_path / "crlf", {"cold.md": SMALL.replace("\n", "\r\n")})
    assert build(lf, tmp_path / "a", "--level", "original").returncode == 0
    assert build(crlf, tmp_path / "b", "--level", "original").returncode == 0
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")


def test_symlinks_out_of_content_and_empty_content_are_refused(tmp_path):
    outside = tmp_path / "secret.md"
    outside.write_text(SMALL)
    content = content_with(tmp_path / "content", {"cold.md": SMALL})
    (content / "linked.md").symlink_to(outside)
    result = build(content, tmp_path / "out")
    assert result.returncode == 1 and "linked.md" in result.stderr
    empty = content_with(tmp_path / "empty", {})
    result = build(empty, tmp_path / "out2")
    assert result.returncode == 1 and "no articles" in result.stderr.lower()


def test_an_editor_override_replaces_the_rewrite_and_is_checked(tmp_path):
    content = content_with(tmp_path / "content", {"cold.md": SMALL})
    override = content / "cold.overrides" / "easy" / "signs-to-watch.md"
    override.parent.mkdir(parents=True)
    override.write_text("A baby with a cold may have a runny nose. Most colds last 7 to 10 days. "
                        "A cold does not cause torticollis.\n")
    out = tmp_path / "out"
    assert build(content, out).returncode == 0
    index = json.loads((out / "cold" / "index.json").read_text())
    easy = next(level for level in index["levels"] if level["id"] == "easy")
    section = next(s for s in easy["sections"] if s["id"] == "signs-to-watch")
    assert section["text"] == override.read_text().strip()
    assert "editor" in (out / "cold" / "simplification-report.html").read_text()
    # The override is an input: editing it makes the output stale.
    override.write_text("A baby with a cold may have a runny nose. Colds last 7 to 10 days. A cold does not cause torticollis.\n")
    assert build(content, out, "--check").returncode == 1


@pytest.fixture
def small_filesystem(tmp_path):
    """A 600 KB tmpfs (disk full after a few sections) and a read-only tmpfs; needs root, as in CI."""
    full, readonly = tmp_path / "full", tmp_path / "readonly"
    full.mkdir()
    readonly.mkdir()
    mounted = []
    for folder, options in [(full, "size=600k"), (readonly, "size=1m,ro")]:
        if subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True).returncode:
            for each in mounted:
                subprocess.run(["umount", str(each)])
            pytest.skip("cannot mount a tmpfs here (not root?)")
        mounted.append(folder)
    yield full, readonly
    for each in mounted:
        subprocess.run(["umount", str(each)], check=True)


def test_disk_full_and_read_only_output_fail_clearly_without_truncated_files(tmp_path, small_filesystem):
    full, readonly = small_filesystem
    content = content_with(tmp_path / "content", {"cold.md": SMALL})
    result = build(content, full / "out", "--jobs", "1")
    assert result.returncode == 1
    assert "disk is full" in result.stderr, result.stderr
    check_complete(full / "out")
    assert temporary_files(full / "out") == []
    result = build(content, readonly / "out")
    assert result.returncode == 1 and "read-only" in result.stderr, result.stderr


def test_identical_sections_across_batches_are_rendered_once(tmp_path):
    # More articles than one batch holds (Builder.articlesPerBatch = 4): copies in later batches reuse audio.
    copies = {f"copy-{i}.md": SMALL for i in range(6)}
    content = content_with(tmp_path / "content", copies)
    out = tmp_path / "out"
    result = build(content, out, "--level", "original", "--json")
    summary = json.loads(result.stdout)
    assert result.returncode == 0 and summary["built"] == 3 and summary["reused"] == 15, summary
    library = (out / "index.html").read_text()
    assert all(f"copy-{i}/" in library for i in range(6)), library
    audio = lambda i: {k: v for k, v in tree_digest(out / f"copy-{i}").items() if k.endswith(".wav")}
    assert len(audio(0)) == 3 and all(audio(i) == audio(0) for i in range(1, 6))
