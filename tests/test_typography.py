"""Chinese pages follow Chinese copywriting conventions, checked by autocorrect (PyPI autocorrect-py).

A space between Chinese and Latin letters or digits, full-width punctuation in Chinese sentences,
no space inside Chinese quotes. Code (fences and `inline code`) is checked too, as the linter does.
ALLOWED lists the few true false positives; each says why.
"""

import re
from pathlib import Path

import autocorrect_py
import pytest

from dlnotes.site import ROOT

ALLOWED = {
    # shape tuples written as Python prints them: (宽, 高), (通道, 高, 宽)
    r"\((?:宽|高|通道)(?:, (?:宽|高|通道))+\)": "a tuple, as in code",
    # a dotted parameter name: 属性名.参数名
    r"属性名\.参数名": "a dotted name, as in code",
    # a hyphenated compound term
    r"矩阵-向量": "a compound term (matrix-vector)",
}
MASK = "甲"  # stands in for an allowed phrase: a CJK character the linter treats as plain text

CHINESE_PAGES = sorted(p for p in (ROOT / "docs").rglob("*.md") if not p.name.endswith(".en.md"))


def typography_problems(path: Path, text: str) -> list[str]:
    for pattern in ALLOWED:
        text = re.sub(pattern, MASK, text)
    result = autocorrect_py.lint_for(text, str(path))
    return [f"{path}:{line.line}: {line.old.strip()!r}\n    should be {line.new.strip()!r}" for line in result.lines]


@pytest.mark.parametrize("page", CHINESE_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_chinese_typography(page):
    problems = typography_problems(page, page.read_text("utf8"))
    assert not problems, "\n".join(problems)


def test_a_typography_slip_is_reported():
    problems = typography_problems(Path("page.md"), "# 标题\n\n使用PyTorch的3个层,好吗\n\n形状是 (宽, 高)。\n")
    assert problems == ["page.md:3: '使用PyTorch的3个层,好吗'\n    should be '使用 PyTorch 的 3 个层，好吗'"]
