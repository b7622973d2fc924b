// Wide tables and display formulas scroll sideways on a phone. Like Material's own code blocks,
// each becomes keyboard-focusable (tabindex=0) while it overflows, so the arrow keys can scroll it
// (axe-core: scrollable-region-focusable). document$ is Material's "page loaded" signal.
// A box is measured when its size changes: when the page is first laid out, when the window is
// resized, and when a part far down the page is laid out as the reader gets near it
// (long-pages.css). All widths are read before any attribute is written, so the browser lays the
// page out once, not once per box.
document$.subscribe(() => {
  const observer = new ResizeObserver(entries => {
    const boxes = entries.map(entry => entry.target);
    const overflows = boxes.map(box => box.scrollWidth > box.clientWidth);
    boxes.forEach((box, i) => {
      if (overflows[i]) box.tabIndex = 0;
      else box.removeAttribute("tabindex");
    });
  });
  for (const box of document.querySelectorAll(".md-typeset__scrollwrap, .md-typeset div.arithmatex"))
    observer.observe(box);
});
