"""Of a stylesheet, keep the rules a page can use: those whose class selectors all occur in the page.

hooks/notebooks.py cuts nbconvert's inlined JupyterLab CSS (574 KB) to what a notebook page uses.
"""

import re

import tinycss2

_CLASS_IN_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")


def used_rules(css: str, classes: set[str]) -> str:
    def used(selector: str) -> bool:
        selector = re.sub(r":(?:not|is|where|has)\([^)]*\)", "", selector)  # classes an element need not have
        return all(c in classes for c in _CLASS_IN_SELECTOR.findall(selector))

    def keep(rules) -> str:
        out = []
        for rule in rules:
            if rule.type == "qualified-rule":
                if any(used(selector) for selector in tinycss2.serialize(rule.prelude).split(",")):
                    out.append(tinycss2.serialize([rule]))
            elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
                inner = keep(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))
                if inner:
                    out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}")
            elif rule.type != "error":
                out.append(tinycss2.serialize([rule]))
        return "".join(out)

    return keep(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
