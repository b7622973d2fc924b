// Wide tables and display formulas scroll sideways on a phone. Like Material's own code blocks,
// each becomes keyboard-focusable (tabindex=0) while it overflows, so the arrow keys can scroll it
// (axe-core: scrollable-region-focusable). document$ is Material's "page loaded" signal.
document$.subscribe(() => {
  const update = () => {
    for (const box of document.querySelectorAll(".md-typeset__scrollwrap, .md-typeset div.arithmatex")) {
      if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
      else box.removeAttribute("tabindex");
    }
  };
  update();
  window.addEventListener("resize", update, { passive: true });
});
