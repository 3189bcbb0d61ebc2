"""Where a corpus was rendered and a guard trained: recorded so that a rebuild which differs can be explained.

Rendering and fitting are deterministic for a given seed on one machine, but pixels depend on the browser build,
and float results on the CPU's vector units and the numeric libraries' versions. ``make model`` rebuilt the bundled
guard byte for byte on the machine it was built on, and not on another machine (another CPU; the Chromium build
there was not recorded) (bench/RESULTS.md, stop 25); these records say which of those changed.
"""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata
from pathlib import Path

#: Distributions whose versions can change a trained guard's numbers.
NUMERIC_PACKAGES = ("numpy", "scipy", "scikit-learn", "torch", "sentence-transformers", "transformers",
                    "open_clip_torch", "playwright")


def cpu_model(cpuinfo: Path = Path("/proc/cpuinfo")) -> str:
    """The CPU's marketing name (``model name`` in /proc/cpuinfo on Linux), else what ``platform`` knows."""
    try:
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "model name" and value.strip():
                return value.strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def machine_description() -> str:
    """One line: architecture, CPU name and core count, e.g. ``x86_64, AMD EPYC, 2 cores``."""
    return f"{platform.machine() or 'unknown'}, {cpu_model()}, {os.cpu_count() or '?'} cores"


def package_versions(names: tuple[str, ...] = NUMERIC_PACKAGES) -> dict[str, str | None]:
    """Installed version of each distribution (None where it is not installed); imports none of them."""
    versions: dict[str, str | None] = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def environment() -> dict[str, object]:
    """The training environment for a guard model's card."""
    return {
        "python": platform.python_version(),
        "platform": sys.platform,
        "machine": machine_description(),
        "packages": package_versions(),
    }
