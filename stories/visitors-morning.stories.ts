/*
 * "A visitor's morning": the three widgets a library page holds, on one page and linked as
 * in real use. The self-check's advice links to this page's course finder (it holds one, so
 * no `course-finder-url` is needed); the course finder keeps its search in the address
 * (`sync-url`), so that link lands on a search; the IDO finder helps with the government
 * matters the courses point to. All three show their sample data.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digivaardig/self-check';
import '@digivaardig/course-finder';
import '@digivaardig/ido-finder';

const meta = {
  title: 'Walkthroughs/A visitor’s morning',
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        story:
          'A visitor does the self-check, follows its advice to a course nearby, and then looks up the nearest Informatiepunt Digitale Overheid: three widgets on one page, linked as on a library site.',
      },
    },
  },
} satisfies Meta;
export default meta;

export const AVisitorsMorning: StoryObj = {
  name: 'A visitor’s morning',
  render: () => html`<main style="display: grid; gap: 3em; max-width: 60em;">
    <section aria-labelledby="morning-1">
      <h1 id="morning-1">1. Hoe digivaardig ben jij?</h1>
      <dv-self-check></dv-self-check>
    </section>
    <section aria-labelledby="morning-2">
      <h1 id="morning-2">2. Een cursus bij jou in de buurt</h1>
      <dv-course-finder sync-url></dv-course-finder>
    </section>
    <section aria-labelledby="morning-3">
      <h1 id="morning-3">3. Hulp bij de overheid: het Informatiepunt</h1>
      <dv-ido-finder map="none"></dv-ido-finder>
    </section>
  </main>`,
};
