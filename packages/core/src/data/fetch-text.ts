import { decodeBytes, type DecodedText } from './decode.js';
import { DataLoadError } from './errors.js';

export interface FetchTextOptions {
  /** Aborts the request, e.g. when the element leaves the page. */
  signal?: AbortSignal;
  /** Give up after this long (ms); 15 s by default. */
  timeoutMs?: number;
  /** Ask the server again instead of trusting the browser cache (a retry after an error). */
  fresh?: boolean;
  /** The Accept header. */
  accept?: string;
}

/**
 * GETs a text file with a time limit, read as text by {@link decodeBytes} (UTF-8, UTF-16
 * with its byte-order mark, or Windows-1252 when the bytes are not UTF-8). Failures become the codes a widget shows:
 * `network`, `timeout`, `http` (with the status). An abort from `signal` is passed on as
 * it is, not as a failure.
 */
export async function fetchText(
  url: string,
  { signal, timeoutMs = 15000, fresh = false, accept = 'application/json' }: FetchTextOptions = {},
): Promise<DecodedText & { contentType: string | null }> {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { Accept: accept },
      credentials: 'same-origin',
      // A 404 may be cached by the browser; a retry must really ask again.
      cache: fresh ? 'no-cache' : 'default',
    });
    if (!response.ok) throw new DataLoadError('http', `HTTP ${response.status} for ${url}`, response.status);
    const contentType = response.headers.get('content-type');
    return { ...decodeBytes(await response.arrayBuffer(), contentType), contentType };
  } catch (error) {
    if (error instanceof DataLoadError) throw error;
    if (timedOut) throw new DataLoadError('timeout', `No answer from ${url} within ${timeoutMs} ms.`);
    if (signal?.aborted) throw error;
    throw new DataLoadError('network', `Could not fetch ${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** GETs and parses a JSON document; text that is not JSON is a `parse` failure. */
export async function fetchJson(url: string, options?: FetchTextOptions): Promise<unknown> {
  const { text } = await fetchText(url, options);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataLoadError('parse', `JSON in ${url}: ${(error as Error).message}`);
  }
}
