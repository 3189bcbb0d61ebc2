import pytest

from agent_guard.errors import ConfigurationError
from agent_guard.settings import load_settings
from agent_guard.types import FailMode


def test_environment_is_read_with_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENT_GUARD_BLOCK_THRESHOLD", "0.8")
    monkeypatch.setenv("AGENT_GUARD_FAIL_MODE", "open")
    settings = load_settings()
    assert settings.block_threshold == 0.8
    assert settings.fail_mode is FailMode.OPEN


def test_explicit_arguments_beat_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENT_GUARD_BLOCK_THRESHOLD", "0.8")
    assert load_settings(block_threshold=0.95).block_threshold == 0.95


@pytest.mark.parametrize("overrides", [{"block_threshold": 1.5}, {"flag_threshold": 0.9, "block_threshold": 0.5},
                                       {"max_batch_size": 0}, {"no_such_option": 1}])
def test_invalid_settings_raise_configuration_error(overrides: dict) -> None:
    with pytest.raises(ConfigurationError):
        load_settings(**overrides)
