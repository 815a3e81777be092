// Lit's css``, html`` and svg`` templates keep their source indentation and the CSS its
// comments and spaces. This shrinks the static parts of those templates (never the `${…}`
// expressions, which stay as written), found with TypeScript's parser, so templates
// nested inside another template's expression are folded too.
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

/**
 * CSS text between substitutions: no comments, one space where white space was, none
 * around braces, semicolons, commas, combinators and after a colon, no space before
 * `!important`, no leading zero (`0.5em` → `.5em`). White space next to a `${…}` stays
 * (one space), so a value and its substitution never run together.
 */
export function foldCss(text, { first = true, last = true } = {}) {
  let css = text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}');
  if (first) css = css.replace(/^ /, '');
  if (last) css = css.replace(/ $/, '').replace(/;$/, '');
  return css;
}

/**
 * HTML (or SVG) text between substitutions: a run of white space that holds a line break
 * becomes one line break (one byte, as a space; HTML treats both alike, and no template
 * here uses <pre>).
 */
export function foldHtml(text) {
  return text.replace(/\s*\n\s*/g, '\n');
}

/** `code` (TypeScript) with the static parts of its css/html/svg templates folded. */
export function foldTemplates(code, fileName = 'module.ts') {
  if (!/\b(css|html|svg)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const fold = node.tag.text === 'css' ? foldCss : (text) => foldHtml(text);
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      parts.forEach((part, index) => {
        // The part's text as written: after "`" or "}", before "${" or "`".
        const start = part.getStart(source) + 1;
        const end = part.end - (index === parts.length - 1 ? 1 : 2);
        const raw = code.slice(start, end);
        const folded = fold(raw, { first: index === 0, last: index === parts.length - 1 });
        if (folded !== raw) edits.push({ start, end, text: folded });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  edits.sort((a, b) => b.start - a.start);
  let result = code;
  for (const { start, end, text } of edits) result = result.slice(0, start) + text + result.slice(end);
  return result;
}
