import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '@digivaardig/stat-card';
import '@digivaardig/self-check';
import '@digivaardig/ido-finder';
import '@digivaardig/course-finder';
import { checkPage } from '../../stories/support/check-page.js';
import '../support/locale-guard.js';

/*
 * The "Gegevens controleren" Storybook page's tool (stories/support/check-page.ts): a file
 * dropped or chosen becomes a blob: address for the chosen widget with `check`, revoked when
 * replaced; an address works as `src`; every control has a label (axe).
 */

const widgetIn = (page: HTMLElement) => page.querySelector('.preview')!.firstElementChild as HTMLElement;
const report = (page: HTMLElement) => widgetIn(page).shadowRoot?.querySelector('[part="check"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

async function fixtureFile(name: string, type: string): Promise<File> {
  const bytes = await (await fetch(`/test/fixtures/feeds/${name}`)).arrayBuffer();
  return new File([bytes], name, { type });
}

async function mountPage() {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const page = checkPage();
  wrapper.append(page);
  await waitUntil(() => report(page).includes('Controle van je gegevens'), 'no report for the first sample', { timeout: 8000 });
  return page;
}

describe('the check-your-data page', () => {
  it('starts with a sample in the stat grid with check, and says nothing is uploaded', async () => {
    const page = await mountPage();
    expect(widgetIn(page).localName).to.equal('dv-stat-grid');
    expect(widgetIn(page).hasAttribute('check')).to.equal(true);
    expect(page.textContent).to.include('Nothing is uploaded anywhere');
    await expect(page).to.be.accessible();
  });

  it('a dropped file becomes a blob: address for the widget; the older one is revoked when replaced', async () => {
    const page = await mountPage();
    const select = page.querySelector<HTMLSelectElement>('#dv-check-widget')!;
    select.value = 'dv-course-finder';
    select.dispatchEvent(new Event('change'));
    const revoked: string[] = [];
    const original = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => (revoked.push(url), original(url));
    try {
      const drop = (file: File) => {
        const data = new DataTransfer();
        data.items.add(file);
        page.querySelector('.drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      };
      drop(await fixtureFile('courses-messy.csv', 'text/csv'));
      const first = widgetIn(page).getAttribute('src')!;
      expect(first).to.match(/^blob:/);
      expect(widgetIn(page).localName).to.equal('dv-course-finder');
      await waitUntil(() => report(page).includes('van de 5 cursussen'), 'no report for the dropped file', { timeout: 8000 });
      expect(page.querySelector('[role="status"]')!.textContent).to.include('courses-messy.csv');

      // The keyboard way: the file input.
      const input = page.querySelector<HTMLInputElement>('#dv-check-file')!;
      const data = new DataTransfer();
      data.items.add(await fixtureFile('courses-excel-1252.csv', 'text/csv'));
      input.files = data.files;
      input.dispatchEvent(new Event('change'));
      expect(widgetIn(page).getAttribute('src')).to.match(/^blob:/).and.not.equal(first);
      expect(revoked).to.deep.equal([first]);
      await waitUntil(() => report(page).includes('Windows-1252'), 'no encoding note for the Excel file', { timeout: 8000 });
    } finally {
      URL.revokeObjectURL = original;
    }
  });

  it('takes an address, and the language of the report', async () => {
    const page = await mountPage();
    const lang = page.querySelector<HTMLSelectElement>('#dv-check-lang')!;
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    const form = page.querySelector('form')!;
    (form.elements.namedItem('address') as HTMLInputElement).value = new URL('/test/fixtures/feeds/statistics-google-sheets.csv', location.href).href;
    form.requestSubmit();
    expect(widgetIn(page).getAttribute('lang')).to.equal('en');
    await waitUntil(() => report(page).includes('3 of the 4 statistics are shown.'), 'no English report for the address', { timeout: 8000 });
  });
});
