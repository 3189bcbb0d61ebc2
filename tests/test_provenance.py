from __future__ import annotations

from pathlib import Path

import numpy as np

from agent_guard.provenance import cpu_model, environment, machine_description, package_versions


def test_cpu_model_reads_the_model_name_line(tmp_path: Path) -> None:
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nvendor_id\t: X\nmodel name\t: Test CPU @ 1.00GHz\nflags\t: a b\n")
    assert cpu_model(cpuinfo) == "Test CPU @ 1.00GHz"


def test_cpu_model_falls_back_when_cpuinfo_is_missing_or_silent(tmp_path: Path) -> None:
    silent = tmp_path / "silent"
    silent.write_text("processor\t: 0\n")
    for path in (tmp_path / "missing", silent):
        name = cpu_model(path)
        assert isinstance(name, str) and name and "model name" not in name


def test_package_versions_names_missing_distributions_as_none() -> None:
    versions = package_versions(("numpy", "no-such-distribution-agent-guard"))
    assert versions == {"numpy": np.__version__, "no-such-distribution-agent-guard": None}


def test_environment_describes_python_machine_and_packages() -> None:
    env = environment()
    assert set(env) == {"python", "platform", "machine", "packages"}
    assert env["machine"] == machine_description() and "cores" in str(env["machine"])
    assert isinstance(env["packages"], dict) and env["packages"]["numpy"] == np.__version__
