"""One rendering per term on the Chinese pages, the English at its first use, and the glossary page.

glossary.yml lists the terms; dlnotes/glossary.py checks a page against it and renders the table
that hooks/glossary.py puts on docs/glossary.md and docs/glossary.en.md at build time.
"""


import pytest

from dlnotes import glossary
from dlnotes.site import ROOT

DOCS = ROOT / "docs"
ENTRIES = glossary.load(ROOT / "glossary.yml")
CHINESE_PAGES = sorted(p for p in DOCS.rglob("*.md") if not p.name.endswith(".en.md"))


@pytest.mark.parametrize("page", CHINESE_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_chinese_page_follows_the_glossary(page):
    problems = glossary.page_problems(page.relative_to(ROOT), page.read_text("utf8"), ENTRIES)
    assert not problems, "\n".join(problems)


def test_the_glossary_file_is_well_formed():
    assert glossary.file_problems(ENTRIES, DOCS) == []
    assert len(ENTRIES) >= 30


def test_a_broken_glossary_file_is_reported(tmp_path):
    (tmp_path / "a.md").write_text("# A\n")
    entries = [glossary.Entry("tensor", "张量", page="a.md"), glossary.Entry("Tensor", "张量", page="missing.md"),
               glossary.Entry("gradient", "梯度", alternatives=("张量",), page="a.md")]
    assert glossary.file_problems(entries, tmp_path) == [
        "term 'Tensor' is listed twice",
        "Tensor: page missing.md does not exist",
        "gradient: '张量' is also a rendering of 'Tensor'",
    ]
    (tmp_path / "glossary.yml").write_text("- term: tensor\n  zh: 张量\n  page: a.md\n  alternative: [张量们]\n")
    with pytest.raises(ValueError, match="entry 1"):
        glossary.load(tmp_path / "glossary.yml")


@pytest.mark.parametrize("name", ["glossary.md", "glossary.en.md"])
def test_the_glossary_page_gets_a_table_with_every_term(name):
    src = DOCS / name
    built = glossary.page_markdown(src.read_text("utf8"), src, DOCS, ROOT / "glossary.yml")
    assert glossary.MARKER not in built
    for e in ENTRIES:
        assert f"| [{e.term}]({e.page}) | {e.zh} |" in built, e.term
        for other in e.others:
            assert other in built, (e.term, other)


def test_other_pages_are_left_alone():
    text = f"# 首页\n\n{glossary.MARKER}\n"
    assert glossary.page_markdown(text, DOCS / "index.md", DOCS, ROOT / "glossary.yml") == text


def _line_of(lines: list[str], needle: str) -> int:
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


def test_a_missing_english_is_reported_at_its_file_and_line(tmp_path):
    real = (DOCS / "pytorch/optim.md").read_text("utf8")
    assert "迭代周期（epoch）" in real
    broken = tmp_path / "optim.md"
    broken.write_text(real.replace("迭代周期（epoch）", "迭代周期", 1), "utf8")
    line = _line_of(real.splitlines(), "迭代周期（epoch）")
    assert glossary.page_problems(broken, broken.read_text("utf8"), ENTRIES) == [
        f"{broken}:{line}: first use of '迭代周期' lacks its English: write 迭代周期（epoch）"
    ]


def test_another_rendering_is_reported_at_its_file_and_line(tmp_path):
    lines = (DOCS / "pytorch/pooling.md").read_text("utf8").splitlines()
    line = _line_of(lines, "池化层（pooling layer）") + 1
    lines.insert(line - 1, "汇聚层和池化层是一回事。")
    broken = tmp_path / "pooling.md"
    broken.write_text("\n".join(lines), "utf8")
    assert glossary.page_problems(broken, broken.read_text("utf8"), ENTRIES) == [
        f"{broken}:{line}: '汇聚' is another rendering of 'pooling': write '池化'"
    ]


def test_only_prose_counts():
    text = "\n".join([
        "# 每轮训练",  # 1: a heading: no first use, but another rendering all the same
        "",
        "张量（tensor）的梯度（gradient）。",  # 3: first uses, with their English
        "`epoch` 和 $周期$ 和 [链接](周期.md) 和 <span title=\"轮\">x</span> {#轮}",  # 4: code, formula, URL, tag
        "d2l-zh 译作“汇聚”；周期性的信号轮流出现。",  # 5: a quoted mention; words that are not the term
        "```python",
        "epochs = 3  # 每轮",  # 7: code
        "```",
        "$$",
        "\\text{每轮}",  # 10: a display formula
        "$$",
        "[张量运算](a.md) 里的卷积神经网络（convolutional neural network）和池化层（pooling layer）。",  # 12
        "形状是（通道，高，宽）；三个通道（channel）。",  # 13: a shape in words is no first use
        "又过了一个 epoch。",  # 14: the English alone, as prose
    ])
    assert glossary.page_problems("p.md", text, ENTRIES) == [
        "p.md:1: '轮' is another rendering of 'epoch': write '迭代周期'",
        "p.md:14: 'epoch' is another rendering of 'epoch': write '迭代周期'",
    ]
