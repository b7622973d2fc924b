"""A new page pair that passes the tests as written: `python3 -m nox -s new -- <section>/<topic> [中文标题] [English title]`.

Writes `docs/<section>/<topic>.md` and `.en.md`, the snippet `snippets/<section>/<topic_with_underscores>_first.py`
(the naming rule tests/test_layout.py enforces), and the nav entry in mkdocs.yml (after the section's last
page; a new section is added at the end of the nav). The page is small but real: what the reader learns,
one example, a summary, two exercises with solutions. Its output boxes are empty: `nox -s new` then runs
`nox -s accept` on the pair, which fills them with what the code prints. Replace the example with the
topic's own content, keeping that shape (README, "Writing a page").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from dlnotes.site import ROOT

TOPIC = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

SNIPPETS = {
    "tensorflow": '''"""A first tensor: its values, shape and dtype."""
import tensorflow as tf

X = tf.reshape(tf.range(6), (2, 3))
print(X.numpy())
print(X.shape, X.dtype.name)
''',
    "": '''"""A first tensor: its values, shape and dtype."""
import torch

X = torch.arange(6).reshape(2, 3)
print(X)
print(X.shape, X.dtype)
''',
}
SOLUTIONS = {  # (exercise 1: another shape, exercise 2: the sum along each row)
    "tensorflow": ("print(tf.reshape(X, (3, 2)).shape)", "print(tf.reduce_sum(X, axis=1).numpy())"),
    "": ("print(X.reshape(3, 2).shape)", "print(X.sum(dim=1))"),
}

ZH = """# {title}

读完本页，你会创建一个 2 行 3 列的张量（tensor），并读出它的值、形状和数据类型。

## 第一个例子

```python
--8<-- "{snippet}"
```

```text title="输出"
```

六个数 0 到 5 按行排成两行：第一行是 0、1、2，第二行是 3、4、5。形状 `(2, 3)` 先写行数，再写列数。

## 小结

- 张量的形状先写行数，再写列数。

## 练习

**1.** 把形状改成 3 行 2 列，打印出来的形状是什么？

??? success "答案"

    ```python
    {solution1}
    ```

    ```text title="输出"
    ```

**2.** 每一行的和是多少？先心算，再用代码验证。

??? success "答案"

    ```python
    {solution2}
    ```

    ```text title="输出"
    ```
"""

EN = """# {title}

After this page you can create a tensor with 2 rows and 3 columns and read its values, shape and dtype.

## A first example

```python
--8<-- "{snippet}"
```

```text title="Output"
```

The six numbers 0 to 5 fill two rows: 0, 1, 2 in the first, 3, 4, 5 in the second. The shape `(2, 3)`
gives the number of rows first, then the number of columns.

## Summary

- A tensor's shape gives the number of rows first, then the number of columns.

## Exercises

**1.** Change the shape to 3 rows and 2 columns. What shape is printed?

??? success "Answer"

    ```python
    {solution1}
    ```

    ```text title="Output"
    ```

**2.** What is the sum of each row? Work it out first, then check it with code.

??? success "Answer"

    ```python
    {solution2}
    ```

    ```text title="Output"
    ```
"""


def add_to_nav(mkdocs_yml: str, section: str, page: str) -> str:
    """mkdocs.yml's text with `page` after the last page of `section` in the nav (a new section: at the nav's end)."""
    lines = mkdocs_yml.splitlines(keepends=True)
    entry = re.compile(rf"^(\s+)- (?:[^:\n]+: )?{re.escape(section)}/[^/\s]+\.(?:md|py)\s*$")
    last = max((i for i, line in enumerate(lines) if entry.match(line)), default=None)
    if last is not None:
        indent = entry.match(lines[last]).group(1)
        lines.insert(last + 1, f"{indent}- {page}\n")
        return "".join(lines)
    start = next(i for i, line in enumerate(lines) if line.rstrip() == "nav:")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip() and not lines[i].startswith(" "))
    while not lines[end - 1].strip():
        end -= 1
    lines[end:end] = [f"  - {section}:\n", f"      - {page}\n"]
    return "".join(lines)


def new_page(root: Path, spec: str, title_zh: str | None = None, title_en: str | None = None) -> list[Path]:
    """Write the page pair, its snippet and the nav entry under `root`; returns the files written."""
    section, _, topic = spec.strip("/").removesuffix(".md").rpartition("/")
    if not section or not TOPIC.match(topic) or not re.match(r"^[a-z0-9-]+$", section):
        raise SystemExit(f"{spec!r}: write <section>/<topic>, lower case, words joined by '-' (e.g. pytorch/einsum)")
    zh, en = root / "docs" / section / f"{topic}.md", root / "docs" / section / f"{topic}.en.md"
    snippet = root / "snippets" / section / f"{topic.replace('-', '_')}_first.py"
    for path in (zh, en, snippet):
        if path.exists():
            raise SystemExit(f"{path} exists already")
    kind = "tensorflow" if section == "tensorflow" else ""
    solution1, solution2 = SOLUTIONS[kind]
    fields = {"snippet": snippet.relative_to(root).as_posix(), "solution1": solution1, "solution2": solution2}
    words = topic.replace("-", " ")
    for path, template, title in ((zh, ZH, title_zh or words), (en, EN, title_en or words.capitalize())):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.format(title=title, **fields), "utf8")
    snippet.parent.mkdir(parents=True, exist_ok=True)
    snippet.write_text(SNIPPETS[kind], "utf8")
    config = root / "mkdocs.yml"
    config.write_text(add_to_nav(config.read_text("utf8"), section, f"{section}/{topic}.md"), "utf8")
    return [zh, en, snippet, config]


if __name__ == "__main__":
    if not 2 <= len(sys.argv) <= 4:
        raise SystemExit(__doc__.splitlines()[0])
    for written in new_page(ROOT, *sys.argv[1:]):
        print(f"wrote {written.relative_to(ROOT)}")
