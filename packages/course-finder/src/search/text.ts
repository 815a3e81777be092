/**
 * Search text without accents, case or punctuation: "Café" and "cafe", "E-overheid" and
 * "e overheid" meet. NFD splits "é" into "e" plus a combining accent, which is dropped.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a search query, folded. */
export function queryTokens(query: string): string[] {
  const folded = foldText(query);
  return folded ? folded.split(' ') : [];
}

/**
 * One string to search per course: its folded words, each preceded by a space, so
 * "does a word start with t" is one `includes(' ' + t)`. Hyphenated and "&" words are also
 * added joined ("e-overheid" → "eoverheid", "Klik & Tik" → "kliktik").
 */
export function searchableText(parts: readonly (string | undefined)[]): string {
  // Fold everything at once: folding is most of the cost of preparing 10,000 courses.
  const all = parts.filter(Boolean).join(' \n ');
  const words = new Set(foldText(all).split(' '));
  for (const word of foldText(all.replace(/[ \t]*[-&][ \t]*/g, '')).split(' ')) words.add(word);
  words.delete('');
  return ` ${[...words].join(' ')}`;
}

/** True when every query token starts some word of the text (see {@link searchableText}). */
export function matchesTokens(text: string, tokens: readonly string[]): boolean {
  for (const token of tokens) if (!text.includes(` ${token}`)) return false;
  return true;
}
