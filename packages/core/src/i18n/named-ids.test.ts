import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/*
 * Every message has an explicit, named id (`package.area.name`): translations, the
 * webmaster's text overrides and the docs' list of ids all go by it. A msg() call without
 * one would get a hash id from lit-localize, which changes with every edit of the Dutch.
 */
const packages = fileURLToPath(new URL('../../../', import.meta.url));
const PREFIX: Record<string, string> = { core: 'core', 'course-finder': 'courses', 'ido-finder': 'ido', 'self-check': 'check', 'stat-card': 'stat' };
const NAMED = /^[a-z]+(\.[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)+$/;

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

/** Every msg() call (`msg(…)`, `t.msg(…)`, `this.t.msg(…)`) of a file: its id or undefined. */
function msgCalls(file: string): { where: string; id: string | undefined }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const calls: { where: string; id: string | undefined }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      if (name === 'msg' && node.arguments.length > 0) {
        const options = node.arguments[1];
        const id =
          options && ts.isObjectLiteralExpression(options)
            ? options.properties.find(
                (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'id' && ts.isStringLiteralLike(p.initializer),
              )
            : undefined;
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        calls.push({ where: `${relative(packages, file)}:${line}`, id: id && (id.initializer as ts.StringLiteral).text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

describe('message ids', () => {
  for (const [pkg, prefix] of Object.entries(PREFIX)) {
    it(`are explicit and named ${prefix}.area.name in ${pkg}`, () => {
      const calls = sources(join(packages, pkg, 'src')).flatMap(msgCalls);
      expect(calls.length).toBeGreaterThan(0);
      expect(calls.filter((call) => !call.id).map((call) => call.where), 'msg() calls without an id').toEqual([]);
      const misnamed = calls.filter((call) => call.id && !(NAMED.test(call.id) && call.id.startsWith(`${prefix}.`)));
      expect(misnamed.map((call) => `${call.where} ${call.id}`), 'ids not named package.area.name').toEqual([]);
    });

    it(`leave no hash id in ${pkg}'s catalogues`, () => {
      const xliff = readFileSync(join(packages, pkg, 'xliff', 'en.xlf'), 'utf8');
      const ids = [...xliff.matchAll(/<trans-unit\s+id="([^"]+)"/g)].map((match) => match[1]);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => !id.startsWith(`${prefix}.`))).toEqual([]);
    });
  }
});
