"""Search in the reader's language: one search index per language, with formulas as plain text.

mkdocs-static-i18n merges the pages of all languages into one `search/search_index.json`, and
Material loads it from `search/search_index.json` under the page's `base` (the site's root on every
page), so an English reader's "softmax" listed the Chinese page first. hooks/search.py therefore
- splits the merged index after the build: the default language's pages stay in
  `search/search_index.json`, each other language's go to `<lang>/search/search_index.json`, with
  locations relative to `<lang>/`;
- points `base` in the `__config` of that language's pages at `<lang>/`, so Material loads that
  index and resolves its result links there (Material uses `base` for nothing else this site has on:
  no versions, no instant navigation);
- writes formulas as text in the snippets (`\\(\\operatorname{softmax}(\\mathbf{o})\\)` -> `softmax(o)`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ",
    "phi": "φ", "varphi": "φ", "psi": "ψ", "omega": "ω", "Delta": "Δ", "Sigma": "Σ", "Omega": "Ω",
    "sum": "Σ", "prod": "Π", "cdot": "·", "times": "×", "div": "÷", "pm": "±", "leq": "≤", "le": "≤",
    "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "in": "∈", "infty": "∞", "partial": "∂",
    "nabla": "∇", "to": "→", "rightarrow": "→", "leftarrow": "←", "mapsto": "↦", "top": "⊤", "mid": "|",
    "ldots": "…", "cdots": "⋯", "dots": "…", "odot": "⊙", "circ": "∘", "sqrt": "√", "star": "*",
    "log": "log", "ln": "ln", "exp": "exp", "max": "max", "min": "min", "arg": "arg", "tanh": "tanh",
    "sin": "sin", "cos": "cos", "lVert": "‖", "rVert": "‖", "Vert": "‖", "|": "‖", "lbrace": "{", "rbrace": "}",
    "{": "{", "}": "}", "%": "%", "_": "_",
}
ACCENTS = {"hat": "\u0302", "bar": "\u0304", "tilde": "\u0303", "vec": "\u20d7", "dot": "\u0307"}
SPACING = re.compile(r"\\(?:left|right|big|Big|bigg|Bigg|[,;:! ]|quad|qquad|displaystyle|limits)(?![A-Za-z])")
STYLED = re.compile(r"\\(?:operatorname|mathrm|mathbf|mathit|boldsymbol|text|textrm|textbf|mathsf|mathtt)\s*\{([^{}]*)\}")
SPECIAL = {"mathbb": {"R": "ℝ", "N": "ℕ", "Z": "ℤ", "E": "𝔼"}, "mathcal": {}}
# the search entries of every page this process has built, by page URL (hooks/search.py): `mkdocs serve` keeps one
# process and its plugins from build to build, and a dirty rebuild gives Material's search only the pages it renders
PAGE_ENTRIES: dict[str, list[dict]] = {}
FORMULA = re.compile(r"\\\((.*?)\\\)|\\\[(.*?)\\\]|\$\$(.*?)\$\$", re.S)


def tex_to_text(tex: str) -> str:
    """A formula as a reader would type it in plain text: `\\hat{y}_i = \\frac{1}{n}\\sum_i x_i` -> `ŷ_i = 1/n Σ_i x_i`."""
    text = SPACING.sub(" ", tex)
    for _ in range(3):  # nested groups: \mathbf{\hat{y}}
        text = STYLED.sub(r"\1", text)
        text = re.sub(r"\\(mathbb|mathcal)\s*\{([^{}]*)\}", lambda m: SPECIAL[m[1]].get(m[2], m[2]), text)
        text = re.sub(r"\\(hat|bar|tilde|vec|dot)\s*\{([^{}]*)\}", lambda m: m[2] + ACCENTS[m[1]], text)
        text = re.sub(r"\\d?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}", r"\1/\2 ", text)
    text = re.sub(r"\\(hat|bar|tilde|vec|dot)\s*([A-Za-z])", lambda m: m[2] + ACCENTS[m[1]], text)
    text = re.sub(r"\\([A-Za-z]+|[|{}%_])", lambda m: SYMBOLS.get(m[1], m[1]), text)
    text = re.sub(r"[{}]", "", text)
    text = text.replace("\\\\", " ").replace("&amp;", " ").replace("&", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text).strip())  # y + ̂  -> ŷ


def plain_formulas(text: str) -> str:
    """Every `\\(…\\)`, `\\[…\\]` or `$$…$$` in an index entry's text replaced by `tex_to_text`."""
    return FORMULA.sub(lambda m: tex_to_text(next(g for g in m.groups() if g is not None)), text)


def split_index(index: dict, prefixes: list[str]) -> dict[str, dict]:
    """{prefix: index} for each language prefix ("" for the default language, "en/" …): each language's
    entries only, their locations relative to the language's folder, formulas as plain text."""
    others = [p for p in prefixes if p]
    out = {p: {**index, "docs": []} for p in prefixes}
    for doc in index["docs"]:
        prefix = next((p for p in others if doc["location"].startswith(p)), "")
        entry = {**doc, "location": doc["location"][len(prefix):],
                 "title": plain_formulas(doc.get("title", "")), "text": plain_formulas(doc.get("text", ""))}
        out[prefix]["docs"].append(entry)
    return out


def write_split_index(site: Path, prefixes: list[str]) -> dict[str, int]:
    """Split `site/search/search_index.json` into one index per language; {prefix: entries written}.

    A language without entries in it is not written: static-i18n builds each language on its own first
    (the root index then holds that language alone), and last writes the merged index, split here last.
    """
    root = Path(site) / "search" / "search_index.json"
    index = json.loads(root.read_text("utf8"))
    counts = {}
    for prefix, part in split_index(index, prefixes).items():
        if not part["docs"]:
            continue
        path = Path(site) / prefix / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(part, ensure_ascii=False, separators=(",", ":")), "utf8")
        counts[prefix] = len(part["docs"])
    return counts


def language_base(config_json: str, prefix: str) -> str:
    """Material's `__config` JSON with `base` pointing at the language's folder ("../.." -> "../../en/")."""
    config = json.loads(config_json)
    base = config["base"].rstrip("/")
    config["base"] = f"{base}/{prefix}" if base not in ("", ".") else prefix
    return json.dumps(config, ensure_ascii=False).replace("<", "\\u003c")  # as Jinja's tojson: no "</script>"
