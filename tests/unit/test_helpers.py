"""Under CI=true a missing outside tool fails the test that needs it instead of skipping it."""

import pytest

from tests.helpers import readers


def test_a_missing_shared_tool_is_skipped_on_a_developer_machine(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-such-tool"):
        readers.shared_tool("no-such-tool")


def test_a_missing_shared_tool_fails_under_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="no-such-tool"):
        readers.shared_tool("no-such-tool")


@pytest.mark.parametrize("ci", ["true", "false"])
def test_missing_libreoffice_fails_under_ci_only(monkeypatch, ci):
    monkeypatch.setenv("CI", ci)
    monkeypatch.setenv("PATH", "")
    expected = pytest.fail.Exception if ci == "true" else pytest.skip.Exception
    with pytest.raises(expected, match="soffice"):
        readers.needs_libreoffice()


def test_the_shared_tools_are_found_beside_this_checkout():
    # Here (and in CI) ../shared is present: the lint really runs.
    assert readers.shared_tool("docx-rtl-lint").name == "docx-rtl-lint"
    assert readers.shared_tool("render-docx").exists()
