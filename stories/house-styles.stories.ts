/*
 * "Huisstijlen" (House styles): the widgets in each NL Design System house style we have a
 * bridge for (packages/themes/src/house-styles.ts, the one list). "Side by side" shows every
 * widget in every house style at once, one section each, with the line a webmaster adds;
 * it is on the docs page (house-styles.mdx). "Self-check and course finder" follows the
 * toolbar's house style like every story, and is what `pnpm screenshots` shoots per house
 * style.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@digivaardig/stat-card';
import '@digivaardig/self-check';
import '@digivaardig/ido-finder';
import '@digivaardig/course-finder';
import { HOUSE_STYLES, type HouseStyle } from '@digivaardig/themes';
import { bridgeSnippet, type HouseStyleParameters } from './support/house-styles.js';

const meta = {
  title: 'Huisstijlen',
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;

type Story = StoryObj;

const sideBySideStyles = html`<style>
  .dv-side-by-side {
    display: grid;
    gap: 3rem;
  }
  .dv-side-by-side section {
    display: grid;
    gap: 1rem;
    padding-block-start: 1rem;
    border-block-start: 1px solid #6b7280;
  }
  .dv-side-by-side h2 {
    margin: 0;
    font-size: 1.5rem;
  }
  .dv-side-by-side pre {
    margin: 0;
    padding: 0.75rem;
    overflow-x: auto;
    background: #f2f3f5;
    color: #1b1b1f;
    font-size: 0.8125rem;
    white-space: pre;
  }
  .dv-side-by-side .dv-widgets {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
    gap: 1.5rem;
    align-items: start;
  }
</style>`;

/** Every widget once, with its sample data (no `src`): what the house style changes. */
const allWidgets = () => html`<div class="dv-widgets">
  <dv-self-check></dv-self-check>
  <dv-course-finder page-size="3"></dv-course-finder>
  <dv-ido-finder map="none"></dv-ido-finder>
  <dv-stat-card stat="basic-digital-skills-nl" chart="bar"></dv-stat-card>
  <dv-stat-grid stats="digid-accounts,ido-library-branches"></dv-stat-grid>
</div>`;

const section = (style: HouseStyle | undefined) => html`<section
  class=${style?.className ?? nothing}
  data-house-style=${style?.id ?? 'none'}
  aria-labelledby="house-style-${style?.id ?? 'none'}"
>
  <h2 id="house-style-${style?.id ?? 'none'}">${style ? style.name : 'Zonder huisstijl (our own defaults)'}</h2>
  ${style
    ? html`<pre><code>${bridgeSnippet(style)}</code></pre>`
    : html`<p>Without a bridge, the widgets use their own colours (see docs/theming.md).</p>`}
  ${allWidgets()}
</section>`;

/** On the docs page only (house-styles.mdx): every house style at once, whatever the toolbar says. */
export const SideBySide: Story = {
  name: 'Side by side',
  tags: ['!dev'],
  parameters: { houseStyles: 'each' } satisfies HouseStyleParameters,
  // The docs page's content says lang="en" (Storybook's own); the widgets speak the page
  // language the toolbar gives, as they do in the stories.
  render: (_args, context) => html`${sideBySideStyles}
    <div class="dv-side-by-side" lang=${String(context.globals.pageLanguage ?? 'nl')}>
      ${section(undefined)}${HOUSE_STYLES.map((style) => section(style))}
    </div>`,
};

/** The self-check and the course finder next to each other, in the toolbar's house style and width. */
export const SelfCheckAndCourseFinder: Story = {
  name: 'Self-check and course finder',
  render: () => html`<div
    style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); gap: 1.5rem; align-items: start;"
  >
    <dv-self-check></dv-self-check>
    <dv-course-finder page-size="3"></dv-course-finder>
  </div>`,
};
