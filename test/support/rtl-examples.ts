import type { WidgetExample } from '@digivaardig/core';
import type { ExampleSuiteOptions } from './examples.js';
import { describeExamplesIn, inLocale } from './locale-examples.js';

/*
 * Arabic, right to left: the shared suite of the newcomers' languages (locale-examples.ts)
 * with `ar`, which adds the right-to-left checks (dir="rtl", the heading starts on the right,
 * nothing sticks out on the left at 320 px).
 */

/** The example with `lang="ar"` on the widget and on every widget on its page. */
export function inArabic<E extends WidgetExample>(example: E): E {
  return inLocale(example, 'ar');
}

/** Every example of a widget in Arabic (see describeExamplesIn). */
export function describeExamplesInArabic<E extends WidgetExample>(title: string, examples: readonly E[], options: ExampleSuiteOptions<E> = {}): void {
  describeExamplesIn('ar', title, examples, options);
}
