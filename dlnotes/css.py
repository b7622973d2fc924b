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
