// Writes src/generated/locales/<locale>.ts of a package from its xliff/<locale>.xlf.
// Unlike `lit-localize build`, a message without a <target> is left out (the runtime then
// falls back to English, then to the Dutch source), and plural categories a translation
// adds that Dutch lacks (`<base>.few` next to `<base>.other`) are kept.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRA_CATEGORIES, readUnits } from './i18n-remap.mjs';

const unescape = (text) =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, name) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name],
  );

/** The parts of a placeholder's equiv-text: literal text around each `${…}` expression. */
function expressionParts(equiv) {
  const literals = [''];
  for (let i = 0; i < equiv.length; i++) {
    if (equiv[i] === '$' && equiv[i + 1] === '{') {
      let depth = 1;
      i += 2;
      while (i < equiv.length && depth) {
        if (equiv[i] === '{') depth++;
        else if (equiv[i] === '}') depth--;
        i++;
      }
      i--;
      literals.push('');
    } else literals[literals.length - 1] += equiv[i];
  }
  return literals;
}

const PLACEHOLDER = /<x\s+id="(\d+)"\s+equiv-text="([^"]*)"\s*\/>/g;

/**
 * A target as a TS expression: a plain string, or str`…${N}…` where N is the index of the
 * source template's value. One placeholder may hold several expressions (`${total} ${noun}`
 * is one <x/>), as lit-localize writes them: `canonical` (the Dutch <source>) numbers them.
 */
export function templateOf(target, canonical) {
  if (/<ph[\s>]/.test(target)) throw new Error(`markup in a target is not supported: ${target}`);
  const literal = (text) => unescape(text).replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  const placeholders = new Map();
  let index = 0;
  for (const [, id, equiv] of canonical.matchAll(PLACEHOLDER)) {
    const parts = expressionParts(unescape(equiv));
    placeholders.set(id, { parts, first: index });
    index += parts.length - 1;
  }
  let code = '';
  let last = 0;
  let str = false;
  for (const match of target.matchAll(/<x\s+id="(\d+)"[^>]*\/>/g)) {
    code += literal(target.slice(last, match.index));
    last = match.index + match[0].length;
    const placeholder = placeholders.get(match[1]);
    if (!placeholder) throw new Error(`placeholder ${match[1]} is not in the source: ${target}`);
    placeholder.parts.forEach((part, i) => {
      if (i > 0) {
        code += `\${${placeholder.first + i - 1}}`;
        str = true;
      }
      code += literal(part);
    });
  }
  code += literal(target.slice(last));
  return { code: str ? `str\`${code}\`` : `\`${code}\``, str };
}

/** Builds one package's locale modules; returns how many messages each locale has. */
export function buildPackage(dir) {
  const config = JSON.parse(readFileSync(join(dir, 'lit-localize.json'), 'utf8'));
  const out = join(dir, config.output.outputDir);
  mkdirSync(out, { recursive: true });
  const canonical = readUnits(readFileSync(join(dir, config.interchange.xliffDir, 'en.xlf'), 'utf8'));
  const counts = {};
  for (const locale of config.targetLocales) {
    const file = join(dir, config.interchange.xliffDir, `${locale}.xlf`);
    const units = existsSync(file) ? readUnits(readFileSync(file, 'utf8')) : new Map();
    const entries = [];
    let str = false;
    for (const unit of [...units.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      if (!unit.target) continue;
      const [, base, category] = /^(.*)\.([a-z]+)$/.exec(unit.id) ?? [];
      const known = canonical.has(unit.id) || (EXTRA_CATEGORIES.includes(category) && canonical.has(`${base}.other`));
      if (!known) continue;
      const template = templateOf(unit.target.text, (canonical.get(unit.id) ?? canonical.get(`${base}.other`)).source);
      str ||= template.str;
      entries.push(`  '${unit.id}': ${template.code},`);
    }
    counts[locale] = entries.length;
    writeFileSync(
      join(out, `${locale}.ts`),
      `// Do not modify this file by hand!\n// Re-generate it with \`pnpm i18n:build\` (scripts/i18n-build.mjs) from xliff/${locale}.xlf.\n` +
        (str ? `import { str } from '@lit/localize';\n` : '') +
        `\n/* eslint-disable no-irregular-whitespace */\nexport const templates = {\n${entries.join('\n')}\n};\n`,
    );
  }
  // The package registers every locale at once (`registerCatalogs(catalogs)`): a literal
  // import() per locale, so each becomes a chunk of its own, fetched only when spoken.
  writeFileSync(
    join(out, 'index.ts'),
    `// Do not modify this file by hand!\n// Re-generate it with \`pnpm i18n:build\` (scripts/i18n-build.mjs).\n\n` +
      `/** This package's catalogue per locale, each loaded when a widget first speaks it. */\n` +
      `export const catalogs = {\n${config.targetLocales.map((locale) => `  ${locale}: () => import('./${locale}.js'),`).join('\n')}\n};\n`,
  );
  return counts;
}
