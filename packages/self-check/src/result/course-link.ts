/**
 * The deep link from an area's advice to a `<dv-course-finder>`:
 * `<page>#dv-course-finder?topics=<topic>`, where `<page>` is empty for this page.
 * The course finder reads this fragment (on load and on `hashchange`) and opens on the
 * courses for that topic. Topic ids are the shared list in @digivaardig/core (`TOPICS`).
 */
export const COURSE_FINDER_FRAGMENT = 'dv-course-finder';

export function courseFinderHref(topic: string, page = ''): string {
  const base = page.split('#')[0] ?? '';
  return `${base}#${COURSE_FINDER_FRAGMENT}?topics=${encodeURIComponent(topic)}`;
}
