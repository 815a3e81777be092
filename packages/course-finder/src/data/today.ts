import { amsterdamInstant } from '@digivaardig/core';

// Its own small module: the element needs it at once, the session readers of local-time.ts
// only with a feed.
const TODAY = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/**
 * The `today` attribute ("2025-01-06", or "2025-01-06T14:00" in Amsterdam time) as an
 * instant; undefined when absent, and invalid when it is no such date.
 */
export function parseToday(raw: string): { value: number | undefined; invalid: boolean } {
  const text = raw.trim();
  if (!text) return { value: undefined, invalid: false };
  if (!TODAY.test(text) || Number.isNaN(Date.parse(text.slice(0, 10)))) return { value: undefined, invalid: true };
  return { value: amsterdamInstant(text.length === 10 ? `${text}T00:00` : text), invalid: false };
}
