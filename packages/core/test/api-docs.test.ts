import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The public API is what the custom-elements manifest says, and the docs must say the
 * same: every attribute, property, event, part, slot and custom property of every element
 * has a description, is in its widget's docs page, and nothing the docs show is missing
 * from the manifest. The manifest is made fresh from the sources first (`pnpm run cem`).
 * The rules themselves are in docs/api-style.md.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Item {
  name: string;
  description?: string;
  summary?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  inheritedFrom?: { name: string };
  fieldName?: string;
}
interface Element {
  tagName: string;
  name: string;
  path: string;
  attributes: Item[];
  members: Item[];
  events: Item[];
  cssParts: Item[];
  cssProperties: Item[];
  slots: Item[];
}

/**
 * Attributes any HTML element may carry, not the widget's API; and the framework
 * bindings that docs/frameworks.md shows on a tag (React's `ref` and `key`).
 */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'hidden', 'title', 'slot', 'tabindex', 'exportparts', 'dir', 'ref', 'key']);

let elements: Element[] = [];

beforeAll(() => {
  execFileSync('pnpm', ['run', '--silent', 'cem'], { cwd: root, stdio: 'pipe' });
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  elements = manifest.modules.flatMap((module: { path: string; declarations?: Record<string, unknown>[] }) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => ({
        attributes: [], members: [], events: [], cssParts: [], cssProperties: [], slots: [],
        ...declaration,
        path: module.path,
      })),
  );
}, 60_000);

const packageOf = (element: Element) => element.path.split('/')[1]!;
const described = (item: Item) => Boolean((item.description ?? item.summary ?? '').trim());

/** The public JavaScript API of an element: members a page may use. */
const publicMembers = (element: Element) =>
  element.members.filter((member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'));

/** Every non-test TypeScript file below a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' || name === 'test' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) && name !== 'examples.ts' ? [path] : [];
  });
}

/**
 * Part names a package's templates render: `part="a b"`, string literals inside
 * `part=${…}`, and the part argument of the heading helpers (`heading(text, 'name', 1)`,
 * `headingTemplate(level, text, 'course-title')`).
 */
function renderedParts(pkg: string): Set<string> {
  const parts = new Set<string>();
  for (const file of sourceFiles(join(root, 'packages', pkg, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const [, names] of text.matchAll(/\spart="([^"]+)"/g)) for (const name of names!.split(/\s+/)) parts.add(name);
    for (const [, expression] of text.matchAll(/\spart=\$\{([^}]*)\}/g)) {
      for (const [, literal] of expression!.matchAll(/'([^']*)'/g)) for (const name of literal!.split(/\s+/)) if (name) parts.add(name);
    }
    for (const [, name] of text.matchAll(/\bheading(?:Template)?\((?:[^()]|\([^()]*\))*?,\s*'([a-z-]+)'/g)) parts.add(name!);
  }
  return parts;
}

/** `<dv-… attr="…">` tags in Markdown and stories: tag name and the attribute names used. */
function tagsIn(text: string): { tag: string; attributes: string[] }[] {
  return [...text.matchAll(/<(dv-[a-z-]+)((?:\s+[a-z][a-z0-9-]*(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)].map(([, tag, rest]) => ({
    tag: tag!,
    attributes: [...rest!.matchAll(/\s+([a-z][a-z0-9-]*)(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)].map(([, name]) => name!),
  }));
}

function docsFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.md') ? [path] : [];
    });
  return [join(root, 'README.md'), ...walk(join(root, 'docs'))];
}

describe('the public API: manifest and docs agree', () => {
  it('finds every widget in the manifest', () => {
    expect(elements.map((element) => element.tagName).sort()).toEqual([
      'dv-course-finder', 'dv-ido-finder', 'dv-self-check', 'dv-stat-card', 'dv-stat-grid',
    ]);
  });

  it('describes every attribute, event, part, slot, custom property and JavaScript-only member', () => {
    const undescribed: string[] = [];
    for (const element of elements) {
      const attributeFields = new Set(element.attributes.map((attribute) => attribute.fieldName));
      const items: [string, Item[]][] = [
        ['attribute', element.attributes],
        ['event', element.events],
        ['part', element.cssParts],
        ['custom property', element.cssProperties],
        ['slot', element.slots],
        ['member', publicMembers(element).filter((member) => !attributeFields.has(member.name))],
      ];
      for (const [kind, list] of items) {
        for (const item of list) if (!described(item)) undescribed.push(`<${element.tagName}> ${kind} ${item.name}`);
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('names every event dv-… and declares it, typed, in HTMLElementEventMap', () => {
    const problems: string[] = [];
    for (const element of elements) {
      const sources = sourceFiles(join(root, 'packages', packageOf(element), 'src'))
        .concat(sourceFiles(join(root, 'packages', 'core', 'src')))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
      for (const event of element.events) {
        if (!/^dv-[a-z]+(-[a-z]+)*$/.test(event.name)) problems.push(`<${element.tagName}> fires "${event.name}"`);
        else if (!new RegExp(`'${event.name}':\\s*CustomEvent<`).test(sources)) {
          problems.push(`<${element.tagName}> event ${event.name} is not in HTMLElementEventMap`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('declares every tag in HTMLElementTagNameMap', () => {
    const missing = elements.filter((element) => {
      const sources = sourceFiles(join(root, 'packages', packageOf(element), 'src')).map((file) => readFileSync(file, 'utf8')).join('\n');
      return !new RegExp(`interface HTMLElementTagNameMap \\{[^}]*'${element.tagName}':`).test(sources);
    });
    expect(missing.map((element) => element.tagName)).toEqual([]);
  });

  it('documents every part a widget renders, and renders every part it documents', () => {
    const problems: string[] = [];
    const baseParts = renderedParts('core');
    for (const pkg of new Set(elements.map(packageOf))) {
      const inPackage = elements.filter((element) => packageOf(element) === pkg);
      const documented = new Set(inPackage.flatMap((element) => element.cssParts.map((part) => part.name)));
      const rendered = new Set([...renderedParts(pkg), ...baseParts]);
      for (const part of rendered) if (!documented.has(part)) problems.push(`${pkg} renders part "${part}" without documenting it`);
      for (const part of documented) if (!rendered.has(part)) problems.push(`${pkg} documents part "${part}" that it never renders`);
    }
    expect(problems).toEqual([]);
  });

  it('has a docs page with the API block of every element, and no API block for an unknown tag', () => {
    const docs = docsFiles().map((file) => readFileSync(file, 'utf8')).join('\n');
    const blocks = [...docs.matchAll(/^<!-- api:start (dv-[a-z-]+) -->/gm)].map(([, tag]) => tag);
    expect(blocks.sort()).toEqual(elements.map((element) => element.tagName).sort());
  });

  it('uses only attributes the manifest knows in every <dv-…> tag of the docs and stories', () => {
    const known = new Map(elements.map((element) => [element.tagName, new Set(element.attributes.map((attribute) => attribute.name))]));
    const stories = readdirSync(join(root, 'stories'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(root, 'stories', name));
    const problems: string[] = [];
    for (const file of [...docsFiles(), ...stories]) {
      for (const { tag, attributes } of tagsIn(readFileSync(file, 'utf8'))) {
        const allowed = known.get(tag);
        if (!allowed) {
          problems.push(`${file.slice(root.length)}: <${tag}> is no widget`);
          continue;
        }
        for (const attribute of attributes) {
          if (!allowed.has(attribute) && !GLOBAL_ATTRIBUTES.has(attribute) && !/^(data|aria)-/.test(attribute)) {
            problems.push(`${file.slice(root.length)}: <${tag} ${attribute}> is not in the manifest`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
