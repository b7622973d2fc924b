// TeX -> SVG with MathJax 3 in Node, for hooks/mathjax.py (readers' browsers run no math JavaScript).
//
// Protocol: one JSON request per line on stdin, one JSON reply per line on stdout.
//   request  {"formulas": [{"tex": "a^2", "display": false}, ...]}
//   reply    {"formulas": [{"svg": "<svg ...>", "style": "width: …ex; height: …ex; vertical-align: …",
//                        "speech": "x is less than y"}, ...], "errors": [null | "message", ...]}
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
const svg = new SVG({ fontCache: "local" }); // each formula a self-contained SVG image
const html = mathjax.document("", { InputJax: tex, OutputJax: svg });

// A formula becomes an SVG file shown by one <img>: the hook writes the file, the browser decodes it
// off the main thread and only when it scrolls into view. Inline SVG (hundreds of nodes per formula)
// cost a phone most of a formula page's main-thread time.
function render({ tex: source, display }) {
  const speech = sre.toSpeech(mathml.visitTree(html.convert(source, { display, end: STATE.CONVERT })));
  const node = html.convert(source, { display, em: 16, ex: 8, containerWidth: 80 * 16 });
  const svg = adaptor.firstChild(node);
  const size = ["width", "height"].map((name) => `${name}: ${adaptor.getAttribute(svg, name)}`);
  const style = [...size, adaptor.getAttribute(svg, "style")].join("; ");
  for (const name of ["style", "role", "focusable", "aria-hidden"]) adaptor.removeAttribute(svg, name);
  // ids are numbered per formula (MJX-12-TEX-…); alone in its file a formula needs no number, and
  // then the same formula gives the same file on every page and every build
  const markup = adaptor.outerHTML(svg).replace(/MJX-\d+-/g, "MJX-");
  return { svg: markup, style, speech };
}

const ready = sre.setupEngine({ locale: "en", domain: "clearspeak", modality: "speech" }).then(() => sre.engineReady());
const lines = readline.createInterface({ input: process.stdin });
lines.on("line", async (line) => {
  await ready;
  const request = JSON.parse(line);
  const reply = { formulas: [], errors: [] };
  for (const formula of request.formulas) {
    try {
      reply.formulas.push(render(formula));
      reply.errors.push(null);
    } catch (error) {
      reply.formulas.push(null);
      reply.errors.push(String(error.message || error));
    }
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
});
