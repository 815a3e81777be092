import type { WidgetExample } from '@digivaardig/core';
import digiq from '@digivaardig/data/data/questions-digiq.json';

/** The Monday the sample feed's dates are written for; with `today` set to it, dates never move. */
export const SAMPLE_REFERENCE_DATE = '2025-01-06';

const today = SAMPLE_REFERENCE_DATE;

/**
 * Every example of <dv-course-finder>. Stories, browser tests and the docs snippets are
 * made from this list. All but the first fix "now" with `today`, so their dates stay the
 * same; the first shows the sample as a visitor sees it today.
 * Relative `src` URLs are served from stories/assets/ (Storybook and the test server).
 */
export const courseFinderExamples: WidgetExample[] = [
  {
    name: 'Default',
    tag: 'dv-course-finder',
    attributes: {},
    description: 'The embedded sample courses (clearly marked as sample data), moved to the current week, soonest first.',
    settles: 'ready',
    shows: 'Voorbeeldgegevens',
  },
  {
    name: 'Search',
    tag: 'dv-course-finder',
    attributes: { query: 'digisterker', today },
    description: 'Prefilled search words (`query`): matched in titles, descriptions, programmes, topics and places, without caring about accents or capitals.',
    settles: 'ready',
    shows: 'Werken met de e-overheid',
  },
  {
    name: 'Filters on',
    tag: 'dv-course-finder',
    attributes: { topics: 'safety,ai', formats: 'group', free: true, today },
    description: 'Preselected filters: topics, kind of course and free only. The "Filters (4)" button says how many are on, and each shows as a chip under it that takes it off. Here the visitor opened the filters, so the ticked choices show; they can change them.',
    settles: 'ready',
    shows: 'Alleen gratis cursussen',
    steps: [{ click: 'summary' }],
  },
  {
    name: 'What people ask first',
    tag: 'dv-course-finder',
    attributes: { query: 'whatsapp', today },
    description: 'Searching "whatsapp", what many visitors type first: the sample data has courses on WhatsApp, DigiD, online banking, photos on the phone, safe online and AI. Courses with places come first; full ones ("vol") follow, with their next date.',
    settles: 'ready',
    shows: 'WhatsApp en videobellen',
  },
  {
    name: 'A topic near you',
    tag: 'dv-course-finder',
    attributes: { topics: 'e-government', postcode: '3511', 'max-distance': '25', today },
    description: 'As a self-check advice link leaves it: a place and a distance, and one topic, shown as a chip that takes it off ("Zaken regelen met de overheid, filter weghalen"). Each card has one main action (sign up, or call); the rest are plain links.',
    settles: 'ready',
    shows: 'Filters (1)',
  },
  {
    name: 'A topic the feed lacks',
    tag: 'dv-course-finder',
    attributes: { topics: 'health', postcode: '3511', 'max-distance': '25', today },
    description: 'As a self-check advice link leaves it when the feed has no course on its topic (here "health"; the self-check cannot know what the feed has): the topic is dropped, a calm note says so, and the visitor sees the courses near them, with their place and distance, not "Geen cursussen gevonden.".',
    settles: 'ready',
    shows: 'zijn er nu geen cursussen',
  },
  {
    name: 'From a CSV feed',
    tag: 'dv-course-finder',
    attributes: { src: 'assets/courses-sample.csv', today },
    description:
      'A library’s own list, saved from Excel as CSV (`;` separators, dates as 07-01-2025, no coordinates: placed by postcode).',
    settles: 'ready',
    shows: 'Bibliotheek Leiden Centrum',
  },
  {
    name: 'With postcode and distances',
    tag: 'dv-course-finder',
    attributes: { postcode: '2311 EZ', 'max-distance': '25', today },
    description: 'Courses within 25 km of a postcode, nearest first, each with its distance. Online courses always show.',
    settles: 'ready',
    shows: 'km van je af',
  },
  {
    name: 'Following a self-check',
    tag: 'dv-course-finder',
    attributes: { 'follow-self-check': true, today },
    companions: [{ tag: 'dv-self-check', attributes: {}, properties: { answers: strongExceptSafetyAndAi() } }],
    description:
      'A page with a `<dv-self-check>` (here finished: "goed" everywhere except safety and AI) and a finder with `follow-self-check`: when the check finishes, the finder selects the topics of its weakest areas (filters opened here to show them). A visitor at the top level everywhere gets no topics selected.',
    settles: 'ready',
    shows: 'Filters (2)',
    steps: [{ click: 'summary' }],
  },
  {
    name: 'Shareable link',
    tag: 'dv-course-finder',
    attributes: { 'sync-url': true, topics: 'e-government', today },
    description: 'Search and filters are kept in the page address (`#dv-course-finder?topics=e-government`), so the link can be shared.',
    settles: 'ready',
    shows: 'Filters (1)',
  },
  {
    name: 'No results',
    tag: 'dv-course-finder',
    attributes: { query: 'breien', postcode: '9999', 'max-distance': '5', today },
    description: 'Nothing fits: the widget says what to loosen, with a button for each.',
    settles: 'ready',
    shows: 'Probeer het zo',
  },
  {
    name: 'English',
    tag: 'dv-course-finder',
    attributes: { lang: 'en', today },
    description: 'The same widget in English (`lang="en"`); course texts given in both languages show in English.',
    settles: 'ready',
    shows: 'Sample data',
  },
  {
    name: 'Dark',
    tag: 'dv-course-finder',
    attributes: { theme: 'dark', 'page-size': '3', today },
    description: 'The dark theme (`theme="dark"`), three courses per page (`page-size`).',
    settles: 'ready',
    shows: 'Toon meer',
    darkPage: true,
  },
  {
    name: 'Narrow 320 px',
    tag: 'dv-course-finder',
    attributes: { 'page-size': '3', today },
    description: 'On a 320 px wide phone screen.',
    settles: 'ready',
    width: 320,
  },
  {
    name: 'Bad rows',
    tag: 'dv-course-finder',
    attributes: { src: 'assets/courses-bad-rows.json', today },
    description:
      'A feed with broken rows: a javascript: link is left out of its course and an unknown kind ("cooking") becomes the course\'s own tag, and both courses show; a course whose only date is 31 February, and one without a title, are left out. All of it is named in the console (and with `check`, above the list); HTML in the rows shows as plain text.',
    settles: 'ready',
    shows: '<img src=x onerror=alert(1)>',
  },
  {
    name: 'Loading',
    tag: 'dv-course-finder',
    attributes: { src: 'assets/never-answers.json' },
    description: 'While the courses are on their way (this example’s request never answers).',
    settles: 'loading',
    shows: 'Bezig met laden',
  },
  {
    name: 'Feed error',
    tag: 'dv-course-finder',
    attributes: { src: 'assets/does-not-exist.json' },
    description: 'The feed is not there (HTTP 404): a message and a button to try again.',
    settles: 'error',
    shows: '404',
  },
  {
    name: 'Empty',
    tag: 'dv-course-finder',
    attributes: { src: 'assets/courses-past.json', today },
    description: 'Every course in the feed is over: nothing to show, and the widget says so.',
    settles: 'empty',
    shows: 'geen cursussen gepland',
  },
  {
    name: 'Language choice',
    tag: 'dv-course-finder',
    attributes: { languages: 'nl en ar tr pl uk', today },
    description:
      'The visitor chooses the language inside the widget (`languages`): "Taal" with each language in its own name, at the top. Choosing switches the texts, dates and direction at once; search words and filters stay. The choice wins over `lang`, for this widget only, and is not stored.',
    settles: 'ready',
    shows: 'Українська',
  },
];

/** Self-check answers: "Dat kan ik goed" everywhere, "Dat kan ik niet" for safety and AI. */
function strongExceptSafetyAndAi(): Record<string, string> {
  return Object.fromEntries(
    digiq.areas.flatMap((area) =>
      area.questions.map((question) => [question.id, ['safety', 'ai'].includes(area.id) ? 'cannot' : 'can-help-others']),
    ),
  );
}

