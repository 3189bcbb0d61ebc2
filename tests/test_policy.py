import pytest

from agent_guard.errors import ConfigurationError
from agent_guard.policy import Policy, Thresholds
from agent_guard.types import ActionKind, Decision, FailMode, action_kind


def test_thresholds_map_scores_to_decisions() -> None:
    thresholds = Thresholds(flag=0.5, block=0.9)
    assert thresholds.decide(0.49) is Decision.ALLOW
    assert thresholds.decide(0.5) is Decision.FLAG
    assert thresholds.decide(0.9) is Decision.BLOCK


@pytest.mark.parametrize("flag,block", [(0.9, 0.5), (-0.1, 0.5), (0.5, 1.5), (float("nan"), 0.5)])
def test_invalid_thresholds_are_rejected(flag: float, block: float) -> None:
    with pytest.raises(ConfigurationError):
        Thresholds(flag=flag, block=block)


def test_action_overrides_are_stricter_for_typing_and_navigation() -> None:
    strict = Thresholds(flag=0.2, block=0.4)
    policy = Policy(Thresholds(0.5, 0.9), action_overrides={"type": strict, ActionKind.NAVIGATE: strict})
    assert policy.decide(0.6, "click") is Decision.FLAG
    assert policy.decide(0.6, "fill") is Decision.BLOCK
    assert policy.decide(0.6, "keyboard.type") is Decision.BLOCK
    assert policy.decide(0.6, "goto") is Decision.BLOCK
    assert policy.decide(0.3, "mouse.click") is Decision.ALLOW


def test_unknown_override_kind_is_an_error() -> None:
    with pytest.raises(ConfigurationError):
        Policy(Thresholds(0.5, 0.9), action_overrides={"teleport": Thresholds(0.1, 0.2)})


def test_fail_mode_and_shadow() -> None:
    assert Policy(Thresholds(0.5, 0.9)).on_failure() is Decision.BLOCK
    assert Policy(Thresholds(0.5, 0.9), fail_mode=FailMode.OPEN).on_failure() is Decision.ALLOW
    shadow = Policy(Thresholds(0.5, 0.9), shadow=True)
    assert shadow.enforce(Decision.BLOCK) == (Decision.ALLOW, Decision.BLOCK)
    assert Policy(Thresholds(0.5, 0.9)).enforce(Decision.BLOCK) == (Decision.BLOCK, None)


def test_action_kinds() -> None:
    assert action_kind("dblclick") is ActionKind.CLICK
    assert action_kind("locator.fill") is ActionKind.TYPE
    assert action_kind("mouse.wheel") is ActionKind.POINTER
    assert action_kind(None) is ActionKind.OTHER


def test_explain_names_the_threshold_that_decided() -> None:
    thresholds = Thresholds(flag=0.5, block=0.9)
    assert thresholds.explain(0.95) == "score 0.950 >= block threshold 0.900"
    assert thresholds.explain(0.6, "click") == "score 0.600 >= click flag threshold 0.500"
    assert thresholds.explain(0.1, "type") == "score 0.100 below type flag threshold 0.500"
