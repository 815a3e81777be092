// Test-only routes for the browser tests: fixtures under /assets/ (as Storybook serves
// them), a feed that fails first and then works, to test the retry button for real, and
// the real-world feeds byte for byte.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const attempts = new Map();
const feeds = new URL('../fixtures/feeds/', import.meta.url);

export async function testServerMiddleware(context, next) {
  // The dev server reads text files as UTF-8 (a Windows-1252 byte would turn into U+FFFD):
  // these go out as they are on disk, with a Content-Type as a plain web server sends it.
  const feed = /^\/test\/fixtures\/feeds\/([\w.-]+\.(csv|txt|json))$/.exec(context.path);
  if (feed) {
    context.body = await readFile(fileURLToPath(new URL(feed[1], feeds)));
    context.type = { csv: 'text/csv', txt: 'text/plain', json: 'application/json' }[feed[2]];
    return;
  }
  if (context.path.startsWith('/assets/')) {
    context.path = `/stories${context.path}`;
    context.url = context.path + (context.querystring ? `?${context.querystring}` : '');
  }
  if (context.path.startsWith('/test-feed/')) context.set('Cache-Control', 'no-store');
  if (context.path === '/test-feed/flaky.json') {
    const key = context.query.key ?? '';
    const seen = attempts.get(key) ?? 0;
    attempts.set(key, seen + 1);
    if (seen === 0) {
      context.status = 404;
      context.body = 'not found';
      return;
    }
    context.url = '/stories/assets/statistics-sample.json';
    context.path = context.url;
  }
  if (context.path === '/test-feed/slow.json') {
    await new Promise((resolve) => setTimeout(resolve, Number(context.query.ms ?? 1500)));
    context.url = '/stories/assets/statistics-sample.json';
    context.path = context.url;
  }
  return next();
}
