"""Of a stylesheet, keep the rules a page can use: those whose class selectors all occur in the page
(and, where the page's data-* attributes are given, whose data-* attribute selectors name ones it has:
JupyterLab's CSS styles attributes its app sets, such as `[data-jp-theme-scrollbars=true]`).

hooks/notebooks.py cuts nbconvert's inlined JupyterLab CSS (574 KB) to what a notebook page uses.
Declarations every browser drops as invalid go too (the W3C checker reports them: tests/test_html.py).
"""

import re

import tinycss2

_CLASS_IN_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_DATA_ATTRIBUTE_IN_SELECTOR = re.compile(r"\[\s*(data-[\w-]+)")
# property -> values that are not CSS (JupyterLab writes `cursor: normal`; browsers ignore the declaration)
_INVALID = {"cursor": {"normal"}}


def _rules(text: str):
    return tinycss2.parse_rule_list(text, skip_comments=True, skip_whitespace=True)


def _rewrite(rules, qualified) -> str:
    """The stylesheet with each style rule replaced by `qualified(rule)` ("" drops it), into @media and
    @supports (an emptied one goes); other at-rules stay, parse errors go."""
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            out.append(qualified(rule))
        elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
            inner = _rewrite(_rules(rule.content), qualified)
            if inner:
                out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}")
        elif rule.type != "error":
            out.append(tinycss2.serialize([rule]))
    return "".join(out)


def _declarations(rule) -> list:
    return tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)


def _without(rule, drop) -> str:
    """The style rule without the declarations `drop(declaration)` picks ("" if none is left)."""
    content = _declarations(rule)
    kept = [d for d in content if not (d.type == "declaration" and drop(d))]
    if len(kept) == len(content):
        return tinycss2.serialize([rule])
    body = "".join(tinycss2.serialize([d]) for d in kept).rstrip(";")  # each declaration ends with ";"
    return f"{tinycss2.serialize(rule.prelude)}{{{body}}}" if kept else ""


def used_rules(css: str, classes: set[str], attributes: set[str] | None = None) -> str:
    def used(selector: str) -> bool:
        selector = re.sub(r":(?:not|is|where|has)\([^)]*\)", "", selector)  # classes an element need not have
        if attributes is not None and not all(a in attributes for a in _DATA_ATTRIBUTE_IN_SELECTOR.findall(selector)):
            return False
        return all(c in classes for c in _CLASS_IN_SELECTOR.findall(selector))

    def kept(rule) -> str:
        """A used rule, without declarations browsers drop as invalid."""
        if not any(used(selector) for selector in tinycss2.serialize(rule.prelude).split(",")):
            return ""
        if not any(f"{name}:" in tinycss2.serialize([rule]).replace(" ", "") for name in _INVALID):
            return tinycss2.serialize([rule])
        return _without(rule, lambda d: tinycss2.serialize(d.value).strip() in _INVALID.get(d.lower_name, ()))

    return _rewrite(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), kept)


_VAR = re.compile(r"var\(\s*(--[\w-]+)")


def var_references(text: str) -> set[str]:
    """The custom properties `text` (CSS, or HTML with style attributes) reads with var()."""
    return set(_VAR.findall(text))


def without_unused_custom_properties(css: str, read_elsewhere: set[str]) -> str:
    """`css` without the custom property declarations (`--name: …`) that nothing reads: not a declaration
    of an ordinary property, not a custom property that is read (and so on), not `read_elsewhere` (the
    page's other styles). JupyterLab's CSS declares 560 on `.jupyter-wrapper`, a notebook page reads 97:
    each element of the notebook inherits every one, and the browser's style work on a phone grew with them."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    reads, read = {}, set(read_elsewhere)

    def collect(rule) -> str:
        for d in _declarations(rule):
            if d.type != "declaration":
                continue
            refs = var_references(tinycss2.serialize(d.value))
            if d.name.startswith("--"):
                reads.setdefault(d.name, set()).update(refs)
            else:
                read.update(refs)
        return ""

    _rewrite(rules, collect)
    used, todo = set(), list(read)
    while todo:
        name = todo.pop()
        if name not in used:
            used.add(name)
            todo += reads.get(name, ())
    return _rewrite(rules, lambda rule: _without(rule, lambda d: d.name.startswith("--") and d.name not in used))
