// Wide tables and display formulas scroll sideways on a phone. Like Material's own code blocks,
// each becomes keyboard-focusable (tabindex=0) while it overflows, so the arrow keys can scroll it
// (axe-core: scrollable-region-focusable). document$ is Material's "page loaded" signal.
// All widths are read first, then the attributes written: a write between two reads would make
// the browser lay the page out again for each box (a long page has over a hundred).
document$.subscribe(() => {
  const update = () => {
    const boxes = [...document.querySelectorAll(".md-typeset__scrollwrap, .md-typeset div.arithmatex")];
    const overflows = boxes.map(box => box.scrollWidth > box.clientWidth);
    boxes.forEach((box, i) => {
      if (overflows[i]) box.tabIndex = 0;
      else box.removeAttribute("tabindex");
    });
  };
  update();
  window.addEventListener("resize", update, { passive: true });
});
