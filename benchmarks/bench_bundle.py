"""The one-folder bundle: its size, and how fast it starts (offscreen, no display needed).

Measured on a bundle that exists (tools/build-bundle makes dist/openreport, or name another
folder): size in MB and files; the median of several runs of `--version`, of a DOCX and a PDF
export of the demo, and of the window: start to the main window shown, and to the demo report
shown in the editor (read from Qt's trace of the widgets shown). The same from the checkout
(`python -m openreport`) is printed beside it for comparison.
Run: python -m benchmarks.bench_bundle [BUNDLE_FOLDER] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from build_bundle import executable, folder_size  # noqa: E402

# Qt's trace: the main window's native window shown, then the report editor
SHOWN = (
    re.compile(r'Setting visibility of QWidgetWindow\(.*"MainWindowClassWindow"\) to true'),
    re.compile(r"Setting visibility of ReportEditor\(.* to true\b"),
)


def environment(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "XDG_", "QT_"))}
    env.update(extra)
    env.update(HOME=str(home), TMPDIR=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    for name in ("DATA", "CONFIG", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    return env


def run_time(command: list[str], env: dict[str, str], cwd: Path) -> float:
    begin = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=cwd, capture_output=True)
    return time.perf_counter() - begin


def window_times(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Seconds to the main window shown, and to the demo report shown in the editor."""
    env = dict(env, QT_LOGGING_RULES="qt.widgets.showhide.debug=true")
    begin = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--demo"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env,
        cwd=cwd, text=True, errors="replace",
    )  # fmt: skip
    times: list[float] = []
    try:
        for line in process.stderr:
            if SHOWN[len(times)].search(line):
                times.append(time.perf_counter() - begin)
                if len(times) == len(SHOWN):
                    break
    finally:
        process.kill()
        process.wait()
        process.stderr.close()
    if len(times) < len(SHOWN):
        raise SystemExit(f"bench_bundle: {command[0]} ended before showing the demo")
    return times[0], times[1]


def measure(label: str, command: list[str], window: list[str], runs: int, **extra: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = environment(work, **extra)
        rows = {
            "--version": [run_time([*command, "--version"], env, work) for _ in range(runs)],
            "export DOCX": [
                run_time([*command, "export", "--demo", "-o", "x.docx"], env, work)
                for _ in range(runs)
            ],
            "export PDF (Qt)": [
                run_time([*command, "export", "--demo", "-o", "x.pdf"], env, work)
                for _ in range(runs)
            ],
        }
        shown = [window_times(window, env, work) for _ in range(runs)]
        rows["window shown"] = [w[0] for w in shown]
        rows["demo in the editor"] = [w[1] for w in shown]
    for name, times in rows.items():
        print(f"  {label:9} {name:20} median {statistics.median(times):5.2f} s"
              f"  max {max(times):5.2f} s")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "openreport")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    program = executable(args.bundle)
    if not program.is_file():
        raise SystemExit(f"bench_bundle: no bundle at {args.bundle} (run tools/build-bundle)")
    size, count = folder_size(args.bundle)
    print(f"bundle {args.bundle}: {size / 1e6:.0f} MB in {count} files")
    cli = executable(args.bundle, "openreport-cli")
    measure("bundle", [str(cli if cli.is_file() else program)], [str(program)], args.runs)
    python = [sys.executable, "-m", "openreport"]
    measure("checkout", python, python, args.runs, PYTHONPATH=str(ROOT))


if __name__ == "__main__":
    main()
