"""`python3 -m nox -s bench`: what the author's loop and CI cost, printed as one table (asserts nothing).

- the import floor: `python -c "import torch, torchvision, tensorflow"`, the least any test process pays;
- `mkdocs build --strict`, warm (the caches in .cache/ full) and cold (.cache/ set aside for the run);
- `mkdocs serve`: start, a prose edit and a snippet edit until the page shows it (tools/bench_serve.py);
- the full suite as `nox -s tests` runs it, and what each page pair costs in it (its blocks, its checks in
  the browser, its notebook and parity checks: every test named after the page) and in the build;
- the training page's loop against the source notes' (tools/bench_training.py).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from dlnotes.site import ROOT, default_language, language, page_url, source_pages

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))
import bench_serve  # noqa: E402


def timed(*command: str, env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, env={**os.environ, **(env or {})},
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def build(site: Path) -> float:
    return timed(sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site))


def per_page(report: Path) -> tuple[dict[Path, float], float]:
    """Seconds of the suite per page pair (tests named after the page), and the rest."""
    pairs = {src: [src.relative_to(ROOT).as_posix(), page_url(src).removesuffix("index.html")]
             for src in source_pages()}
    keys = {}  # a test's name or class -> the default-language page of its pair
    for src, names in pairs.items():
        pair = src if language(src) == default_language() else next(
            p for p in pairs if language(p) == default_language() and page_url(p) == page_url(src).split("/", 1)[1])
        for name in names:
            keys[name] = pair
    costs, rest = {}, 0.0
    for case in ET.parse(report).iter("testcase"):
        seconds = float(case.get("time") or 0)
        cls = case.get("classname", "")  # a page's blocks: "docs.pytorch.pooling.en.md"
        params = re.findall(r"\[([^\]]*)\]", case.get("name", ""))
        page = next((keys[k] for k in keys if k.replace("/", ".") == cls), None)
        page = page or next((keys[p] for p in params if p in keys), None)
        page = page or next((keys["docs/" + p] for p in params if "docs/" + p in keys), None)
        if page is None:
            rest += seconds
        else:
            costs[page] = costs.get(page, 0.0) + seconds
    return costs, rest


def main() -> None:
    rows = []
    rows.append(("import floor: python -c 'import torch, torchvision, tensorflow'",
                 timed(sys.executable, "-c", "import torch, torchvision, tensorflow")))
    with tempfile.TemporaryDirectory() as scratch:
        rows.append(("mkdocs build --strict, warm (.cache/ full)", build(Path(scratch) / "warm")))
        cache, aside = ROOT / ".cache", ROOT / ".cache-bench-aside"
        if cache.exists():
            cache.rename(aside)
        try:
            rows.append(("mkdocs build --strict, cold (no .cache/: every formula, notebook, figure)",
                         build(Path(scratch) / "cold")))
        finally:
            if aside.exists():
                shutil.rmtree(cache, ignore_errors=True)
                aside.rename(cache)
        for name, seconds in bench_serve.main().items():
            rows.append((f"nox -s serve: {name}", seconds))
        report = Path(scratch) / "suite.xml"
        suite = timed(sys.executable, "-m", "pytest", "-q", f"--junitxml={report}")
        rows.append(("full suite, as nox -s tests runs it (pytest.ini: -n auto)", suite))
        costs, rest = per_page(report)
    floor = rows[0][1]
    print("\n---- bench ----")
    for name, seconds in rows:
        print(f"{seconds:8.1f} s  {name}  ({seconds / floor:.1f}x the import floor)")
    pairs = sorted(costs.items(), key=lambda kv: -kv[1])
    total = sum(costs.values())
    print(f"\nper page pair, test time summed over workers ({len(pairs)} pairs, {total:.0f} s; "
          f"shared tests {rest:.0f} s): mean {total / max(1, len(pairs)):.1f} s, most expensive:")
    for page, seconds in pairs[:8]:
        print(f"{seconds:8.1f} s  {page.relative_to(ROOT)} (+ its twin)")
    warm = next(s for n, s in rows if "warm" in n)
    print(f"build: {warm / max(1, len(source_pages())):.2f} s per page warm ({len(source_pages())} pages, both languages)")
    subprocess.run([sys.executable, str(TOOLS / "bench_training.py")], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
