import { decodeBytes, type DecodedText } from './decode.js';
import { request, type FetchTextOptions } from './fetch-json.js';

export { fetchJson, type FetchTextOptions } from './fetch-json.js';

/**
 * GETs a text file with a time limit, read as text by {@link decodeBytes} (UTF-8, UTF-16
 * with its byte-order mark, or Windows-1252 when the bytes are not UTF-8). Failures become the codes a widget shows:
 * `network`, `timeout`, `http` (with the status). An abort from `signal` is passed on as
 * it is, not as a failure.
 */
export function fetchText(url: string, options?: FetchTextOptions): Promise<DecodedText & { contentType: string | null }> {
  return request(
    url,
    async (response) => {
      const contentType = response.headers.get('content-type');
      return { ...decodeBytes(await response.arrayBuffer(), contentType), contentType };
    },
    options,
  );
}
