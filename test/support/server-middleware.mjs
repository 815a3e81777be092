// Test-only routes for the browser tests: fixtures under /assets/ (as Storybook serves
// them) and a feed that fails first and then works, to test the retry button for real.
const attempts = new Map();

export async function testServerMiddleware(context, next) {
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
