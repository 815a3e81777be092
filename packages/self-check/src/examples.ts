import { encodeProgress, storageKey, type Answers, type WidgetExample } from '@digivaardig/core';
import digiq from '@digivaardig/data/data/questions-digiq.json';

/**
 * An example of <dv-self-check>. Besides attributes, an example may give what a visitor
 * (or the page) brings along, through the element's public API:
 * - `answers`: set as the `answers` property (a page that kept a visitor's answers);
 * - `stored`: progress a previous visit left in localStorage (with `persist`);
 */
export interface SelfCheckExample extends WidgetExample {
  answers?: Answers;
  stored?: { answers: Answers; step: number };
}

const areas = digiq.areas;

/** Every statement of the DigIQ set (or of some areas) answered with one answer. */
function answerAll(option: string, areaIds?: string[]): Answers {
  return Object.fromEntries(
    areas
      .filter((area) => !areaIds || areaIds.includes(area.id))
      .flatMap((area) => area.questions.map((question) => [question.id, option])),
  );
}

/** The first `count` statements answered. */
function answerFirst(count: number, option = 'on-my-own'): Answers {
  return Object.fromEntries(Object.keys(answerAll(option)).slice(0, count).map((id) => [id, option]));
}

/** A visitor strong in some areas and new to others, who did not know the AI questions. */
const MIXED_OPTIONS = ['on-my-own', 'with-help', 'can-help-others', 'cannot', 'with-help', 'on-my-own', 'cannot', 'can-help-others'];
const mixed: Answers = Object.fromEntries(
  areas.flatMap((area, i) =>
    area.questions.map((question) => [question.id, area.id === 'ai' ? 'dont-know' : MIXED_OPTIONS[i % MIXED_OPTIONS.length]!]),
  ),
);

/**
 * Every example of <dv-self-check>. Stories, browser tests and the docs snippets are made
 * from this list. Relative `src` URLs are served from stories/assets/.
 */
export const selfCheckExamples: SelfCheckExample[] = [
  {
    name: 'Intro',
    tag: 'dv-self-check',
    attributes: {},
    description: 'The DigIQ check as a visitor first sees it: what it is, how long it takes, that answers stay on this device, and a start button.',
    settles: 'ready',
    shows: 'Hoe digivaardig ben jij?',
  },
  {
    name: 'Question',
    tag: 'dv-self-check',
    attributes: {},
    answers: answerFirst(3),
    description: 'One statement per screen, as a group of radio buttons, with the progress and the area. (Three answers were given through the `answers` property, so the check goes on at statement 4.)',
    settles: 'ready',
    shows: 'Vraag 4 van 30',
  },
  {
    name: 'Help open',
    tag: 'dv-self-check',
    attributes: {},
    answers: answerFirst(3),
    // The visitor opens the statement's "Uitleg".
    steps: [{ click: '[part="help"] summary' }],
    description: 'The visitor opened "Uitleg bij deze vraag": a short explanation of a word they may not know.',
    settles: 'ready',
    shows: 'bladwijzer',
  },
  {
    name: 'Result: beginner',
    tag: 'dv-self-check',
    attributes: {},
    answers: answerAll('cannot'),
    description: 'The result of a visitor who answered "Dat kan ik niet" everywhere: an overview of every area, then three areas to learn most in, each with kind advice and one next step, then the other areas compact (name and level; the advice behind it).',
    settles: 'ready',
    shows: 'Niveau: Beginner',
  },
  {
    name: 'Result: basis',
    tag: 'dv-self-check',
    attributes: {},
    answers: answerAll('on-my-own'),
    description: 'The result when the visitor can do most things on their own.',
    settles: 'ready',
    shows: 'Niveau: Basis',
  },
  {
    name: 'Result: gevorderd',
    tag: 'dv-self-check',
    attributes: {},
    answers: answerAll('can-help-others'),
    description: 'The result when the visitor can do everything and help others: praise, no areas to learn in, every area compact.',
    settles: 'ready',
    shows: 'Goed gedaan!',
  },
  {
    name: 'Result: no level',
    tag: 'dv-self-check',
    attributes: { areas: 'safety,ai' },
    answers: answerAll('dont-know', ['safety', 'ai']),
    description: 'Only "Weet ik niet" in an area: the result says so instead of giving a level.',
    settles: 'ready',
    shows: 'Geen niveau',
  },
  {
    name: 'Result with course finder',
    tag: 'dv-self-check',
    attributes: { 'course-finder-url': 'https://www.example.org/cursussen' },
    answers: mixed,
    description: 'Mixed levels; the next step of each area to learn in is a course nearby: a link to the page with your course finder (`course-finder-url`), opened on the matching topic.',
    settles: 'ready',
    shows: 'Zoek een cursus in de buurt',
  },
  {
    name: 'Result: more help and another area open',
    tag: 'dv-self-check',
    attributes: { 'course-finder-url': 'https://www.example.org/cursussen' },
    answers: mixed,
    // The visitor opens "Meer hulp" of the first area to learn in, and the first other area.
    steps: [{ click: '[part="area"] .more summary' }, { click: '[part="other-area"] summary' }],
    description: '"Meer hulp" under the first area to learn in shows its other links (here: practising with Klik & Tik); another area opened shows what its level means, its advice and its links.',
    settles: 'ready',
    shows: 'Vind je niet meteen wat je zoekt?',
  },
  {
    name: 'Result on a phone',
    tag: 'dv-self-check',
    attributes: { 'course-finder-url': 'https://www.example.org/cursussen' },
    answers: mixed,
    description: 'The result on a 375 px phone: one box, no boxes inside it, so the advice keeps over 300 px of width.',
    settles: 'ready',
    shows: 'Hier kun je het meeste leren',
    width: 375,
  },
  {
    name: 'English result',
    tag: 'dv-self-check',
    attributes: { lang: 'en' },
    answers: mixed,
    description: 'The result in English (`lang="en"`).',
    settles: 'ready',
    shows: 'Where you can learn the most',
  },
  {
    name: 'Radar',
    tag: 'dv-self-check',
    attributes: { chart: 'radar' },
    answers: mixed,
    description: 'The result with a radar chart (`chart="radar"`) below the text and the bars; the chart is loaded only then.',
    settles: 'ready',
    shows: 'als een web',
  },
  {
    name: 'English',
    tag: 'dv-self-check',
    attributes: { lang: 'en' },
    answers: answerFirst(3),
    description: 'The check in English (`lang="en"`): statements, answers and help text too.',
    settles: 'ready',
    shows: 'Question 4 of 30',
  },
  {
    name: 'Persisted and restored',
    tag: 'dv-self-check',
    attributes: { persist: true },
    stored: { answers: answerFirst(5, 'with-help'), step: 5 },
    description: 'With `persist`, a visitor who comes back goes on where they were (here: five answers from an earlier visit), and can remove them with "Wis mijn antwoorden".',
    settles: 'ready',
    shows: 'Wis mijn antwoorden',
  },
  {
    name: 'Persisted result',
    tag: 'dv-self-check',
    attributes: { persist: true },
    stored: { answers: answerAll('with-help'), step: 30 },
    description: 'With `persist`, a visitor who finished the check earlier sees their result again right away, with "Wis mijn antwoorden" to remove it.',
    settles: 'ready',
    shows: 'Jouw uitslag',
  },
  {
    name: 'SLO framework',
    tag: 'dv-self-check',
    attributes: { framework: 'slo' },
    description: 'The second built-in set (`framework="slo"`): SLO’s four parts of digital literacy.',
    settles: 'ready',
    shows: 'vragen',
  },
  {
    name: 'Some areas',
    tag: 'dv-self-check',
    attributes: { areas: 'safety,ai' },
    description: 'Only some areas (`areas="safety,ai"`): a shorter check.',
    settles: 'ready',
    shows: 'Er zijn 7 vragen',
  },
  {
    name: 'Custom set from src',
    tag: 'dv-self-check',
    attributes: { src: 'assets/self-check-library-set.json' },
    description: 'A library’s own question set (`src`), in the format of docs/data-formats.md.',
    settles: 'ready',
    shows: 'Zo doe je mee in de bibliotheek',
  },
  {
    name: 'Invalid set',
    tag: 'dv-self-check',
    attributes: { src: 'assets/self-check-invalid-set.json' },
    description: 'A custom set with a mistake (a statement without text): the error says where, so the webmaster can fix it.',
    settles: 'error',
    shows: 'onderdeel 2, vraag 1',
  },
  {
    name: 'Loading',
    tag: 'dv-self-check',
    attributes: { src: 'assets/never-answers.json' },
    description: 'While a custom set is on its way (this example’s request never answers).',
    settles: 'loading',
    shows: 'Bezig met laden',
  },
  {
    name: 'Error',
    tag: 'dv-self-check',
    attributes: { src: 'assets/does-not-exist.json' },
    description: 'The custom set is not there (HTTP 404): the heading of the widget, a message in plain words, a button to try again, and the code (HTTP 404) folded away for the webmaster.',
    settles: 'error',
    shows: '404',
  },
  {
    name: 'Narrow 320 px',
    tag: 'dv-self-check',
    attributes: {},
    answers: answerFirst(12),
    description: 'A statement on a 320 px wide phone screen.',
    settles: 'ready',
    width: 320,
  },
  {
    name: 'Dark',
    tag: 'dv-self-check',
    attributes: { theme: 'dark' },
    answers: answerFirst(8),
    description: 'The dark theme (`theme="dark"`); `auto` follows the host page (its `color-scheme`, or a dark class or attribute on `<html>`).',
    settles: 'ready',
    shows: 'Vraag 9 van 30',
    darkPage: true,
  },
  {
    name: 'Language choice',
    tag: 'dv-self-check',
    attributes: { languages: 'nl en ar tr pl uk' },
    answers: answerFirst(3),
    description:
      'The visitor chooses the language inside the widget (`languages`): "Taal" with each language in its own name, at the top. Choosing switches the texts, the direction (Arabic: right to left) and the read-aloud voice at once; the answers and the statement on show stay. The choice wins over `lang`, for this widget only, and is not stored.',
    settles: 'ready',
    shows: 'Українська',
  },
];

/**
 * Gives an element what its example brings besides attributes: saved progress in
 * localStorage and the `answers` property. Call before the element is on the page.
 * Returns what undoes it: the stored progress is removed again (call when the example
 * is left, so the next example or story starts clean).
 */
export function prepareExample(element: HTMLElement, example: SelfCheckExample): () => void {
  const key = storageKey(digiq.framework);
  if (example.stored) {
    localStorage.setItem(key, encodeProgress({ framework: digiq.framework, setVersion: digiq.version, ...example.stored }));
  }
  if (example.answers) (element as HTMLElement & { answers: Answers }).answers = { ...example.answers };
  return () => {
    // With `persist` the visitor's clicks in the example store progress too.
    if (example.stored || example.attributes.persist) localStorage.removeItem(key);
  };
}
