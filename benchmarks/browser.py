"""In the browser (headless Debian Chromium): the time from a click on "Check" to the
feedback, and the time until a chapter page's exercises are interactive.

Medians over several runs in this run; the same page's DOMContentLoaded time is reported
beside them as the baseline, since absolute milliseconds vary with the machine.
Run: `.venv/bin/python -m benchmarks.browser _build/html [--runs 15]`
"""

from __future__ import annotations

import argparse
import os
import statistics
from pathlib import Path

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGE = "book/foundations/01-orientation/the-work.html"

CLICK_TO_FEEDBACK = """() => new Promise((resolve) => {
  const root = document.querySelector('.ff-exercise[data-kind="single-choice"]');
  const feedback = root.querySelector('[aria-live]');
  root.querySelector('input[type=radio]').checked = true;
  const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now() - started); });
  observer.observe(feedback, { childList: true, subtree: true, characterData: true });
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Check');
  const started = performance.now();
  button.click();
})"""

READY = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return { interactive: window.__ffReady, domContentLoaded: nav.domContentLoadedEventEnd };
}"""

MARK_READY = """new MutationObserver((_, observer) => {
  if (document.querySelector('.ff-exercise.ff-enhanced')) { window.__ffReady = performance.now(); observer.disconnect(); }
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    url = (args.site / PAGE).resolve().as_uri()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"), args=ARGS
        )
        ready, loaded, feedback = [], [], []
        for _ in range(args.runs):
            context = browser.new_context()
            context.add_init_script(MARK_READY)
            page = context.new_page()
            page.goto(url)
            page.wait_for_selector(".ff-exercise.ff-enhanced")
            timing = page.evaluate(READY)
            ready.append(timing["interactive"])
            loaded.append(timing["domContentLoaded"])
            feedback.append(page.evaluate(CLICK_TO_FEEDBACK))
            context.close()
        browser.close()
    print(f"chapter page ({PAGE}), {args.runs} runs, medians:")
    print(f"  DOMContentLoaded (baseline):       {statistics.median(loaded):7.1f} ms")
    print(
        f"  exercises interactive:             {statistics.median(ready):7.1f} ms ({statistics.median(ready) / statistics.median(loaded):.2f} x DOMContentLoaded)"
    )
    print(f"  click on Check to feedback shown:  {statistics.median(feedback):7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
