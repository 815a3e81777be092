import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/*
 * Node's fetch has no file: URLs, but the packages fetch their own data files by a URL
 * relative to `import.meta.url`, which in Node (Vitest) is such a URL. This lets
 * fetch read them from disk, as a web server would serve them: the real file, or a 404
 * when there is none. Every other URL goes to Node's own fetch.
 */
const networkFetch = globalThis.fetch;

globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.startsWith('file:')) return networkFetch(input, init);
  try {
    return new Response(await readFile(fileURLToPath(url)), { headers: { 'Content-Type': 'application/json' } });
  } catch {
    return new Response('not found', { status: 404 });
  }
};
