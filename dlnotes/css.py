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


def used_rules(css: str, classes: set[str], attributes: set[str] | None = None) -> str:
    def used(selector: str) -> bool:
        selector = re.sub(r":(?:not|is|where|has)\([^)]*\)", "", selector)  # classes an element need not have
        if attributes is not None and not all(a in attributes for a in _DATA_ATTRIBUTE_IN_SELECTOR.findall(selector)):
            return False
        return all(c in classes for c in _CLASS_IN_SELECTOR.findall(selector))

    def valid(rule) -> str:
        """The rule without declarations browsers drop as invalid ("" if none is left)."""
        text = tinycss2.serialize([rule])
        if not any(f"{name}:" in text.replace(" ", "") for name in _INVALID):
            return text
        declarations = tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
        kept = [d for d in declarations if not (
            d.type == "declaration" and tinycss2.serialize(d.value).strip() in _INVALID.get(d.lower_name, ()))]
        if len(kept) == len(declarations):
            return text
        body = "".join(tinycss2.serialize([d]) for d in kept).rstrip(";")  # each declaration ends with ";"
        return f"{tinycss2.serialize(rule.prelude)}{{{body}}}" if kept else ""

    def keep(rules) -> str:
        out = []
        for rule in rules:
            if rule.type == "qualified-rule":
                if any(used(selector) for selector in tinycss2.serialize(rule.prelude).split(",")):
                    out.append(valid(rule))
            elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
                inner = keep(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))
                if inner:
                    out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}")
            elif rule.type != "error":
                out.append(tinycss2.serialize([rule]))
        return "".join(out)

    return keep(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))


_VAR = re.compile(r"var\(\s*(--[\w-]+)")


def var_references(text: str) -> set[str]:
    """The custom properties `text` (CSS, or HTML with style attributes) reads with var()."""
    return set(_VAR.findall(text))


def without_unused_custom_properties(css: str, read_elsewhere: set[str]) -> str:
    """`css` without the custom property declarations (`--name: …`) that nothing reads: not a declaration
    of an ordinary property, not a custom property that is read (and so on), not `read_elsewhere` (the
    page's other styles). JupyterLab's CSS declares 560 on `.jupyter-wrapper`, a notebook page reads 97:
    each element of the notebook inherits every one, and the browser's style work on a phone grew with them."""
    def declarations(rules):
        for rule in rules:
            if rule.type == "qualified-rule":
                yield from (d for d in tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
                            if d.type == "declaration")
            elif rule.type == "at-rule" and rule.content:
                yield from declarations(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))

    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    reads, read = {}, set(read_elsewhere)
    for d in declarations(rules):
        refs = var_references(tinycss2.serialize(d.value))
        if d.name.startswith("--"):
            reads.setdefault(d.name, set()).update(refs)
        else:
            read |= refs
    used, todo = set(), list(read)
    while todo:
        name = todo.pop()
        if name not in used:
            used.add(name)
            todo += reads.get(name, ())

    def keep(rules) -> str:
        out = []
        for rule in rules:
            if rule.type == "qualified-rule":
                content = tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
                kept = [d for d in content if not (d.type == "declaration" and d.name.startswith("--") and d.name not in used)]
                if len(kept) == len(content):
                    out.append(tinycss2.serialize([rule]))
                elif kept:
                    body = "".join(tinycss2.serialize([d]) for d in kept).rstrip(";")
                    out.append(f"{tinycss2.serialize(rule.prelude)}{{{body}}}")
            elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
                inner = keep(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))
                if inner:
                    out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}")
            else:
                out.append(tinycss2.serialize([rule]))
        return "".join(out)

    return keep(rules)
