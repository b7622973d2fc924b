"""Lighthouse on a few key pages, mobile and desktop: prints the four category scores (`nox -s audit`).

A benchmark, not a test: the numbers depend on the machine. Lighthouse (pinned in tools/audit,
installed with `npm ci`) drives Debian's chromium; the site is served from a local folder as
GitHub Pages serves it, gzip-compressed (dlnotes/server.py).

    python tools/audit.py SITE_DIR [PAGE ...]

One run's mobile score moves by 20 points from run to run on the same build (Lighthouse simulates a
phone from what one page load took here), so each page and form is audited AUDIT_RUNS times (3 unless
set) and the run with the median performance score is printed, as Lighthouse's own docs advise.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from dlnotes.browser import CHROMIUM
from dlnotes.server import serve

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "tools/audit/node_modules/.bin/lighthouse"
PAGES = ["", "theory/linear-regression/", "en/theory/softmax-regression/", "pytorch/tensors/", "notebooks/training/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP",
           "total-blocking-time": "TBT", "cumulative-layout-shift": "CLS"}


def audit(url: str, form_factor: str, out: Path) -> dict:
    args = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run"]
    if form_factor == "desktop":
        args.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    subprocess.run(args, check=True, env=env, timeout=300)
    return json.loads(out.read_text())


RUNS = int(os.environ.get("AUDIT_RUNS", "3"))
FORMS = os.environ.get("AUDIT_FORMS", "mobile,desktop").split(",")


def median_run(url: str, form: str, out: Path) -> dict:
    """The report of the run with the median performance score of RUNS runs (kept as `out`)."""
    reports = []
    for run in range(RUNS):
        report = audit(url, form, out.with_suffix(f".{run}.json"))
        reports.append((report["categories"]["performance"]["score"], run, report))
    score, run, report = sorted(reports, key=lambda r: r[:2])[len(reports) // 2]
    out.with_suffix(f".{run}.json").replace(out)
    print(f"{'':45} performance of {RUNS} runs: {sorted(round(100 * r[0]) for r in reports)}", flush=True)
    return report


def main(site: Path, pages: list[str]) -> None:
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} is missing: npm ci --prefix tools/audit (nox -s audit does)")
    with serve(site) as origin:
        run(origin + "/", pages)


def run(base: str, pages: list[str]) -> None:
    print(f"{'page':36} {'form':8} {'perf':>5} {'a11y':>5} {'bp':>5} {'seo':>5}   " + "  ".join(METRICS.values()))
    keep = os.environ.get("AUDIT_REPORTS")  # a folder to keep the JSON reports in
    with tempfile.TemporaryDirectory() as tmp:
        for page in pages:
            for form in FORMS:
                out = Path(keep or tmp) / f"{page.strip('/').replace('/', '_') or 'home'}.{form}.json"
                out.parent.mkdir(parents=True, exist_ok=True)
                report = median_run(base + page, form, out)
                scores = [round(100 * report["categories"][c]["score"]) for c in CATEGORIES]
                metrics = [report["audits"][m]["displayValue"].replace("\xa0", " ") for m in METRICS]
                print(f"/{page:35} {form:8} " + " ".join(f"{s:5}" for s in scores) + "   " + "  ".join(metrics), flush=True)
                failed = [f"{a['id']}" for a in report["audits"].values()
                          if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"]
                if failed:
                    print(f"{'':45} not passed: {', '.join(sorted(failed))}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:] or PAGES)
