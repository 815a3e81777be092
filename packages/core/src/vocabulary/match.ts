/*
 * Words, not only ids: a webmaster's cell says "computer;internet", "Klik & Tik" or
 * "inloop"; a vocabulary (one module per field, in this folder) lists the words that mean
 * each id. Matching is exact on a normalised key, never fuzzy: a word we do not know is
 * returned apart, so the caller keeps it as the record's own tag, shown as written.
 */

/** The words that mean each id, in Dutch and English; the id itself always counts. */
export type Vocabulary<Id extends string = string> = Readonly<Record<Id, readonly string[]>>;

/** A vocabulary ready for matching: normalised key → id. Build it once per vocabulary. */
export type VocabularyIndex<Id extends string = string> = ReadonlyMap<string, Id>;

/**
 * The key a word is matched on: lower case, accents stripped (NFD, then the combining marks
 * dropped), and everything that is not a letter or a digit removed, so "Tabletcafé",
 * "tablet café" and "tablet-cafe" meet, as do "E-mail" and "email", "foto's" and "fotos".
 */
export function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    key = word
      .normalize('NFD')
      .replace(COMBINING, '')
      .toLowerCase()
      .replace(NOT_LETTER_OR_DIGIT, '');
    // A feed repeats the same few words thousands of times; a page meets only so many.
    if (wordKeys.size >= MEMO_SIZE) wordKeys.clear();
    wordKeys.set(word, key);
  }
  return key;
}

const COMBINING = /[\u0300-\u036f]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
/** Words (and cells) remembered at most, then forgotten at once. */
const MEMO_SIZE = 2000;
const wordKeys = new Map<string, string>();

/**
 * Indexes a vocabulary by key; the first id to claim a key keeps it. Each id is also indexed
 * as written ("basic-skills"), so a feed that already gives ids is read without normalising.
 */
export function indexVocabulary<Id extends string>(vocabulary: Vocabulary<Id>): VocabularyIndex<Id> {
  const index = new Map<string, Id>();
  for (const id of Object.keys(vocabulary) as Id[]) index.set(id, id);
  for (const [id, words] of Object.entries(vocabulary) as [Id, readonly string[]][]) {
    for (const word of [id, ...words]) {
      const key = wordKey(word);
      if (key && !index.has(key)) index.set(key, id);
    }
  }
  return index;
}

/** One word's id: the exact key, else its singular (a plural in -s or -en). */
function matchKey<Id extends string>(key: string, index: VocabularyIndex<Id>): Id | undefined {
  if (!key) return undefined;
  return (
    index.get(key) ??
    (key.length > 3 && key.endsWith('s') ? index.get(key.slice(0, -1)) : undefined) ??
    (key.length > 4 && key.endsWith('en') ? index.get(key.slice(0, -2)) : undefined)
  );
}

/** The id one word or phrase means, or undefined. */
export function matchWord<Id extends string>(word: string, index: VocabularyIndex<Id>): Id | undefined {
  return index.get(word) ?? matchKey(wordKey(word), index);
}

// Between words in one cell: ";" "," "/" "|" and line breaks; " en ", "&", " and " only
// when every part is a known word (so "Klik en Tik" stays one name).
const LIST = /[;,/|\n]+/;
const AND = /\s+(?:en|and|\+)\s+|\s*&\s*/i;

/** The words of a cell (or a list of cells), trimmed, empty ones left out. */
function cellParts(value: unknown): string[] {
  const parts: string[] = [];
  if (Array.isArray(value)) for (const cell of value) addParts(cell, parts);
  else addParts(value, parts);
  return parts;
}

function addParts(cell: unknown, parts: string[]): void {
  if (typeof cell !== 'string' && typeof cell !== 'number') return;
  const text = String(cell);
  if (!LIST.test(text)) {
    const part = text.trim();
    if (part) parts.push(part);
    return;
  }
  for (const piece of text.split(LIST)) {
    const part = piece.trim();
    if (part) parts.push(part);
  }
}

/** What the cells read so far meant, per vocabulary: a sheet repeats its cells. */
const readCells = new WeakMap<VocabularyIndex, Map<string, { ids: string[]; unknown: string[] }>>();

/**
 * Reads a field that holds ids or words: a list, or one cell such as `computer;internet`,
 * `digid, overheid` or `DigiD en toeslagen`. Returns the ids (each once, in order) and the
 * parts that match no id, as written, for the caller to keep as own tags.
 */
export function matchWords<Id extends string>(
  value: unknown,
  index: VocabularyIndex<Id>,
): { ids: Id[]; unknown: string[] } {
  const parts = cellParts(value);
  // The parts hold no line break (it separates them), so joined by one they are a key.
  const key = parts.join('\n');
  let memo = readCells.get(index);
  if (!memo) readCells.set(index, (memo = new Map()));
  let found = memo.get(key) as { ids: Id[]; unknown: string[] } | undefined;
  if (!found) {
    found = matchParts(parts, index);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(key, found);
  }
  // Copies: the caller keeps them in its record.
  return { ids: found.ids.slice(), unknown: found.unknown.slice() };
}

function matchParts<Id extends string>(parts: readonly string[], index: VocabularyIndex<Id>): { ids: Id[]; unknown: string[] } {
  const ids: Id[] = [];
  const unknown: string[] = [];
  const add = (id: Id) => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const part of parts) {
    const whole = matchWord(part, index);
    if (whole) {
      add(whole);
      continue;
    }
    const pieces = part.split(AND).map((piece) => piece.trim()).filter(Boolean);
    const matched = pieces.length > 1 ? pieces.map((piece) => matchWord(piece, index)) : [];
    if (matched.length && matched.every(Boolean)) matched.forEach((id) => add(id!));
    else if (!unknown.includes(part)) unknown.push(part);
  }
  return { ids, unknown };
}
