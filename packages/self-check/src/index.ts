// `import '@digivaardig/self-check'` defines <dv-self-check>.
import { defineElement, registerCatalogs } from '@digivaardig/core';
import { DvSelfCheck } from './self-check/dv-self-check.js';

registerCatalogs({
  en: () => import('./generated/locales/en.js'),
  ar: () => import('./generated/locales/ar.js'),
  tr: () => import('./generated/locales/tr.js'),
  pl: () => import('./generated/locales/pl.js'),
  uk: () => import('./generated/locales/uk.js'),
});
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
