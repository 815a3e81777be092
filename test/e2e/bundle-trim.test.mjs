// What the build trims from the bundle (packages/widgets/scripts/fold-templates.mjs and
// lit-leftovers.mjs): the rules themselves, and that dist/ really comes out without it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import esbuild from 'esbuild';
import { foldCss, foldHtml, foldTemplates } from '../../packages/widgets/scripts/fold-templates.mjs';
import { LIT_RULES, litLeftovers } from '../../packages/widgets/scripts/lit-leftovers.mjs';
import { dist } from './support.mjs';

describe('folding css and html templates', () => {
  it('CSS: no comments, no spaces that CSS does not need, no leading zeros', () => {
    assert.equal(
      foldCss(`
        /* for contributors */
        .a > .b,
        .c:hover {
          margin: 0 0 0.5em;
          color: var(--x, red) !important;
          width: calc(var(--s) * 0.5);
        }
        @media (forced-colors: active) { .a { border: 1px solid CanvasText; } }
      `),
      '.a>.b,.c:hover{margin:0 0 .5em;color:var(--x,red)!important;width:calc(var(--s) * .5)}@media (forced-colors:active){.a{border:1px solid CanvasText}}',
    );
    // A descendant combinator before a pseudo-class keeps its space; 10.5 keeps its digits.
    assert.equal(foldCss('.a :focus { width: 10.5rem; }'), '.a :focus{width:10.5rem}');
  });

  it('HTML: a run of white space with a line break becomes one line break; other spaces stay', () => {
    assert.equal(foldHtml('<p>\n      a  b\n    </p>'), '<p>\na  b\n</p>');
  });

  it('folds nested templates, and never the expressions between the parts', () => {
    const source = [
      'const s = css`',
      '  .a {',
      '    margin: ${gap} auto;',
      '  }`;',
      'const t = html`<ul>',
      '    ${items.map((item) => html`<li>',
      '        ${item.name}:   ${"keep  this\\n  text"}',
      '      </li>`)}',
      '  </ul>`;',
      'const u = `not   a\n   template of ours`;',
    ].join('\n');
    assert.equal(
      foldTemplates(source),
      [
        'const s = css`.a{margin:${gap} auto}`;',
        'const t = html`<ul>\n${items.map((item) => html`<li>\n${item.name}:   ${"keep  this\\n  text"}\n</li>`)}\n</ul>`;',
        'const u = `not   a\n   template of ours`;',
      ].join('\n'),
    );
  });
});

describe("Lit's leftovers", () => {
  // Lit's packages sit beside lit itself in pnpm's store.
  const litDir = realpathSync(join(import.meta.dirname, '../../packages/core/node_modules/lit'));
  const litFile = (path) => join(litDir, '..', path);

  it('every rule matches the installed Lit exactly once, and the code still parses', () => {
    const plugin = litLeftovers();
    for (const path of new Set(LIT_RULES.map(([file]) => file))) {
      const file = litFile(path);
      const code = readFileSync(file, 'utf8');
      const result = plugin.transform(code, file);
      assert.ok(result.code.length < code.length, path);
      // esbuild throws on a syntax error.
      esbuild.transformSync(result.code, { format: 'esm', loader: 'js' });
    }
  });

  it('fails the build when a rule no longer matches (a new Lit version)', () => {
    assert.throws(() => litLeftovers().transform('export const x = 1;', '/x/node_modules/lit-html/lit-html.js'), /matches 0 times/);
  });

  it('dist/ (pnpm build:cdn) ships no version lists, no polyfill or hydration hooks, no indented templates', () => {
    const chunks = readdirSync(join(dist, 'chunks')).filter((name) => name.startsWith('lit-') && name.endsWith('.js'));
    assert.equal(chunks.length, 1);
    const code = readFileSync(join(dist, 'chunks', chunks[0]), 'utf8');
    for (const leftover of ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'PolyfillSupport', 'HydrateSupport', 'page security']) {
      assert.ok(!code.includes(leftover), leftover);
    }
    for (const name of readdirSync(join(dist, 'chunks')).filter((file) => file.endsWith('.js'))) {
      const text = readFileSync(join(dist, 'chunks', name), 'utf8');
      assert.doesNotMatch(text, /\n {4,}</, `${name}: an indented html template`);
    }
  });
});
