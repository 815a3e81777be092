// The built CDN bundle as `pnpm size` and `pnpm size:parts` read it: packages/widgets/dist
// and the bundle-graph.json its build writes (which chunk imports which).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = process.env.WIDGETS_DIST ?? join(root, 'packages/widgets/dist');

/** dist/bundle-graph.json; exits with a hint when the bundle has not been built. */
export function readGraph() {
  if (!existsSync(join(dist, 'bundle-graph.json'))) {
    console.error('No packages/widgets/dist/bundle-graph.json: run `pnpm build:cdn` first.');
    process.exit(1);
  }
  return JSON.parse(readFileSync(join(dist, 'bundle-graph.json'), 'utf8'));
}

/** min+gzip as the budgets count it: gzip level 9. */
export const gzipLength = (content) => gzipSync(content, { level: 9 }).length;

/** A file plus everything it imports statically, transitively. */
export function closure(graph, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of graph[file]?.imports ?? []) closure(graph, dep, seen);
  return seen;
}
