import { msg, str } from '@lit/localize';
import type { DataIssue, DataIssueReason, DataReport } from '../data/report.js';

/*
 * The words of the webmaster's report (`check`): what was read from `src`, in plain
 * Dutch (and English through the XLIFF). Every function here answers in the language of
 * the widget that renders (call it inside a render or `withLocale()`).
 */

/** The format's noun, singular or plural: "1 cursus", "14 cursussen". */
const NOUNS: Record<DataReport['format'], (count: number) => string> = {
  statistic: (count) => (count === 1 ? msg('statistiek') : msg('statistieken')),
  'question-set': (count) => (count === 1 ? msg('vragenlijst') : msg('vragenlijsten')),
  location: (count) => (count === 1 ? msg('locatie') : msg('locaties')),
  course: (count) => (count === 1 ? msg('cursus') : msg('cursussen')),
};

/** "12 van de 14 cursussen worden getoond." */
export function summaryText(report: DataReport): string {
  const { kept, total, format } = report;
  const nouns = NOUNS[format](total);
  if (total === 0) return msg(str`Er staan geen ${nouns} in het bestand.`);
  if (total === 1) {
    const noun = NOUNS[format](1);
    return kept === 1 ? msg(str`De ${noun} in het bestand wordt getoond.`) : msg(str`De ${noun} in het bestand wordt niet getoond.`);
  }
  if (kept === total) return msg(str`Alle ${total} ${nouns} worden getoond.`);
  return kept === 1 ? msg(str`1 van de ${total} ${nouns} wordt getoond.`) : msg(str`${kept} van de ${total} ${nouns} worden getoond.`);
}

/** The note about a file that was not UTF-8 (Dutch Excel's "CSV"); undefined when the encoding was not guessed. */
export function encodingText(report: DataReport): string | undefined {
  if (!report.encodingGuessed) return undefined;
  return msg(
    "Het bestand is niet opgeslagen als UTF-8. We lezen het als Windows-1252. Sla het op als 'CSV UTF-8' om fouten met letters als é te voorkomen.",
  );
}

/**
 * The field as the webmaster wrote it: the CSV column ("source.url"). List positions
 * ("sessions.2") belong to one cell in a CSV file, so they are left off.
 */
export function columnName(field: string): string {
  return field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}

/** Where a record is: its line in a CSV file ("Rij 5"), its place in a JSON list ("Item 5"). */
function placeOf(kind: DataReport['kind'], row: number): string {
  return kind === 'csv' ? msg(str`Rij ${row}`) : msg(str`Item ${row}`);
}

/** What the cell held, quoted; "de waarde" when it was empty. */
function quoted(issue: DataIssue): string {
  return issue.value === undefined || issue.value === '' ? msg('de waarde') : `'${issue.value}'`;
}

/** Words for one reason: what is wrong (with the value and column) and how to fix it. */
export interface ReasonWords {
  problem(value: string, column: string): string;
  tip(column: string): string;
}

/**
 * One message and one tip per reason. A `Record` over the closed set: a new reason in
 * report.ts without words here fails the typecheck.
 */
export const REASON_WORDS: Record<DataIssueReason, ReasonWords> = {
  missing: {
    problem: (_value, column) => msg(str`de kolom ${column} is leeg`),
    tip: (column) => msg(str`Vul de kolom ${column} in.`),
  },
  'not-a-number': {
    problem: (value) => msg(str`${value} is geen getal`),
    tip: () => msg('Schrijf alleen een getal, zoals 2,50 of 1250.'),
  },
  'not-a-date': {
    problem: (value) => msg(str`${value} is geen datum die we kunnen lezen`),
    tip: () => msg('Schrijf een datum als 25-12-2026 of 2026-12-25, met de tijd erachter als dat nodig is (25-12-2026 13:30).'),
  },
  'not-a-time': {
    problem: (value) => msg(str`${value} is geen tijd die we kunnen lezen`),
    tip: () => msg('Schrijf tijden als 13.00 - 17.00 of 09:00-12:00, of schrijf gesloten.'),
  },
  'unknown-choice': {
    problem: (value) => msg(str`${value} is geen van de mogelijke keuzes`),
    tip: () => msg('Kies een van de waarden die in de beschrijving van het formaat staan.'),
  },
  'out-of-range': {
    problem: (value) => msg(str`${value} kan niet kloppen: het is te groot of te klein`),
    tip: () => msg('Controleer het getal of de datum.'),
  },
  'too-long': {
    problem: (value) => msg(str`${value} is te lang`),
    tip: () => msg('Maak de tekst korter.'),
  },
  'wrong-form': {
    problem: (value) => msg(str`${value} is niet goed geschreven`),
    tip: () => msg('Kijk in de beschrijving van het formaat hoe je dit schrijft, bijvoorbeeld 2311 AB voor een postcode.'),
  },
  'unsafe-link': {
    problem: (value) => msg(str`${value} is geen veilige link`),
    tip: () => msg('Gebruik een webadres dat begint met https://.'),
  },
  'unsafe-email': {
    problem: (value) => msg(str`${value} is geen gewoon e-mailadres`),
    tip: () => msg('Schrijf alleen het e-mailadres, zonder ? of & erin.'),
  },
  'duplicate-id': {
    problem: (value) => msg(str`de id ${value} staat ook bij een rij hierboven`),
    tip: () => msg('Geef elke rij een eigen id.'),
  },
  'no-place': {
    problem: () => msg('we weten niet waar deze locatie is'),
    tip: () => msg('Vul een postcode in (zoals 2311 AB), of lat en lon.'),
  },
  'not-a-record': {
    problem: () => msg('dit is geen rij met gegevens'),
    tip: () => msg('Zet in elke rij de kolommen uit de beschrijving van het formaat; in JSON is elk item een object { … }.'),
  },
  invalid: {
    problem: (value) => msg(str`${value} past niet in het formaat`),
    tip: () => msg('Kijk in de beschrijving van het formaat wat hier mag staan.'),
  },
  'kept-as-tag': {
    problem: (value) => msg(str`${value} kennen we niet; het wordt getoond zoals het er staat`),
    tip: () => msg('Hoort het bij een bekend onderwerp of niveau? Gebruik dan een woord uit de beschrijving van het formaat.'),
  },
  'id-made': {
    problem: () => msg('deze rij had geen id; we hebben er een gemaakt'),
    tip: () => msg('Geef elke rij een vaste id, dan blijven links ernaar werken.'),
  },
  'id-renamed': {
    problem: (value) => msg(str`de id ${value} stond er al; deze rij kreeg een nieuwe id`),
    tip: () => msg('Geef elke rij een eigen id.'),
  },
};

/** One line of the report, and its tip. */
export interface IssueText {
  text: string;
  tip: string;
}

function wordsFor(issue: DataIssue): { problem: string; tip: string; column: string } {
  const column = columnName(issue.field);
  const words = REASON_WORDS[issue.reason] ?? REASON_WORDS.invalid;
  return { problem: words.problem(quoted(issue), column), tip: words.tip(column), column };
}

/**
 * "Rij 5 is weggelaten: de kolom title is leeg.", "Rij 6 is weggelaten (kolom sessions):
 * 'volgende week' is geen datum die we kunnen lezen."
 */
export function recordText(issue: DataIssue, kind: DataReport['kind']): IssueText {
  const place = placeOf(kind, issue.row);
  const { problem, tip, column } = wordsFor(issue);
  return {
    text:
      // "missing" names its column, and "no-place" is about the whole location.
      column && issue.reason !== 'missing' && issue.reason !== 'no-place'
        ? msg(str`${place} is weggelaten (kolom ${column}): ${problem}.`)
        : msg(str`${place} is weggelaten: ${problem}.`),
    tip: msg(str`Tip: ${tip}`),
  };
}

/** "Rij 7, kolom price: '2 tientjes' is geen getal. Dit veld is weggelaten." */
export function fieldText(issue: DataIssue, kind: DataReport['kind']): IssueText {
  const place = placeOf(kind, issue.row);
  const { problem, tip, column } = wordsFor(issue);
  return {
    text: column
      ? msg(str`${place}, kolom ${column}: ${problem}. Dit veld is weggelaten.`)
      : msg(str`${place}: ${problem}. Dit veld is weggelaten.`),
    tip: msg(str`Tip: ${tip}`),
  };
}

/** "Rij 3, kolom topics: 'bingo' kennen we niet; het wordt getoond zoals het er staat." */
export function remarkText(issue: DataIssue, kind: DataReport['kind']): IssueText {
  const place = placeOf(kind, issue.row);
  const { problem, tip, column } = wordsFor(issue);
  return {
    text: column ? msg(str`${place}, kolom ${column}: ${problem}.`) : msg(str`${place}: ${problem}.`),
    tip: msg(str`Tip: ${tip}`),
  };
}
