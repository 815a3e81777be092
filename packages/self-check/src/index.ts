// `import '@digivaardig/self-check'` defines <dv-self-check>.
import { defineElement, registerCatalogs } from '@digivaardig/core';
import { DvSelfCheck } from './self-check/dv-self-check.js';
import { catalogs } from './generated/locales/index.js';

registerCatalogs(catalogs);
defineElement('dv-self-check', DvSelfCheck);

export { DvSelfCheck, CHARTS } from './self-check/dv-self-check.js';
export type { SelfCheckCompleteDetail } from './events.js';
export { FRAMEWORKS, type Framework } from './self-check/question-set-source.js';
export { COURSE_FINDER_FRAGMENT, courseFinderHref } from './result/course-link.js';

declare global {
  interface HTMLElementTagNameMap {
    'dv-self-check': DvSelfCheck;
  }
}
