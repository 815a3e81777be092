#!/usr/bin/env node
// Checks every translation catalogue against the English one of its package:
//   node scripts/check-xliff.mjs                 every package with xliff/en.xlf
//   node scripts/check-xliff.mjs self-check core only these packages
//   node scripts/check-xliff.mjs --locale ar     only these locales (repeatable)
//   node scripts/check-xliff.mjs data            only the data translations (below)
//
// For each packages/<pkg>/xliff/<locale>.xlf (and en.xlf itself) it reports:
// - errors: the file is not well-formed XML, its target-language is not <locale>, a
//   message of en.xlf has no <target>, or a <target> lacks a placeholder of its <source>
//   (<x id="…"/>, <ph id="…">), has one too many, or has other markup than its source;
// - warnings: a <source> that differs from en.xlf's (the catalogue is stale), a message
//   that is no longer in en.xlf, a placeholder whose equiv-text differs from the source's;
//   a plural category Dutch lacks (`<base>.few` beside `<base>.other`) is no warning: its
//   placeholders are checked against the `other` form's source;
// - per file: how many messages are translated and how many await review
//   (state="needs-review-translation").
// It also checks the data translations beside the data files,
// packages/data/data/<name>.<locale>.json ({ language, translates, status, texts: { Dutch →
// translation } }): errors for a Dutch text of <name>.json without a translation or an empty
// one; warnings for a translated Dutch text that <name>.json no longer has.
// Exit code 1 when there is an error. No dependencies: the catalogues are plain XLIFF 1.2.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const locales = [];
const packages = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--locale') locales.push(args[++i]);
  else packages.push(args[i]);
}

/** Well-formedness for the XML our catalogues use (tags, comments, declaration, entities). */
export function wellFormed(xml) {
  const stack = [];
  const token = /<!--([\s\S]*?)-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  let match;
  while ((match = token.exec(xml))) {
    const line = xml.slice(0, match.index).split('\n').length;
    if (match[0] === '<') return `line ${line}: a "<" that starts no tag (write &lt;)`;
    if (match[0] === '&') return `line ${line}: a "&" that starts no entity (write &amp;)`;
    if (match[1] !== undefined && match[1].includes('--')) return `line ${line}: "--" inside a comment`;
    const [, , closing, name, , selfClosing] = match;
    if (!name) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) return `line ${line}: </${name}> closes <${open ?? 'nothing'}>`;
    } else if (!selfClosing) stack.push(name);
  }
  return stack.length ? `<${stack.at(-1)}> is never closed` : null;
}

const unescape = (text) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]);

/** The messages of a catalogue: id → { source, target, state }. */
export function units(xml) {
  const found = new Map();
  for (const [, id, body] of xml.matchAll(/<trans-unit\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target(\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body);
    found.set(id, {
      source,
      target: target?.[2],
      state: target && /\bstate="([^"]*)"/.exec(target[1] ?? '')?.[1],
    });
  }
  return found;
}

/** The inline elements of a message: placeholders by id, any other markup by name. */
export function inline(text) {
  const placeholders = new Map();
  const markup = [];
  for (const match of text.matchAll(/<x\s+([^>]*?)\/>|<ph\s+id="([^"]*)"[^>]*>([\s\S]*?)<\/ph>|<\/?([A-Za-z][\w:-]*)[^>]*>/g)) {
    if (match[1] !== undefined) {
      const id = /\bid="([^"]*)"/.exec(match[1])?.[1];
      const equiv = /\bequiv-text="([^"]*)"/.exec(match[1])?.[1];
      placeholders.set(id, [...(placeholders.get(id) ?? []), unescape(equiv ?? '')]);
    } else if (match[2] !== undefined) {
      placeholders.set(match[2], [...(placeholders.get(match[2]) ?? []), unescape(match[3])]);
    } else markup.push(match[0].replace(/\s.*>$/, '>'));
  }
  return { placeholders, markup: markup.sort() };
}

/** The plural categories a translation may add to a Dutch `one`/`other` pair. */
export const EXTRA_CATEGORIES = ['zero', 'two', 'few', 'many'];

/** For `<base>.few` (any extra category) whose `<base>.other` is in `english`: that id; else undefined. */
export function extraCategoryBase(id, english) {
  const match = /^(.*)\.([a-z]+)$/.exec(id);
  if (!match || !EXTRA_CATEGORIES.includes(match[2])) return undefined;
  return english.has(`${match[1]}.other`) ? `${match[1]}.other` : undefined;
}

/** Problems of one target compared with its source: { errors, warnings }. */
export function comparePlaceholders(source, target) {
  const errors = [];
  const warnings = [];
  const a = inline(source);
  const b = inline(target);
  for (const [id, equivs] of a.placeholders) {
    const got = b.placeholders.get(id) ?? [];
    if (got.length < equivs.length) errors.push(`placeholder <x id="${id}"/> (${equivs[0]}) is missing`);
    else if (got.length > equivs.length) errors.push(`placeholder <x id="${id}"/> appears ${got.length} times`);
    else if (got.some((equiv, i) => equiv !== equivs[i])) warnings.push(`placeholder <x id="${id}"/> says ${got[0]} where the source says ${equivs[0]}`);
  }
  for (const id of b.placeholders.keys()) if (!a.placeholders.has(id)) errors.push(`placeholder <x id="${id}"/> is not in the source`);
  if (a.markup.join() !== b.markup.join()) errors.push(`markup ${b.markup.join(' ') || '(none)'} differs from the source's ${a.markup.join(' ') || '(none)'}`);
  return { errors, warnings };
}

function checkPackage(name) {
  const dir = join(root, 'packages', name, 'xliff');
  const english = units(readFileSync(join(dir, 'en.xlf'), 'utf8'));
  let errorCount = 0;
  const files = readdirSync(dir).filter((file) => file.endsWith('.xlf')).sort();
  for (const file of files) {
    const locale = file.slice(0, -'.xlf'.length);
    if (locales.length && !locales.includes(locale)) continue;
    const xml = readFileSync(join(dir, file), 'utf8');
    const errors = [];
    const warnings = [];
    const broken = wellFormed(xml);
    if (broken) errors.push(`not well-formed XML: ${broken}`);
    const declared = /<file\b[^>]*\btarget-language="([^"]*)"/.exec(xml)?.[1];
    if (declared !== locale) errors.push(`target-language="${declared ?? ''}" in a file named ${file}`);
    const catalogue = units(xml);
    let translated = 0;
    let review = 0;
    for (const [id, { source }] of english) {
      const unit = catalogue.get(id);
      if (!unit || unit.target === undefined) {
        errors.push(`${id}: no translation of "${unescape(source ?? '')}"`);
        continue;
      }
      translated++;
      if (unit.state === 'needs-review-translation') review++;
      if (unit.source !== source) warnings.push(`${id}: the source differs from en.xlf's (stale catalogue)`);
      const found = comparePlaceholders(source ?? '', unit.target);
      errors.push(...found.errors.map((text) => `${id}: ${text}`));
      warnings.push(...found.warnings.map((text) => `${id}: ${text}`));
    }
    let extra = 0;
    for (const [id, unit] of catalogue) {
      if (english.has(id)) continue;
      // A plural category Dutch lacks (`<base>.few` next to `<base>.other`): it fills the
      // placeholders of the `other` form, so it must have those.
      const other = extraCategoryBase(id, english);
      if (other === undefined) {
        warnings.push(`${id}: not in en.xlf (no longer used?)`);
        continue;
      }
      extra++;
      if (unit.target === undefined) {
        errors.push(`${id}: a plural category without a <target>`);
        continue;
      }
      if (unit.state === 'needs-review-translation') review++;
      const found = comparePlaceholders(english.get(other).source ?? '', unit.target);
      errors.push(...found.errors.map((text) => `${id}: ${text} (compared with ${other})`));
      warnings.push(...found.warnings.map((text) => `${id}: ${text} (compared with ${other})`));
    }
    const summary = `${translated}/${english.size} translated${extra ? ` (+${extra} plural categories Dutch lacks)` : ''}${review ? `, ${review} awaiting review` : ''}`;
    console.log(`${errors.length ? '✗' : '✓'} packages/${name}/xliff/${file}: ${summary}`);
    for (const text of errors) console.log(`    error: ${text}`);
    for (const text of warnings) console.log(`    warning: ${text}`);
    errorCount += errors.length;
  }
  return errorCount;
}

/** Every Dutch text of a data file: the "nl" of each { nl, en, … } record. */
export function dutchTexts(value, found = new Set()) {
  if (Array.isArray(value)) for (const item of value) dutchTexts(item, found);
  else if (value && typeof value === 'object') {
    if (typeof value.nl === 'string' && Object.values(value).every((text) => typeof text === 'string')) found.add(value.nl);
    else for (const item of Object.values(value)) dutchTexts(item, found);
  }
  return found;
}

function checkData() {
  const dir = join(root, 'packages', 'data', 'data');
  if (!existsSync(dir)) return 0;
  let errorCount = 0;
  for (const file of readdirSync(dir).filter((name) => /^[\w-]+\.[a-z]{2,3}\.json$/.test(name)).sort()) {
    const [, base, locale] = /^([\w-]+)\.([a-z]{2,3})\.json$/.exec(file);
    if (locales.length && !locales.includes(locale)) continue;
    const errors = [];
    const warnings = [];
    let doc;
    try {
      doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      errors.push(`not valid JSON: ${error.message}`);
    }
    const source = join(dir, `${base}.json`);
    if (doc && (doc.language !== locale || doc.translates !== `${base}.json` || typeof doc.texts !== 'object')) {
      errors.push(`expected { "language": "${locale}", "translates": "${base}.json", "texts": { … } }`);
    } else if (doc && !existsSync(source)) errors.push(`${base}.json does not exist`);
    let translated = 0;
    let wanted = 0;
    if (!errors.length) {
      const dutch = dutchTexts(JSON.parse(readFileSync(source, 'utf8')));
      wanted = dutch.size;
      for (const text of dutch) {
        const translation = doc.texts[text];
        if (typeof translation === 'string' && translation.trim()) translated++;
        else errors.push(`no translation of "${text}"`);
      }
      for (const text of Object.keys(doc.texts)) if (!dutch.has(text)) warnings.push(`"${text}" is no longer in ${base}.json`);
    }
    const review = doc?.status === 'needs-review-translation' ? ', awaiting review' : '';
    console.log(`${errors.length ? '✗' : '✓'} packages/data/data/${file}: ${translated}/${wanted} translated${review}`);
    for (const text of errors) console.log(`    error: ${text}`);
    for (const text of warnings) console.log(`    warning: ${text}`);
    errorCount += errors.length;
  }
  return errorCount;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const withData = !packages.length || packages.includes('data');
  const names = packages.length
    ? packages.filter((name) => name !== 'data')
    : readdirSync(join(root, 'packages')).filter((name) => existsSync(join(root, 'packages', name, 'xliff', 'en.xlf'))).sort();
  let errors = 0;
  for (const name of names) errors += checkPackage(name);
  if (withData) errors += checkData();
  if (errors) {
    console.log(`\n${errors} error(s).`);
    process.exitCode = 1;
  }
}
