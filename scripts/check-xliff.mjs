#!/usr/bin/env node
// Checks every translation catalogue against the English one of its package:
//   node scripts/check-xliff.mjs                 every package with xliff/en.xlf
//   node scripts/check-xliff.mjs self-check core only these packages
//   node scripts/check-xliff.mjs --locale ar     only these locales (repeatable)
//
// For each packages/<pkg>/xliff/<locale>.xlf (and en.xlf itself) it reports:
// - errors: the file is not well-formed XML, its target-language is not <locale>, a
//   message of en.xlf has no <target>, or a <target> lacks a placeholder of its <source>
//   (<x id="…"/>, <ph id="…">), has one too many, or has other markup than its source;
// - warnings: a <source> that differs from en.xlf's (the catalogue is stale), a message
//   that is no longer in en.xlf, a placeholder whose equiv-text differs from the source's;
// - per file: how many messages are translated and how many await review
//   (state="needs-review-translation").
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
    for (const id of catalogue.keys()) if (!english.has(id)) warnings.push(`${id}: not in en.xlf (no longer used?)`);
    const summary = `${translated}/${english.size} translated${review ? `, ${review} awaiting review` : ''}`;
    console.log(`${errors.length ? '✗' : '✓'} packages/${name}/xliff/${file}: ${summary}`);
    for (const text of errors) console.log(`    error: ${text}`);
    for (const text of warnings) console.log(`    warning: ${text}`);
    errorCount += errors.length;
  }
  return errorCount;
}

const names = packages.length
  ? packages
  : readdirSync(join(root, 'packages')).filter((name) => existsSync(join(root, 'packages', name, 'xliff', 'en.xlf'))).sort();
let errors = 0;
for (const name of names) errors += checkPackage(name);
if (errors) {
  console.log(`\n${errors} error(s).`);
  process.exitCode = 1;
}
