"""Chinese prose without stray spaces: a line break in the Markdown source between two Chinese characters.

Markdown keeps a soft line break as a newline in the HTML, and a browser shows any newline in running
text as a space: "多维数组。\\n读完本页" reads "多维数组。 读完本页". `join_cjk_breaks` removes such
breaks from rendered HTML where a CJK character (or full-width punctuation) stands on both sides, also
across inline tags (`见\\n<a>张量</a>`); text inside <pre>, <code>, <script>, <style> and <textarea> is
left as it is, and so is every break with a Latin letter, a digit or a formula on either side.
`stray_spaces` counts what a reader would still see (tests/test_reader.py runs it on the built site).
"""

from __future__ import annotations

import re

# CJK ideographs (and extension A, compatibility), CJK punctuation, full-width forms, kana
CJK = r"\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# inline tags a break may sit next to (not <code>: its text is code)
INLINE_TAG = r"</?(?:a|strong|em|b|i|span|mark|small|sup|sub|abbr|kbd|del|ins)(?:\s[^>]*)?>"
RAW = re.compile(r"<(pre|code|script|style|textarea)\b.*?</\1>", re.S | re.I)
BREAK = re.compile(rf"(?<=[{CJK}])((?:{INLINE_TAG})*)[ \t]*\n\s*((?:{INLINE_TAG})*)(?=[{CJK}])")
# a line break (with any spaces around it) between two CJK characters of the same block, in text with its
# tags removed. A space typed in the source is left alone: the Chinese copywriting guidelines the pages
# follow put one on each side of a link, and tests/test_typography.py lints those.
STRAY = re.compile(rf"[{CJK}][ \t]*\n\s*(?=[{CJK}])")
BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|table|thead|tbody|tr|td|th|br|hr|blockquote|details|summary|"
                       r"dl|dt|dd|figure|figcaption|img|input|label|nav|section|article|header|footer)\b[^>]*>", re.I)


def _outside_raw(html: str, change) -> str:
    """Apply `change` to the parts of `html` outside raw elements (pre, code, script, style, textarea)."""
    pieces, end = [], 0
    for m in RAW.finditer(html):
        pieces += [change(html[end:m.start()]), m.group(0)]
        end = m.end()
    pieces.append(change(html[end:]))
    return "".join(pieces)


def join_cjk_breaks(html: str) -> str:
    """`html` with every line break between two CJK characters removed (inline tags kept, raw text untouched)."""
    return _outside_raw(html, lambda text: BREAK.sub(r"\1\2", text))


def visible_text(html: str) -> str:
    """Prose as a reader sees it, roughly: raw elements become a placeholder, block tags a paragraph break,
    inline tags vanish (entities stay)."""
    text = RAW.sub("\x00", html)
    text = BLOCK_TAG.sub("\x00", text)
    return re.sub(r"<[^>]+>", "", text)


def stray_spaces(html: str) -> list[str]:
    """Each source line break a reader sees as a space between two CJK characters, with a little context:
    '多维数组。⏎读完本页'."""
    text = visible_text(html)
    return [text[max(m.start() - 6, 0):m.end() + 7].replace("\n", "⏎").replace("\x00", "") for m in STRAY.finditer(text)]
