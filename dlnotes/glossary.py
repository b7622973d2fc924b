"""The glossary: one Chinese rendering per term, the English at its first use, and the glossary table.

`glossary.yml` (repository root) lists the terms. This module loads it (`load`, `file_problems`),
renders the table of the glossary page (`render_table`), and finds the problems of a Chinese page
(`page_problems`), each named by file and line:

- the first use of a term in running text lacks its English in full-width parentheses right after
  the word: 迭代周期（epoch）, or after a compound that starts or ends with it: 池化层（pooling layer）,
  卷积神经网络（convolutional neural network）;
- another rendering of a term (one of its `alternatives`, or d2l-zh's) is used as prose.

Only prose counts: code fences, display and inline formulas, inline code, link targets, HTML tags
and attribute lists (`{#anchor}`) are blanked out first. Headings, admonition titles, link texts
(another page's name), shapes written in words ((通道, 高, 宽)) and “quotations” do not count as a
first use; a “quoted” rendering is mentioned, not used, so it is no problem either (naming d2l-zh's
word, quoting the source notes). Terms are matched longest first, so 周期 inside 迭代周期 is the
epoch, not the other rendering 周期; NOT_TERMS lists words that contain a rendering but are not it.
An English word may be another rendering (epoch, for 迭代周期): it is then allowed only as the
English right after the term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

# Words that contain a rendering (or another rendering) but are other words; each says why.
NOT_TERMS = {
    "周期性": "periodic: not the epoch",
    "轮流": "taking turns: not an epoch",
    "轮廓": "an outline: not an epoch",
}

MARKER = "<!-- glossary-table -->"  # the line of docs/glossary*.md that the table replaces

HEADERS = {
    "zh": ("英文", "本站译法", "其他写法"),
    "en": ("English", "Chinese rendering", "Also written"),
}
D2L_NOTE = {"zh": "（d2l-zh）", "en": " (d2l-zh)"}
LIST_SEPARATOR = {"zh": "、", "en": ", "}


@dataclass(frozen=True)
class Entry:
    term: str  # English
    zh: str  # the rendering the site uses
    alternatives: tuple[str, ...] = ()  # other Chinese renderings, named only on the glossary page
    d2l: str | None = None  # d2l-zh's rendering, where it differs from zh
    page: str = ""  # the docs page that introduces the term, e.g. pytorch/tensors.md

    @property
    def others(self) -> tuple[str, ...]:
        """Every rendering a Chinese page must not use as prose."""
        return self.alternatives + ((self.d2l,) if self.d2l and self.d2l not in self.alternatives else ())


KEYS = {"term", "zh", "alternatives", "d2l", "page"}


def load(path: Path) -> list[Entry]:
    """The entries of a glossary file, in its order; an entry with a missing or unknown key is an error."""
    entries = []
    for i, item in enumerate(yaml.safe_load(Path(path).read_text("utf8")), start=1):
        if not isinstance(item, dict) or not {"term", "zh", "page"} <= item.keys() <= KEYS:
            raise ValueError(f"{path}: entry {i} ({item!r}) needs term, zh and page, and may have only {sorted(KEYS)}")
        entries.append(Entry(
            term=item["term"], zh=item["zh"], alternatives=tuple(item.get("alternatives") or ()),
            d2l=item.get("d2l"), page=item["page"]))
    return entries


def page_markdown(markdown: str, src: Path, docs: Path, glossary_file: Path) -> str:
    """The glossary page's Markdown with its table (in the page's language); other pages unchanged."""
    from dlnotes.site import default_language, in_language, language

    src, docs = Path(src).resolve(), Path(docs).resolve()
    if not src.is_relative_to(docs) or in_language(src, default_language()).relative_to(docs).as_posix() != "glossary.md":
        return markdown
    if MARKER not in markdown:
        raise ValueError(f"{src}: no line {MARKER} for the glossary table")
    return markdown.replace(MARKER, render_table(load(glossary_file), language(src)))


def file_problems(entries: list[Entry], docs: Path) -> list[str]:
    """A glossary file's own problems: a missing page, a term or a rendering listed twice."""
    problems = []
    seen_terms, seen_renderings = set(), {}
    for e in entries:
        if e.term.lower() in seen_terms:
            problems.append(f"term {e.term!r} is listed twice")
        seen_terms.add(e.term.lower())
        if not (docs / e.page).is_file():
            problems.append(f"{e.term}: page {e.page} does not exist")
        for rendering in (e.zh,) + e.others:
            if rendering in seen_renderings and seen_renderings[rendering].lower() != e.term.lower():
                problems.append(f"{e.term}: {rendering!r} is also a rendering of {seen_renderings[rendering]!r}")
            seen_renderings[rendering] = e.term
        if e.zh in e.others:
            problems.append(f"{e.term}: {e.zh!r} is both the rendering and an alternative")
    return problems


def render_table(entries: list[Entry], lang: str, link_prefix: str = "") -> str:
    """The glossary as a Markdown table in `lang` ("zh" or "en"), sorted by the English term.

    Each term links to the page that introduces it: `link_prefix` + entry.page, relative to the
    page the table goes on. d2l-zh's rendering is marked as such.
    """
    lines = ["| " + " | ".join(HEADERS[lang]) + " |", "| --- | --- | --- |"]
    for e in sorted(entries, key=lambda e: e.term.lower()):
        others = [o for o in e.alternatives if o != e.d2l] + ([e.d2l + D2L_NOTE[lang]] if e.d2l else [])
        lines.append(f"| [{e.term}]({link_prefix}{e.page}) | {e.zh} | {LIST_SEPARATOR[lang].join(others) or '—'} |")
    return "\n".join(lines) + "\n"


# --- prose -----------------------------------------------------------------------------------------

FENCE = re.compile(r"^\s*(```+|~~~+)")
HEADING = re.compile(r"^#{1,6}\s")
ADMONITION = re.compile(r'^\s*(!!!|\?\?\?\+?)\s')
MASKS = [
    re.compile(r"<!--.*?-->"),  # HTML comments
    re.compile(r"(`+)(?:(?!\1).)+?\1"),  # inline code
    re.compile(r"\$[^$]+\$"),  # inline formulas
    re.compile(r"(?<=\]\()[^)]*(?=\))"),  # link targets: [text](url) keeps its brackets
    re.compile(r"<https?://[^>]*>"),  # bare links
    re.compile(r"</?[A-Za-z][^>]*>"),  # HTML tags
    re.compile(r"\{[#.:][^}]*\}"),  # attribute lists: {#anchor}, {.class}
    re.compile(r"https?://\S+"),  # plain URLs
]
QUOTED = re.compile(r"“[^”]*”")
# A shape written out in words, as Python prints a tuple: （通道，高，宽）, (批量大小, 通道, 高, 宽), 高×宽×通道
SHAPE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}(?:\s*[，,]\s*[\u4e00-\u9fff]{1,4})+[)）]"
                   r"|[\u4e00-\u9fff]{1,2}(?:\s*×\s*[\u4e00-\u9fff]{1,2})+")


def _mask(text: str) -> str:
    """Blank out what is not prose; keep the length, so columns stay where they were."""
    for pattern in MASKS:
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


@dataclass(frozen=True)
class ProseLine:
    number: int  # 1-based line number in the file
    text: str  # the line with everything but prose blanked out
    title: bool  # a heading or an admonition's title line


def prose_lines(text: str) -> list[ProseLine]:
    """Each line of a Markdown page as prose: code fences and display formulas dropped, the rest masked."""
    lines = []
    in_fence, in_math = None, False
    for number, line in enumerate(text.splitlines(), start=1):
        fence = FENCE.match(line)
        if in_fence:
            if fence and fence.group(1)[0] == in_fence[0] and len(fence.group(1)) >= len(in_fence):
                in_fence = None
            continue
        if fence:
            in_fence = fence.group(1)
            continue
        if line.strip().startswith("$$"):
            # $$ … $$ on one line, or the opening/closing line of a display formula
            if not (line.strip() != "$$" and line.strip().endswith("$$") and len(line.strip()) > 2):
                in_math = not in_math
            continue
        if in_math or line.lstrip().startswith("--8<--"):
            continue
        title = bool(HEADING.match(line) or ADMONITION.match(line))
        lines.append(ProseLine(number, _mask(line), title))
    return lines


# --- matching --------------------------------------------------------------------------------------

def _matcher(entries: list[Entry]) -> tuple[re.Pattern, dict[str, tuple[Entry | None, bool]]]:
    """One regex for every rendering, longest first, and what each (lowercased) rendering means.

    The value is (entry, is_the_rendering): (e, True) for e.zh, (e, False) for another rendering,
    (None, False) for a word of NOT_TERMS.
    """
    meaning: dict[str, tuple[Entry | None, bool]] = {word: (None, False) for word in NOT_TERMS}
    for e in entries:
        for other in e.others:
            meaning[other.lower()] = (e, False)
        meaning[e.zh.lower()] = (e, True)
    parts = []
    for word in sorted(meaning, key=len, reverse=True):
        # a Latin rendering (softmax, epoch) is a whole word; a Chinese one is matched anywhere
        parts.append(rf"(?<![\w-]){re.escape(word)}(?![\w-])" if word.isascii() else re.escape(word))
    return re.compile("|".join(parts), re.I | re.ASCII), meaning


# The English goes right after the word: the term itself, or a compound that contains it
# (卷积神经网络（convolutional neural network）, 池化层（pooling layer）): at most COMPOUND Chinese
# characters may follow the term before the parenthesis.
COMPOUND = 8
GLOSS = re.compile(rf"[\u4e00-\u9fff]{{0,{COMPOUND}}}?（([^（）]*)）")
LINK_TEXT = re.compile(r"!?\[([^\]]*)\]\(")  # [a page's name](…) and ![alt](…): names, not running text


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def page_problems(path: Path | str, text: str, entries: list[Entry]) -> list[str]:
    """The glossary problems of one Chinese page, each as 'path:line: message'."""
    pattern, meaning = _matcher(entries)
    problems = []
    introduced: set[str] = set()
    for line in prose_lines(text):
        quoted = [m.span() for m in QUOTED.finditer(line.text)]
        names = [m.span(1) for m in LINK_TEXT.finditer(line.text)] + [m.span() for m in SHAPE.finditer(line.text)]
        glosses: list[tuple[int, int, Entry]] = []  # （…） right after a rendering: its English
        for m in pattern.finditer(line.text):
            entry, is_rendering = meaning[m.group().lower()]
            if entry is None:
                continue
            if not is_rendering:
                if _inside(quoted, *m.span()) or any(a <= m.start() < b and e is entry for a, b, e in glosses):
                    continue  # “汇聚”: a word mentioned, not used; 迭代周期（epoch）: the English itself
                problems.append(f"{path}:{line.number}: {m.group()!r} is another rendering of {entry.term!r}: "
                                f"write {entry.zh!r}")
                continue
            gloss = GLOSS.match(line.text, m.end())
            if gloss and entry.term.lower() in gloss.group(1).lower():
                glosses.append((gloss.start(1), gloss.end(1), entry))
            if (line.title or entry.term in introduced or entry.zh.lower() == entry.term.lower()
                    or _inside(names, *m.span()) or _inside(quoted, *m.span())):
                continue  # titles, page names, shapes and quotations are not running text
            introduced.add(entry.term)
            if not (gloss and entry.term.lower() in gloss.group(1).lower()):
                problems.append(f"{path}:{line.number}: first use of {entry.zh!r} lacks its English: "
                                f"write {entry.zh}（{entry.term}）")
    return problems
