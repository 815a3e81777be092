import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html as litHtml } from 'lit';
import { DvElement, pageScheme } from '../index.js';
import { defineElement } from '../define.js';
import '../../../../test/support/locale-guard.js';

/** The smallest widget: ready at once, with one paragraph. */
class ThemeWidget extends DvElement<string[]> {
  protected load(): Promise<string[]> {
    return Promise.resolve(['x']);
  }
  protected countOf(items: string[]): number {
    return items.length;
  }
  protected renderReady(): unknown {
    return litHtml`<p>x</p>`;
  }
}
defineElement('dv-theme-widget', ThemeWidget);

const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
const DARK_BACKGROUND = 'rgb(18, 20, 23)';
const background = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
const root = document.documentElement;

async function mount(theme = ''): Promise<ThemeWidget> {
  const el = await fixture<ThemeWidget>(theme ? html`<dv-theme-widget theme=${theme}></dv-theme-widget>` : html`<dv-theme-widget></dv-theme-widget>`);
  await el.updateComplete;
  return el;
}

/** Waits until the widget shows `expected` (the page's change arrives through an observer). */
async function expectBackground(el: Element, expected: string, what: string): Promise<void> {
  await waitUntil(() => background(el) === expected, `${what}: ${background(el)}`, { timeout: 2000 }).catch(() => undefined);
  expect(background(el), what).to.equal(expected);
}

describe('theme="auto" follows the host page, not the visitor’s system', () => {
  // The visitor's system is dark throughout: only the page may turn a widget dark.
  beforeEach(() => emulateMedia({ colorScheme: 'dark' }));
  afterEach(async () => {
    root.classList.remove('dark');
    for (const name of ['data-theme', 'data-bs-theme', 'data-color-scheme', 'style']) root.removeAttribute(name);
    document.body.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  it('stays light on a light page in a dark system', async () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const el = await mount();
    expect(background(el)).to.equal(LIGHT_BACKGROUND);
    expect(getComputedStyle(el).colorScheme).to.equal('light');
  });

  it('turns dark with the page’s color-scheme: dark, on <html> or <body>', async () => {
    root.style.colorScheme = 'dark';
    const el = await mount();
    expect(background(el)).to.equal(DARK_BACKGROUND);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    root.style.colorScheme = '';
    await expectBackground(el, LIGHT_BACKGROUND, 'back to light');
    document.body.style.colorScheme = 'dark';
    await expectBackground(el, DARK_BACKGROUND, 'color-scheme on <body>');
  });

  for (const [name, value] of [['class', 'dark'], ['data-theme', 'dark'], ['data-bs-theme', 'dark'], ['data-color-scheme', 'dark']] as const) {
    it(`turns dark with ${name}="${value}" on <html>, and light again when it goes`, async () => {
      const el = await mount();
      expect(background(el)).to.equal(LIGHT_BACKGROUND);
      root.setAttribute(name, value);
      await expectBackground(el, DARK_BACKGROUND, `${name}="${value}" set at runtime`);
      root.removeAttribute(name);
      await expectBackground(el, LIGHT_BACKGROUND, `${name} removed`);
    });
  }

  it('lets a light sign on <html> win over a dark color-scheme', async () => {
    root.style.colorScheme = 'dark';
    root.setAttribute('data-bs-theme', 'light');
    expect(pageScheme()).to.equal('light');
    const el = await mount();
    expect(background(el)).to.equal(LIGHT_BACKGROUND);
  });

  it('follows the system on a page that offers both (color-scheme: light dark)', async () => {
    root.style.colorScheme = 'light dark';
    const el = await mount();
    expect(background(el)).to.equal(DARK_BACKGROUND);
    await emulateMedia({ colorScheme: 'light' });
    await expectBackground(el, LIGHT_BACKGROUND, 'the system turned light');
  });

  it('keeps theme="light" and theme="dark" whatever the page says', async () => {
    root.classList.add('dark');
    const light = await mount('light');
    expect(background(light)).to.equal(LIGHT_BACKGROUND);
    root.classList.remove('dark');
    const dark = await mount('dark');
    expect(background(dark)).to.equal(DARK_BACKGROUND);
  });

  it('follows the page in every widget on it, and again after a widget was moved', async () => {
    const first = await mount();
    const second = await mount();
    const parent = second.parentElement!;
    second.remove();
    parent.append(second);
    root.classList.add('dark');
    await expectBackground(first, DARK_BACKGROUND, 'first widget');
    await expectBackground(second, DARK_BACKGROUND, 'moved widget');
  });
});
