// TeX -> SVG with MathJax 3 in Node, for hooks/mathjax.py (readers' browsers run no math JavaScript).
//
// Protocol: one JSON request per line on stdin, one JSON reply per line on stdout.
//   request  {"formulas": [{"tex": "a^2", "display": false}, ...]}
//   reply    {"html": ["<mjx-container ...>", ...], "errors": [null | "message", ...], "defs": "<svg ...>"}
// The formulas of one request (one page) share their glyphs: "defs" is a hidden <svg> holding
// each glyph's path once, which the formulas reference with <use>; it goes once into the page.
// A line {"css": true} is answered with {"css": "..."}: the stylesheet the SVG output needs.
//
// A TeX error is reported, never drawn: the packages `noerrors` and `noundefined` (which would
// typeset a bad formula in red instead of failing) are left out.
const readline = require("readline");
const { mathjax } = require("mathjax-full/js/mathjax.js");
const { TeX } = require("mathjax-full/js/input/tex.js");
const { SVG } = require("mathjax-full/js/output/svg.js");
const { liteAdaptor } = require("mathjax-full/js/adaptors/liteAdaptor.js");
const { RegisterHTMLHandler } = require("mathjax-full/js/handlers/html.js");
const { AllPackages } = require("mathjax-full/js/input/tex/AllPackages.js");
const { STATE } = require("mathjax-full/js/core/MathItem.js");
const { SerializedMmlVisitor } = require("mathjax-full/js/core/MmlTree/SerializedMmlVisitor.js");
const sre = require("speech-rule-engine"); // MathJax's own speech rules, offline

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
// For screen readers each formula is an image whose name is its spoken form ("y hat equals ..."),
// from the speech rule engine (English: it has no Chinese rules). MathJax's alternative, hidden
// MathML next to each SVG, cost a phone 1.5 s of main-thread time on theory/linear-regression.
const mathml = new SerializedMmlVisitor();

const tex = new TeX({
  packages: AllPackages.filter((name) => name !== "noerrors" && name !== "noundefined"),
  formatError: (jax, error) => { throw error; },
});
const svg = new SVG({ fontCache: "global" }); // glyph paths once per page, in "defs"
const html = mathjax.document("", { InputJax: tex, OutputJax: svg });

function render({ tex: source, display }) {
  const speech = sre.toSpeech(mathml.visitTree(html.convert(source, { display, end: STATE.CONVERT })));
  const node = html.convert(source, { display, em: 16, ex: 8, containerWidth: 80 * 16 });
  const svg = adaptor.firstChild(node);
  adaptor.removeAttribute(svg, "aria-hidden");
  adaptor.setAttribute(svg, "aria-label", speech);
  adaptor.setAttribute(svg, "lang", "en");
  return adaptor.outerHTML(node);
}

const ready = sre.setupEngine({ locale: "en", domain: "clearspeak", modality: "speech" }).then(() => sre.engineReady());
const lines = readline.createInterface({ input: process.stdin });
lines.on("line", async (line) => {
  await ready;
  const request = JSON.parse(line);
  let reply;
  if (request.css) {
    reply = { css: adaptor.textContent(svg.styleSheet(html)) };
  } else {
    const out = { html: [], errors: [] };
    svg.fontCache.clearCache();
    for (const formula of request.formulas) {
      try {
        out.html.push(render(formula));
        out.errors.push(null);
      } catch (error) {
        out.html.push(null);
        out.errors.push(String(error.message || error));
      }
    }
    const defs = svg.svg("svg", { id: "MJX-SVG-global-cache", style: { display: "none" } }, [svg.fontCache.getCache()]);
    out.defs = adaptor.outerHTML(defs);
    reply = out;
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
});
