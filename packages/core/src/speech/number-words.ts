/*
 * Whole numbers 0–59 in words, for clock times read aloud. Speech engines read "10.30"
 * in many ways ("tien punt dertig"); words leave no doubt. Only Dutch and English are
 * spelled out here: for other languages the engine reads the locale's own digits well.
 */

const DUTCH_UNITS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const DUTCH_TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig'];
const ENGLISH_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty'];

/** "eenentwintig", "tweeëntwintig" (a diaeresis where two vowels would merge), "dertig". */
export function dutchNumberWord(n: number): string {
  checkRange(n);
  if (n < 20) return DUTCH_UNITS[n];
  const unit = n % 10;
  const tens = DUTCH_TENS[Math.floor(n / 10)];
  if (!unit) return tens;
  const first = DUTCH_UNITS[unit];
  return `${first}${first.endsWith('e') ? 'ën' : 'en'}${tens}`;
}

/** "twenty-one", "thirty". */
export function englishNumberWord(n: number): string {
  checkRange(n);
  if (n < 20) return ENGLISH_UNITS[n];
  const unit = n % 10;
  const tens = ENGLISH_TENS[Math.floor(n / 10)];
  return unit ? `${tens}-${ENGLISH_UNITS[unit]}` : tens;
}

function checkRange(n: number) {
  if (!Number.isInteger(n) || n < 0 || n > 59) throw new RangeError(`No word for ${n}: only whole numbers 0–59`);
}
