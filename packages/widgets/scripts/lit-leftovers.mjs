// What Lit's production build keeps that no page of ours uses, taken out at build time:
// the hooks for its polyfill-support and SSR hydration modules (every supported browser
// has shadow DOM; the widgets are not server-rendered), the version lists it pushes onto
// globalThis for its development build's "several copies of Lit" warning, and the long
// texts of errors that only a programming mistake can cause (the error still throws, with
// a short text). About 0.2 KB min+gzip on every page. Each rule must match exactly once:
// after a Lit update that changes the code, the build fails here and the rule is looked at
// again (see docs/performance.md).
const NAME = '[\\w$]+';

/** [module path (end), what to find (a RegExp source, NAME for any identifier), replacement]. */
export const LIT_RULES = [
  // @lit/reactive-element: polyfill hook and version list.
  ['@lit/reactive-element/reactive-element.js', `,(${NAME})=(${NAME})\\.reactiveElementPolyfillSupport,`, ','],
  ['@lit/reactive-element/reactive-element.js', `,${NAME}\\?\\.\\(\\{ReactiveElement:${NAME}\\}\\),\\(${NAME}\\.reactiveElementVersions\\?\\?=\\[\\]\\)\\.push\\("[\\d.]+"\\)`, ''],
  // lit-html: polyfill hook and version list.
  ['lit-html/lit-html.js', `,(${NAME})=${NAME}\\.litHtmlPolyfillSupport;\\1\\?\\.\\(${NAME},${NAME}\\),\\(${NAME}\\.litHtmlVersions\\?\\?=\\[\\]\\)\\.push\\("[\\d.]+"\\);`, ';'],
  // lit-element: hydration and polyfill hooks, version list.
  ['lit-element/lit-element.js', `,${NAME}\\.litElementHydrateSupport\\?\\.\\(\\{LitElement:${NAME}\\}\\);const (${NAME})=${NAME}\\.litElementPolyfillSupport;\\1\\?\\.\\(\\{LitElement:${NAME}\\}\\);`, ';'],
  ['lit-element/lit-element.js', `\\(${NAME}\\.litElementVersions\\?\\?=\\[\\]\\)\\.push\\("[\\d.]+"\\);`, ''],
  // Error texts for programming mistakes: shorter, still thrown.
  ['@lit/reactive-element/css-tag.js', 'throw Error\\("CSSResult is not constructable[^"]*"\\)', 'throw Error("CSSResult: use css or unsafeCSS")'],
  ['@lit/reactive-element/css-tag.js', `throw Error\\("Value passed to 'css' function must be a 'css' function result: "\\+(${NAME})\\+"[^"]*"\\)`, 'throw Error("css: not a css result: "+$1)'],
  ['lit-html/lit-html.js', 'throw Error\\("invalid template strings array"\\)', 'throw Error("lit-html: template strings")'],
];

/** A Rollup plugin applying LIT_RULES to Lit's modules. */
export function litLeftovers() {
  return {
    name: 'lit-leftovers',
    transform(code, id) {
      const rules = LIT_RULES.filter(([path]) => id.replaceAll('\\', '/').endsWith(`/node_modules/${path}`));
      if (!rules.length) return null;
      let result = code;
      for (const [path, find, replacement] of rules) {
        const pattern = new RegExp(find, 'g');
        const found = result.match(pattern)?.length ?? 0;
        if (found !== 1) throw new Error(`lit-leftovers: ${find} matches ${found} times in ${path}, not once (a new Lit version?)`);
        result = result.replace(pattern, replacement);
      }
      return { code: result, map: null };
    },
  };
}
