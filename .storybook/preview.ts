import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components';
import { LOCALES } from '@digivaardig/core';
import { customElementsManifest } from '../stories/support/manifest.js';
import { holdNeverAnsweringRequests } from '../stories/support/held-requests.js';
import { DARK_PAGE } from '../stories/support/example-stories.js';
import { houseStyleGlobalTypes, houseStyleInitialGlobals, withHouseStyleAndWidth } from '../stories/support/house-styles.js';

// Attributes, events, CSS parts and custom properties in the docs and controls come from
// the manifest (`pnpm run cem`, run by `pnpm start` and `pnpm build`).
setCustomElementsManifest(customElementsManifest);

// The "Loading" examples ask for assets/never-answers.json: hold that request open.
holdNeverAnsweringRequests();

/**
 * A widget without `lang` speaks the language of the page's `<html lang>`. Storybook's
 * preview page says "en"; the widgets are made for Dutch sites, so the stories show a
 * Dutch page unless the "Page language" toolbar says otherwise.
 */
const PAGE_LANGUAGE = 'nl';

/*
 * The story pages use a sans-serif stack like a library site's, not the browser's default
 * serif. Only the page gets it: the widgets keep inheriting the host's font, as they do on
 * a real site (their theme sets no font of its own).
 */
const pageFont = document.createElement('style');
pageFont.textContent = `body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif; }`;
document.head.append(pageFont);
document.documentElement.lang = PAGE_LANGUAGE;

/*
 * The language also goes on a wrapper around the story: on a docs page Storybook puts
 * each story inside its own `lang="en"` (the docs' language), and a widget follows the
 * nearest `lang` around it, as it would on a real page.
 */
const withPageLanguage: Decorator = (story, context) => {
  const language = typeof context.globals.pageLanguage === 'string' && context.globals.pageLanguage ? context.globals.pageLanguage : PAGE_LANGUAGE;
  document.documentElement.lang = language;
  return html`<div lang=${language} class="dv-page-language">${story() as unknown as TemplateResult}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  // The house style and width wrap the story; the page language is set around both.
  decorators: [withHouseStyleAndWidth, withPageLanguage],
  globalTypes: {
    pageLanguage: {
      description: 'The page’s <html lang>, which widgets without a lang attribute follow',
      toolbar: {
        title: 'Page language',
        icon: 'globe',
        items: LOCALES.map((locale) => ({ value: locale, title: `Page language: ${locale}` })),
        dynamicTitle: true,
      },
    },
    ...houseStyleGlobalTypes,
  },
  initialGlobals: {
    pageLanguage: PAGE_LANGUAGE,
    ...houseStyleInitialGlobals,
    backgrounds: { value: 'light' },
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#ffffff' },
        grey: { name: 'Light grey', value: '#f2f3f5' },
        dark: { name: 'Dark', value: DARK_PAGE },
      },
    },
    // axe-core runs on every story and shows violations in the Accessibility panel;
    // 'todo' reports them without failing anything (the browser tests hold the zero bar).
    a11y: { test: 'todo' },
    options: {
      storySort: {
        includeNames: true,
        order: ['Introduction', 'Widgets', ['Stat card', ['Docs', 'Embed', '*'], 'Stat grid', ['Docs', 'Embed', '*'], '*'], '*'],
      },
    },
  },
};

export default preview;
