"""Chinese pages follow Chinese copywriting conventions (dlnotes/typography.py: autocorrect, and the few
false positives it allows, each with its reason)."""

from pathlib import Path

import pytest

from dlnotes.site import ROOT
from dlnotes.typography import typography_problems

CHINESE_PAGES = sorted(p for p in (ROOT / "docs").rglob("*.md") if not p.name.endswith(".en.md"))


@pytest.mark.parametrize("page", CHINESE_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_chinese_typography(page):
    problems = typography_problems(page, page.read_text("utf8"))
    assert not problems, "\n".join(problems)


def test_a_typography_slip_is_reported():
    problems = typography_problems(Path("page.md"), "# 标题\n\n使用PyTorch的3个层,好吗\n\n形状是 (宽, 高)。\n")
    assert problems == ["page.md:3: '使用PyTorch的3个层,好吗'\n    should be '使用 PyTorch 的 3 个层，好吗'"]
