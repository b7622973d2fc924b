"""Chinese copywriting conventions, checked by autocorrect (PyPI autocorrect-py).

A space between Chinese and Latin letters or digits, full-width punctuation in Chinese sentences,
no space inside Chinese quotes. Code (fences and `inline code`) is checked too, as the linter does.
ALLOWED lists the few true false positives; each says why.
"""

import re
from pathlib import Path

import autocorrect_py

ALLOWED = {
    # shape tuples written as Python prints them: (宽, 高), (通道, 高, 宽)
    r"\((?:宽|高|通道)(?:, (?:宽|高|通道))+\)": "a tuple, as in code",
    # a dotted parameter name: 属性名.参数名
    r"属性名\.参数名": "a dotted name, as in code",
    # a hyphenated compound term
    r"矩阵-向量": "a compound term (matrix-vector)",
}
MASK = "甲"  # stands in for an allowed phrase: a CJK character the linter treats as plain text


def typography_problems(path: Path, text: str) -> list[str]:
    for pattern in ALLOWED:
        text = re.sub(pattern, MASK, text)
    result = autocorrect_py.lint_for(text, str(path))
    return [f"{path}:{line.line}: {line.old.strip()!r}\n    should be {line.new.strip()!r}" for line in result.lines]
