import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the repository's scripts, without types.
import { buildPackage } from '../../../scripts/i18n-build.mjs';
// @ts-expect-error: a plain ES module of the repository's scripts, without types.
import { ID_PREFIX } from '../../../scripts/i18n-remap.mjs';

/*
 * Every Dutch UI string has an English translation, and the committed translation files
 * are up to date. lit-localize runs against temporary copies (its config paths are
 * relative to the config file, so the copy's input paths point back at the package);
 * nothing committed is touched.
 *
 * When this fails:
 *   - a <trans-unit> without <target>: add the English to packages/<pkg>/xliff/en.xlf
 *     (run `pnpm i18n:extract` first to get the new unit), then `pnpm i18n:build`;
 *   - ids differ: run `pnpm i18n:extract` and commit xliff/en.xlf;
 *   - <locale>.ts differs: run `pnpm i18n:build` (scripts/i18n-build.mjs) and commit
 *     src/generated/locales/<locale>.ts.
 * A translation may add plural categories Dutch lacks (`<base>.few` beside `<base>.other`).
 */

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'node_modules', '.bin', 'lit-localize');
const packagesDir = join(root, 'packages');
const localized = readdirSync(packagesDir)
  .filter((name) => existsSync(join(packagesDir, name, 'lit-localize.json')))
  .sort();

interface LocalizeConfig {
  sourceLocale: string;
  targetLocales: string[];
  inputFiles?: string[];
  tsConfig?: string;
  output: { outputDir: string; [key: string]: unknown };
  interchange: { xliffDir: string; [key: string]: unknown };
  [key: string]: unknown;
}

interface Unit {
  id: string;
  source: string;
  target?: string;
}

function units(xliff: string): Unit[] {
  return [...xliff.matchAll(/<trans-unit\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body)?.[1],
  }));
}

const temporaryDirs: string[] = [];

/**
 * A temporary copy of the package's lit-localize setup: the config (input files pointing
 * back at the package's sources), a copy of its XLIFF files, and an empty output dir.
 */
function temporaryProject(pkgDir: string): { dir: string; config: string; xliffDir: string; outputDir: string; locales: string[] } {
  const original = JSON.parse(readFileSync(join(pkgDir, 'lit-localize.json'), 'utf8')) as LocalizeConfig;
  const dir = mkdtempSync(join(tmpdir(), 'dv-i18n-'));
  temporaryDirs.push(dir);
  const xliffDir = join(dir, 'xliff');
  cpSync(join(pkgDir, original.interchange.xliffDir), xliffDir, { recursive: true });
  const copy: LocalizeConfig = {
    ...original,
    interchange: { ...original.interchange, xliffDir: 'xliff' },
    output: { ...original.output, outputDir: 'out' },
  };
  // Patterns point back at the package; "!…" ones (tests) stay negations.
  const absolute = (pattern: string): string =>
    pattern.startsWith('!') ? `!${absolute(pattern.slice(1))}` : isAbsolute(pattern) ? pattern : join(pkgDir, pattern);
  if (original.inputFiles) copy.inputFiles = original.inputFiles.map(absolute);
  if (original.tsConfig) copy.tsConfig = join(pkgDir, original.tsConfig);
  const config = join(dir, 'lit-localize.json');
  writeFileSync(config, JSON.stringify(copy, null, 2));
  return { dir, config, xliffDir, outputDir: join(dir, 'out'), locales: original.targetLocales };
}

async function litLocalize(command: 'extract', config: string, cwd: string): Promise<void> {
  try {
    await run(bin, [command, '--config', config], { cwd, timeout: 55_000 });
  } catch (error) {
    const { stdout, stderr, message } = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`lit-localize ${command} failed: ${message}\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

describe('translations', () => {
  it('exist for at least core and stat-card', () => {
    expect(localized).toEqual(expect.arrayContaining(['core', 'stat-card']));
    expect(existsSync(bin)).toBe(true);
  });

  for (const name of localized) {
    const pkgDir = join(packagesDir, name);

    describe(`@digivaardig/${name}`, () => {
      it('translates every Dutch string, and the committed XLIFF has exactly the source’s units', async () => {
        const project = temporaryProject(pkgDir);
        await litLocalize('extract', project.config, project.dir);
        for (const locale of project.locales) {
          // lit-localize also reads core's sources (imported for their types): a package keeps its own ids.
          const prefix = `${(ID_PREFIX as Record<string, string>)[name]}.`;
          const extracted = units(readFileSync(join(project.xliffDir, `${locale}.xlf`), 'utf8')).filter((unit) => unit.id.startsWith(prefix));
          const committed = units(readFileSync(join(pkgDir, 'xliff', `${locale}.xlf`), 'utf8'));
          expect(extracted.length, `${name}: no strings extracted`).toBeGreaterThan(0);

          const untranslated = extracted.filter((unit) => !unit.target?.trim()).map((unit) => `${unit.id}: ${unit.source}`);
          expect(untranslated, `${name}/${locale}: strings without a translation (add a <target> to xliff/${locale}.xlf)`).toEqual([]);

          const ids = (list: Unit[]) => list.map((unit) => unit.id).sort();
          const extraPlural = (id: string) => /\.(zero|two|few|many)$/.test(id) && extracted.some((unit) => unit.id === id.replace(/\.[a-z]+$/, '.other'));
          expect(ids(committed.filter((unit) => !extraPlural(unit.id))), `${name}/${locale}: xliff/${locale}.xlf is stale: run pnpm i18n:extract`).toEqual(ids(extracted));
          expect(new Set(ids(committed)).size, `${name}/${locale}: duplicate ids`).toBe(committed.length);
        }
      }, 60_000);

      it('has generated locale modules that match the committed XLIFF', async () => {
        const project = temporaryProject(pkgDir);
        (buildPackage as (dir: string) => unknown)(project.dir);
        const config = JSON.parse(readFileSync(join(pkgDir, 'lit-localize.json'), 'utf8')) as LocalizeConfig;
        for (const locale of project.locales) {
          const built = readFileSync(join(project.outputDir, `${locale}.ts`), 'utf8');
          const committed = readFileSync(join(pkgDir, config.output.outputDir, `${locale}.ts`), 'utf8');
          expect(committed === built, `${name}: src/generated/locales/${locale}.ts is stale: run pnpm i18n:build`).toBe(true);
        }
      }, 60_000);
    });
  }
});
