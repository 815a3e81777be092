#!/usr/bin/env node
// Keeps translations when message ids change. Used by `pnpm i18n:extract` (scripts/i18n.mjs):
//   const saved = snapshot(dir)   before lit-localize extract rewrites xliff/<locale>.xlf
//   restore(dir, saved)           after it
// restore() gives every message that lost its <target> (a new id, e.g. a hash id that
// became `ido.results.count.other`) the <target> (and state) of a message with the same
// Dutch <source> (placeholders compared by number, not by their expression text, whose
// equiv-text follows the new source). It also puts back plural categories a translation
// adds that Dutch lacks (`<base>.zero`, `.two`, `.few`, `.many`; lit-localize drops units
// it did not extract), next to their `<base>.other`.
//
//   node scripts/i18n-remap.mjs <pkg-dir> <old.xlf> <locale.xlf>   one file by hand:
//   carries the targets of an old catalogue (e.g. one written against hash ids) into a
//   current one.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const UNIT = /([ \t]*)<trans-unit\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>\n?/g;
export const EXTRA_CATEGORIES = ['zero', 'two', 'few', 'many'];

/** The first part of every message id of a package (`ido.results.count.other`). */
export const ID_PREFIX = { core: 'core', 'course-finder': 'courses', 'ido-finder': 'ido', 'self-check': 'check', 'stat-card': 'stat' };

/**
 * Drops the units of other packages: lit-localize follows imports (of core's sources, so that
 * `t: Localize` is typed) and extracts their messages too; each package keeps its own ids.
 */
export function keepOwn(xml, prefix) {
  return xml.replace(UNIT, (raw, indent, id) => (id.startsWith(`${prefix}.`) ? raw : ''));
}

/** The source with each placeholder as {N}, so a renamed expression still matches. */
export const sourceKey = (source) => source.replace(/<x\s+id="(\d+)"[^>]*\/>/g, '{$1}').trim();

/** The units of an XLIFF text: id → { source, target (with its attributes), raw }. */
export function readUnits(xml) {
  const units = new Map();
  for (const match of xml.matchAll(UNIT)) {
    const [raw, , id, body] = match;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target(\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body);
    units.set(id, { id, source, target: target ? { attributes: target[1] ?? '', text: target[2] } : undefined, raw });
  }
  return units;
}

/** Every xliff/<locale>.xlf of a package except English's source-only ones: locale → text. */
export function snapshot(dir) {
  const saved = new Map();
  const xliff = join(dir, 'xliff');
  if (!existsSync(xliff)) return saved;
  for (const name of readdirSync(xliff)) if (name.endsWith('.xlf')) saved.set(name, readFileSync(join(xliff, name), 'utf8'));
  return saved;
}

/** The placeholders of `target` given the equiv-text of the new source's placeholders. */
function withSourcePlaceholders(target, source) {
  const equiv = new Map([...source.matchAll(/<x\s+id="(\d+)"\s+equiv-text="([^"]*)"\s*\/>/g)].map(([, n, text]) => [n, text]));
  return target.replace(/<x\s+id="(\d+)"\s+equiv-text="([^"]*)"\s*\/>/g, (whole, n) =>
    equiv.has(n) ? `<x id="${n}" equiv-text="${equiv.get(n)}"/>` : whole,
  );
}

/** Carries targets of `oldXml` into `newXml` by Dutch source; returns the new text and a count. */
export function remap(oldXml, newXml) {
  const old = readUnits(oldXml);
  const bySource = new Map();
  for (const unit of old.values()) if (unit.target) bySource.set(sourceKey(unit.source), unit);
  let carried = 0;
  let text = newXml.replace(UNIT, (raw, indent, id, body) => {
    if (/<target[\s>]/.test(body)) return raw;
    const before = old.get(id)?.target ? old.get(id) : bySource.get(sourceKey(/<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? ''));
    if (!before?.target) return raw;
    carried++;
    const target = `<target${before.target.attributes}>${withSourcePlaceholders(before.target.text, /<source>([\s\S]*?)<\/source>/.exec(body)[1])}</target>`;
    return raw.replace(/(<source>[\s\S]*?<\/source>)/, `$1\n${indent}  ${target}`);
  });
  // Plural categories Dutch lacks, added by the translation: back next to `<base>.other`.
  const present = readUnits(text);
  for (const unit of old.values()) {
    const [, base, category] = /^(.*)\.([a-z]+)$/.exec(unit.id) ?? [];
    if (!EXTRA_CATEGORIES.includes(category) || present.has(unit.id)) continue;
    const other = present.get(`${base}.other`) ?? [...present.values()].find((each) => old.get(`${base}.other`) && sourceKey(each.source) === sourceKey(old.get(`${base}.other`).source));
    if (!other) continue;
    const newBase = other.id.replace(/\.other$/, '');
    const raw = unit.raw.replace(`id="${unit.id}"`, `id="${newBase}.${category}"`).replace(/^\s*/, '').replace(/\n?$/, '\n');
    text = text.replace(other.raw, `${other.raw.replace(/\n?$/, '\n')}${raw}`);
    carried++;
  }
  return { text, carried };
}

/** After lit-localize extract: carries every saved catalogue's targets into the new one. */
export function restore(dir, saved, log = console.log, prefix = ID_PREFIX[basename(dir)]) {
  for (const [name, oldXml] of saved) {
    const path = join(dir, 'xliff', name);
    if (!existsSync(path)) continue;
    const current = readFileSync(path, 'utf8');
    const own = prefix ? keepOwn(current, prefix) : current;
    if (own !== current) writeFileSync(path, own);
    const { text, carried } = remap(oldXml, own);
    if (carried) {
      writeFileSync(path, text);
      log(`${path}: ${carried} translation(s) carried over`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, oldFile, file] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node scripts/i18n-remap.mjs <package-dir> <old.xlf> <locale.xlf>');
    process.exit(2);
  }
  const { text, carried } = remap(readFileSync(join(dir, oldFile), 'utf8'), readFileSync(join(dir, file), 'utf8'));
  writeFileSync(join(dir, file), text);
  console.log(`${file}: ${carried} translation(s) carried over`);
}
