"""Independent check of AudioPost's loudness normalisation and Opus encoding.

pyloudnorm (integrated loudness) and ffmpeg's ebur128 filter (true peak, its own resampler)
measure files our Swift code wrote.

Where the files come from:
- PLAINSPEAK_AUDIO_DIR=<dir>: every *.wav (and *.opus beside it) under <dir>, e.g. a real build;
  the expected loudness is PLAINSPEAK_TARGET_LUFS (default -16).
- otherwise: runs the Swift test `CrosscheckDump` with PLAINSPEAK_AUDIOPOST_DUMP=<tmp>, which
  speaks a paragraph with espeak-ng and writes normalised files for -16, -23 and -14 LUFS, plus the
  measurement our own libebur128 wrapper reported. Set PLAINSPEAK_SCRATCH_PATH to reuse a build
  directory (default: .build).

Ceiling: PLAINSPEAK_TRUE_PEAK_CEILING (default -1 dBTP).
"""

import io
import json
import os
import re
import subprocess
from pathlib import Path

import pyloudnorm
import pytest
import soundfile

ROOT = Path(__file__).resolve().parents[2]
CEILING = float(os.environ.get("PLAINSPEAK_TRUE_PEAK_CEILING", "-1"))
DEFAULT_TARGET = float(os.environ.get("PLAINSPEAK_TARGET_LUFS", "-16"))


@pytest.fixture(scope="module", params=["real build", "targets dump"])
def audio_dir(request, tmp_path_factory):
    given = os.environ.get("PLAINSPEAK_AUDIO_DIR")
    if given:
        return Path(given)
    if request.param == "real build":
        # Every section of every level of a real `plainspeak build` (conftest's built_out).
        return request.getfixturevalue("built_out")
    out = tmp_path_factory.mktemp("audiopost")
    scratch = os.environ.get("PLAINSPEAK_SCRATCH_PATH", ".build")
    env = dict(os.environ, PLAINSPEAK_AUDIOPOST_DUMP=str(out))
    subprocess.run(
        ["swift", "test", "--scratch-path", scratch, "--filter", "CrosscheckDump"],
        cwd=ROOT, env=env, check=True, capture_output=True, timeout=600,
    )
    return out


def wav_files(directory):
    files = sorted(directory.rglob("*.wav"))
    assert files, f"no WAV files under {directory}"
    return files


def expected_target(wav):
    # Dumped files are named speech-16.wav, speech-23.wav, ...; real builds use the default target.
    match = re.fullmatch(r"speech(-\d+)", wav.stem)
    return float(match.group(1)) if match else DEFAULT_TARGET


def ffmpeg_true_peak(path):
    result = subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-af", "ebur128=peak=true", "-f", "null", "-"],
        capture_output=True, text=True, check=True, timeout=120,
    )
    summary = result.stderr[result.stderr.rindex("Summary:"):]
    return float(re.search(r"True peak:\s+Peak:\s+(-?[\d.]+|-inf)", summary).group(1))


def ffprobe_duration(path):
    result = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "default=nw=1:nk=1", str(path)],
        capture_output=True, text=True, check=True, timeout=60,
    )
    return float(result.stdout.strip())


def loudness(data, rate):
    return pyloudnorm.Meter(rate).integrated_loudness(data)


def test_loudness_matches_target_per_pyloudnorm(audio_dir):
    for wav in wav_files(audio_dir):
        data, rate = soundfile.read(wav)
        if len(data) < 0.4 * rate or not data.any():
            continue  # not measurable; AudioPost leaves the level alone
        measured = loudness(data, rate)
        target = expected_target(wav)
        assert abs(measured - target) <= 1.0, f"{wav.name}: pyloudnorm {measured:.2f} LUFS, target {target}"
        ours = wav.with_suffix(".json")
        if ours.exists():
            record = json.loads(ours.read_text())
            reported = record.get("integratedLUFS", record.get("loudnessLUFS"))
            assert abs(reported - measured) <= 0.3, f"{wav.name}: we reported {reported:.2f}, pyloudnorm {measured:.2f}"


def test_true_peak_under_ceiling_per_ffmpeg(audio_dir):
    for wav in wav_files(audio_dir):
        peak = ffmpeg_true_peak(wav)
        assert peak <= CEILING, f"{wav.name}: ffmpeg true peak {peak} dBTP over {CEILING}"


def test_opus_keeps_duration_and_loudness(audio_dir):
    pairs = [(wav, wav.with_suffix(".opus")) for wav in wav_files(audio_dir) if wav.with_suffix(".opus").exists()]
    if not pairs:
        pytest.skip("no .opus files beside the WAVs")
    for wav, opus in pairs:
        info = soundfile.info(wav)
        assert abs(ffprobe_duration(opus) - info.duration) <= 0.1, opus.name
        assert opus.stat().st_size * 8 <= wav.stat().st_size, f"{opus.name} not 8x smaller than its WAV"
        decoded = subprocess.run(
            ["ffmpeg", "-v", "error", "-i", str(opus), "-ar", str(info.samplerate), "-f", "wav", "-"],
            capture_output=True, check=True, timeout=120,
        ).stdout
        data, rate = soundfile.read(io.BytesIO(decoded))
        original, _ = soundfile.read(wav)
        if len(original) >= 0.4 * rate and original.any():
            # At 24 kbit/s Opus codes speech as wideband (up to 8 kHz); losing eSpeak's 8-11 kHz energy,
            # which K-weighting counts, reads 0.3-0.6 LU quieter. More than 1 LU would be audible.
            assert abs(loudness(data, rate) - loudness(original, rate)) <= 1.0, opus.name
