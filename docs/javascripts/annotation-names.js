// Material turns each code annotation's marker into a link with no text of its own (the number is
// drawn by CSS), which a screen reader announces as an unnamed link (axe-core: link-name). Each gets
// a name in the page's language, "注释 1" / "Annotation 1", as Material mounts it. Only what is
// added to the article is looked at, and only when it holds a marker.
(() => {
  const word = document.documentElement.lang.startsWith("zh") ? "注释" : "Annotation";
  const name = root => {
    for (const link of root.querySelectorAll("a.md-annotation__index:not([aria-label])")) {
      const number = link.querySelector("[data-md-annotation-id]")?.dataset.mdAnnotationId;
      if (number) link.setAttribute("aria-label", `${word} ${number}`);
    }
  };
  const article = document.querySelector(".md-content") ?? document.body;
  name(article);
  new MutationObserver(records => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === Node.ELEMENT_NODE && (node.matches("a.md-annotation__index") || node.querySelector("a.md-annotation__index")))
          name(node.parentElement ?? node);
  }).observe(article, { childList: true, subtree: true });
})();
