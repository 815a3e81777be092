import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadPc4Table } from '@digivaardig/data/pc4';
import '../index.js';
import type { DvCourseFinder } from './dv-course-finder.js';
import { SAMPLE_REFERENCE_DATE } from '../examples.js';
import { settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';

/*
 * The place lookup when the visitor changes the postcode while it is still being looked
 * up: the latest postcode wins. This file has a page of its own, so in the first test the
 * postcode table is not loaded yet and the first lookup is surely still on its way (it
 * waits for the table) when the second change comes.
 */

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (finder: DvCourseFinder) => text(finder.shadowRoot!.querySelector('[role="status"]'));
const distances = (finder: DvCourseFinder) => [...finder.shadowRoot!.querySelectorAll('.distance')].map(text);
/** "(2,3 km van je af)" or "(710 m van je af)" in km. */
const km = (distance: string) => {
  const [, number = '', unit] = distance.match(/([\d.,]+)\s*(km|m)\b/) ?? [];
  return Number(number.replace(/\./g, '').replace(',', '.')) / (unit === 'm' ? 1000 : 1);
};
const placeNote = (finder: DvCourseFinder) => text(finder.shadowRoot!.querySelector('.search + p'));

async function mount(): Promise<DvCourseFinder> {
  const finder = await fixture<DvCourseFinder>(html`<dv-course-finder today=${SAMPLE_REFERENCE_DATE}></dv-course-finder>`);
  await settled(finder, 'ready');
  return finder;
}

/** Types a postcode into the field and leaves it, as a visitor does. */
async function typePostcode(finder: DvCourseFinder, value: string): Promise<void> {
  const field = finder.shadowRoot!.querySelector<HTMLInputElement>('#where')!;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await finder.updateComplete;
}

/** Every place note the finder shows from now on. */
function recordNotes(finder: DvCourseFinder): { notes: string[]; stop: () => void } {
  const notes: string[] = [];
  const observer = new MutationObserver(() => {
    const note = placeNote(finder);
    if (note && notes.at(-1) !== note) notes.push(note);
  });
  observer.observe(finder.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { notes, stop: () => observer.disconnect() };
}

describe('<dv-course-finder> postcode lookups: the latest wins', () => {
  it('a postcode cleared while it is being looked up brings no distances when its answer comes', async () => {
    const finder = await mount();
    const { notes, stop } = recordNotes(finder);
    await typePostcode(finder, '2311 EZ');
    await typePostcode(finder, '');
    // The first lookup's answer arrives once the table is there (this waits for the same table).
    await loadPc4Table();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await finder.updateComplete;
    stop();
    expect(notes).to.deep.equal([]);
    expect(distances(finder)).to.deep.equal([]);
    expect(status(finder)).to.equal('172 cursussen gevonden, eerstvolgende eerst.');
  });

  it('two quick postcodes: the list ends measured from the second, nearest first', async () => {
    const finder = await mount();
    const { notes, stop } = recordNotes(finder);
    await typePostcode(finder, '2311 EZ');
    await typePostcode(finder, '9711');
    await waitUntil(() => placeNote(finder).includes('9711'), placeNote(finder), { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    expect(placeNote(finder)).to.equal('Afstand gemeten vanaf 9711 Groningen.');
    expect(notes.at(-1)).to.equal('Afstand gemeten vanaf 9711 Groningen.');
    expect(status(finder)).to.equal('172 cursussen gevonden, dichtstbij eerst.');
    const measured = distances(finder).map(km);
    expect(measured.length).to.be.greaterThan(2);
    expect([...measured].sort((a, b) => a - b)).to.deep.equal(measured);
    // The nearest courses are in Groningen, not in Leiden.
    expect(text(finder.shadowRoot!.querySelector('.facts'))).to.contain('Groningen');
    expect(measured[0]).to.be.below(5);
  });

  it('in Arabic: the fields take typed Latin text in its own direction, and a place in a sentence is isolated', async () => {
    const finder = await fixture<DvCourseFinder>(html`<dv-course-finder lang="ar" today=${SAMPLE_REFERENCE_DATE}></dv-course-finder>`);
    await settled(finder, 'ready');
    for (const id of ['q', 'where']) expect(finder.shadowRoot!.querySelector(`#${id}`)!.getAttribute('dir'), id).to.equal('auto');
    await typePostcode(finder, '9711');
    await waitUntil(() => placeNote(finder).includes('9711'), placeNote(finder), { timeout: 4000 });
    expect(placeNote(finder)).to.contain('\u20689711 Groningen\u2069');
    await typePostcode(finder, 'Utreht');
    await waitUntil(() => finder.shadowRoot!.querySelector('#where-problem'), 'no problem shown', { timeout: 4000 });
    expect(text(finder.shadowRoot!.querySelector('#where-problem'))).to.contain('\u2068Utreht\u2069');
    expect(text(finder.shadowRoot!.querySelector('.suggestion'))).to.contain('\u2068Utrecht\u2069');
  });
});
