import { str } from '@lit/localize';
import type { DataIssue, DataIssueReason, DataReport } from '../data/report.js';
import type { Localize } from '../i18n/translator.js';

/*
 * The words of the webmaster's report (`check`): what was read from `src`, in plain
 * Dutch, translated through the XLIFF. Every function takes the widget's `t`, so it answers
 * in that widget's language.
 */

/** The format's noun, singular or plural: "1 cursus", "14 cursussen". */
const NOUNS: Record<DataReport['format'], (t: Localize, count: number) => string> = {
  statistic: (t, count) =>
    t.plural(count, { one: () => t.msg('statistiek', { id: 'core.report.statistic.one' }), other: () => t.msg('statistieken', { id: 'core.report.statistic.other' }) }),
  'question-set': (t, count) =>
    t.plural(count, { one: () => t.msg('vragenlijst', { id: 'core.report.question-set.one' }), other: () => t.msg('vragenlijsten', { id: 'core.report.question-set.other' }) }),
  location: (t, count) =>
    t.plural(count, { one: () => t.msg('locatie', { id: 'core.report.location.one' }), other: () => t.msg('locaties', { id: 'core.report.location.other' }) }),
  course: (t, count) =>
    t.plural(count, { one: () => t.msg('cursus', { id: 'core.report.course.one' }), other: () => t.msg('cursussen', { id: 'core.report.course.other' }) }),
};

/** "12 van de 14 cursussen worden getoond." */
export function summaryText(t: Localize, report: DataReport): string {
  const { kept, total, format } = report;
  const nouns = NOUNS[format](t, total);
  if (total === 0) return t.msg(str`Er staan geen ${nouns} in het bestand.`, { id: 'core.report.file-holds-no' });
  if (total === 1) {
    const noun = NOUNS[format](t, 1);
    return kept === 1 ? t.msg(str`De ${noun} in het bestand wordt getoond.`, { id: 'core.report.file-shown' }) : t.msg(str`De ${noun} in het bestand wordt niet getoond.`, { id: 'core.report.file-not-shown' });
  }
  if (kept === total) return t.msg(str`Alle ${total} ${nouns} worden getoond.`, { id: 'core.report.all-are-shown' });
  return t.plural(kept, {
    one: () => t.msg(str`1 van de ${total} ${nouns} wordt getoond.`, { id: 'core.report.shown.one' }),
    other: () => t.msg(str`${kept} van de ${total} ${nouns} worden getoond.`, { id: 'core.report.shown.other' }),
  });
}

/** The note about a file that was not UTF-8 (Dutch Excel's "CSV"); undefined when the encoding was not guessed. */
export function encodingText(t: Localize, report: DataReport): string | undefined {
  if (!report.encodingGuessed) return undefined;
  return t.msg(
    "Het bestand is niet opgeslagen als UTF-8. We lezen het als Windows-1252. Sla het op als 'CSV UTF-8' om fouten met letters als é te voorkomen.", { id: 'core.report.file-was-not-saved' },
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
function placeOf(t: Localize, kind: DataReport['kind'], row: number): string {
  return kind === 'csv' ? t.msg(str`Rij ${row}`, { id: 'core.report.row' }) : t.msg(str`Item ${row}`, { id: 'core.report.item' });
}

/** What the cell held, quoted; "de waarde" when it was empty. */
function quoted(t: Localize, issue: DataIssue): string {
  return issue.value === undefined || issue.value === '' ? t.msg('de waarde', { id: 'core.report.value' }) : `'${issue.value}'`;
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
export const reasonWords = (t: Localize): Record<DataIssueReason, ReasonWords> => ({
  missing: {
    problem: (_value, column) => t.msg(str`de kolom ${column} is leeg`, { id: 'core.report.column-empty' }),
    tip: (column) => t.msg(str`Vul de kolom ${column} in.`, { id: 'core.report.fill-column' }),
  },
  'not-a-number': {
    problem: (value) => t.msg(str`${value} is geen getal`, { id: 'core.report.not-number' }),
    tip: () => t.msg('Schrijf alleen een getal, zoals 2,50 of 1250.', { id: 'core.report.write-just-number-such' }),
  },
  'not-a-date': {
    problem: (value) => t.msg(str`${value} is geen datum die we kunnen lezen`, { id: 'core.report.not-date-we-can' }),
    tip: () => t.msg('Schrijf een datum als 25-12-2026 of 2026-12-25, met de tijd erachter als dat nodig is (25-12-2026 13:30).', { id: 'core.report.write-date-as-25' }),
  },
  'not-a-time': {
    problem: (value) => t.msg(str`${value} is geen tijd die we kunnen lezen`, { id: 'core.report.not-time-we-can' }),
    tip: () => t.msg('Schrijf tijden als 13.00 - 17.00 of 09:00-12:00, of schrijf gesloten.', { id: 'core.report.write-times-as-13' }),
  },
  'unknown-choice': {
    problem: (value) => t.msg(str`${value} is geen van de mogelijke keuzes`, { id: 'core.report.none-possible-choices' }),
    tip: () => t.msg('Kies een van de waarden die in de beschrijving van het formaat staan.', { id: 'core.report.choose-one-values-listed' }),
  },
  'out-of-range': {
    problem: (value) => t.msg(str`${value} kan niet kloppen: het is te groot of te klein`, { id: 'core.report.cannot-right-too-large' }),
    tip: () => t.msg('Controleer het getal of de datum.', { id: 'core.report.check-number-date' }),
  },
  'too-long': {
    problem: (value) => t.msg(str`${value} is te lang`, { id: 'core.report.too-long' }),
    tip: () => t.msg('Maak de tekst korter.', { id: 'core.report.make-text-shorter' }),
  },
  'wrong-form': {
    problem: (value) => t.msg(str`${value} is niet goed geschreven`, { id: 'core.report.not-written-right-way' }),
    tip: () => t.msg('Kijk in de beschrijving van het formaat hoe je dit schrijft, bijvoorbeeld 2311 AB voor een postcode.', { id: 'core.report.see-description-format-how' }),
  },
  'unsafe-link': {
    problem: (value) => t.msg(str`${value} is geen veilige link`, { id: 'core.report.not-safe-link' }),
    tip: () => t.msg('Gebruik een webadres dat begint met https://.', { id: 'core.report.use-web-address-that' }),
  },
  'unsafe-email': {
    problem: (value) => t.msg(str`${value} is geen gewoon e-mailadres`, { id: 'core.report.not-plain-e-mail' }),
    tip: () => t.msg('Schrijf alleen het e-mailadres, zonder ? of & erin.', { id: 'core.report.write-only-e-mail' }),
  },
  'duplicate-id': {
    problem: (value) => t.msg(str`de id ${value} staat ook bij een rij hierboven`, { id: 'core.report.id-also-used-by' }),
    tip: () => t.msg('Geef elke rij een eigen id.', { id: 'core.report.give-every-row-id' }),
  },
  'no-place': {
    problem: () => t.msg('we weten niet waar deze locatie is', { id: 'core.report.we-do-not-know' }),
    tip: () => t.msg('Vul een postcode in (zoals 2311 AB), of lat en lon.', { id: 'core.report.fill-postcode-such-as' }),
  },
  'not-a-record': {
    problem: () => t.msg('dit is geen rij met gegevens', { id: 'core.report.not-row-data' }),
    tip: () => t.msg('Zet in elke rij de kolommen uit de beschrijving van het formaat; in JSON is elk item een object { … }.', { id: 'core.report.give-every-row-columns' }),
  },
  invalid: {
    problem: (value) => t.msg(str`${value} past niet in het formaat`, { id: 'core.report.does-not-fit-format' }),
    tip: () => t.msg('Kijk in de beschrijving van het formaat wat hier mag staan.', { id: 'core.report.see-description-format-what' }),
  },
  'kept-as-tag': {
    problem: (value) => t.msg(str`${value} kennen we niet; het wordt getoond zoals het er staat`, { id: 'core.report.we-do-not-know-2' }),
    tip: () => t.msg('Hoort het bij een bekend onderwerp of niveau? Gebruik dan een woord uit de beschrijving van het formaat.', { id: 'core.report.does-belong-known-topic' }),
  },
  'id-made': {
    problem: () => t.msg('deze rij had geen id; we hebben er een gemaakt', { id: 'core.report.row-had-no-id' }),
    tip: () => t.msg('Geef elke rij een vaste id, dan blijven links ernaar werken.', { id: 'core.report.give-every-row-fixed' }),
  },
  'id-renamed': {
    problem: (value) => t.msg(str`de id ${value} stond er al; deze rij kreeg een nieuwe id`, { id: 'core.report.id-was-already-used' }),
    tip: () => t.msg('Geef elke rij een eigen id.', { id: 'core.report.give-every-row-id' }),
  },
});

/** One line of the report, and its tip. */
export interface IssueText {
  text: string;
  tip: string;
}

function wordsFor(t: Localize, issue: DataIssue): { problem: string; tip: string; column: string } {
  const column = columnName(issue.field);
  const all = reasonWords(t);
  const words = all[issue.reason] ?? all.invalid;
  return { problem: words.problem(quoted(t, issue), column), tip: words.tip(column), column };
}

/**
 * "Rij 5 is weggelaten: de kolom title is leeg.", "Rij 6 is weggelaten (kolom sessions):
 * 'volgende week' is geen datum die we kunnen lezen."
 */
export function recordText(t: Localize, issue: DataIssue, kind: DataReport['kind']): IssueText {
  const place = placeOf(t, kind, issue.row);
  const { problem, tip, column } = wordsFor(t, issue);
  return {
    text:
      // "missing" names its column, and "no-place" is about the whole location.
      column && issue.reason !== 'missing' && issue.reason !== 'no-place'
        ? t.msg(str`${place} is weggelaten (kolom ${column}): ${problem}.`, { id: 'core.report.was-left-out-column' })
        : t.msg(str`${place} is weggelaten: ${problem}.`, { id: 'core.report.was-left-out' }),
    tip: t.msg(str`Tip: ${tip}`, { id: 'core.report.tip' }),
  };
}

/** "Rij 7, kolom price: '2 tientjes' is geen getal. Dit veld is weggelaten." */
export function fieldText(t: Localize, issue: DataIssue, kind: DataReport['kind']): IssueText {
  const place = placeOf(t, kind, issue.row);
  const { problem, tip, column } = wordsFor(t, issue);
  return {
    text: column
      ? t.msg(str`${place}, kolom ${column}: ${problem}. Dit veld is weggelaten.`, { id: 'core.report.column-field-was-left' })
      : t.msg(str`${place}: ${problem}. Dit veld is weggelaten.`, { id: 'core.report.field-was-left-out' }),
    tip: t.msg(str`Tip: ${tip}`, { id: 'core.report.tip' }),
  };
}

/** "Rij 3, kolom topics: 'bingo' kennen we niet; het wordt getoond zoals het er staat." */
export function remarkText(t: Localize, issue: DataIssue, kind: DataReport['kind']): IssueText {
  const place = placeOf(t, kind, issue.row);
  const { problem, tip, column } = wordsFor(t, issue);
  return {
    text: column ? t.msg(str`${place}, kolom ${column}: ${problem}.`, { id: 'core.report.column' }) : t.msg(str`${place}: ${problem}.`, { id: 'core.report.text' }),
    tip: t.msg(str`Tip: ${tip}`, { id: 'core.report.tip' }),
  };
}
