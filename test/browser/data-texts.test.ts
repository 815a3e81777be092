import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@digivaardig/stat-card';
import '@digivaardig/self-check';
import digiq from '@digivaardig/data/data/questions-digiq.json';
import digiqTr from '@digivaardig/data/data/questions-digiq.tr.json';
import digiqPl from '@digivaardig/data/data/questions-digiq.pl.json';
import statistics from '@digivaardig/data/data/statistics.json';
import statisticsUk from '@digivaardig/data/data/statistics.uk.json';
import statisticsTr from '@digivaardig/data/data/statistics.tr.json';
import { settled } from '../support/examples.js';
import '../support/locale-guard.js';

/*
 * Texts in the data in every language (issue #13): the embedded data's Turkish, Polish,
 * Ukrainian and Arabic come from the side files beside it, fetched for a visitor in that
 * language; a webmaster's own data carries its languages itself; a text without the
 * visitor's language shows in English, else Dutch.
 */

const OWN = '/test/browser/data-texts/statistics-own.json';

const shadowText = (element: Element, selector: string) => element.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const firstQuestion = digiq.areas[0]!.questions[0]!.text as { nl: string; en: string };
const basicSkills = statistics.items.find((item) => item.id === 'basic-digital-skills-nl')!;

describe('texts in the data, in the visitor’s language', () => {
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  it('a self-check with lang="tr" asks the default question set in Turkish, and in Polish after a switch', async () => {
    const element = await fixture<HTMLElement>(html`<dv-self-check lang="tr"></dv-self-check>`);
    await settled(element, 'ready');
    const turkish = (digiqTr.texts as Record<string, string>)[firstQuestion.nl]!;
    expect(turkish).to.be.a('string').and.not.equal(firstQuestion.nl);
    expect(shadowText(element, '[part="heading"]')).to.equal((digiqTr.texts as Record<string, string>)[(digiq.title as { nl: string }).nl]);
    (element.shadowRoot!.querySelector('[part="start"]') as HTMLElement).click();
    await waitUntil(() => element.shadowRoot?.querySelector('[part="statement"]'), 'no statement', { timeout: 5000 });
    expect(shadowText(element, '[part="statement"]')).to.equal(turkish);

    // The visitor's language changes on the page: the set's texts follow, without starting again.
    element.setAttribute('lang', 'pl');
    const polish = (digiqPl.texts as Record<string, string>)[firstQuestion.nl]!;
    await waitUntil(() => shadowText(element, '[part="statement"]') === polish, `the statement stayed "${shadowText(element, '[part="statement"]')}"`, { timeout: 5000 });
    element.setAttribute('lang', 'en');
    await waitUntil(() => shadowText(element, '[part="statement"]') === firstQuestion.en, 'no English statement', { timeout: 5000 });
  });

  it('a stat card with lang="uk" has the embedded figure’s title in Ukrainian', async () => {
    const element = await fixture<HTMLElement>(html`<dv-stat-card stat="basic-digital-skills-nl" lang="uk"></dv-stat-card>`);
    await settled(element, 'ready');
    const ukrainian = (statisticsUk.texts as Record<string, string>)[basicSkills.label.nl]!;
    expect(ukrainian).to.match(/[\u0400-\u04ff]/);
    expect(shadowText(element, '[part="heading"]')).to.equal(ukrainian);
  });

  it('a Dutch stat grid switched to Turkish gets the Turkish titles on its cards', async () => {
    const element = await fixture<HTMLElement>(html`<dv-stat-grid stats="basic-digital-skills-nl" lang="nl"></dv-stat-grid>`);
    await settled(element, 'ready');
    const card = () => element.shadowRoot!.querySelector('dv-stat-card')!;
    expect(shadowText(card(), '[part="heading"]')).to.equal(basicSkills.label.nl);
    element.setAttribute('lang', 'tr');
    const turkish = (statisticsTr.texts as Record<string, string>)[basicSkills.label.nl]!;
    await waitUntil(() => shadowText(card(), '[part="heading"]') === turkish, `the card says "${shadowText(card(), '[part="heading"]')}"`, { timeout: 5000 });
  });

  it('a Dutch stat card fetches no side file', async () => {
    const before = performance.getEntriesByType('resource').filter((entry) => /statistics\.\w\w\.json/.test(entry.name)).length;
    const element = await fixture<HTMLElement>(html`<dv-stat-card stat="basic-digital-skills-nl" lang="nl"></dv-stat-card>`);
    await settled(element, 'ready');
    expect(shadowText(element, '[part="heading"]')).to.equal(basicSkills.label.nl);
    const after = performance.getEntriesByType('resource').filter((entry) => /statistics\.\w\w\.json/.test(entry.name)).length;
    expect(after).to.equal(before);
  });

  it('a webmaster’s own { "nl", "pl" } record shows Polish with lang="pl"', async () => {
    const element = await fixture<HTMLElement>(html`<dv-stat-card src=${OWN} stat="eigen-cursisten" lang="pl"></dv-stat-card>`);
    await settled(element, 'ready');
    expect(shadowText(element, '[part="heading"]')).to.equal('Osoby, które ukończyły Klik & Tik');
    expect(shadowText(element, '[part="description"]')).to.equal('W bibliotece w Przykładowie.');
  });

  it('the same record with lang="ar" falls back per text: English where it has it, else Dutch', async () => {
    const element = await fixture<HTMLElement>(html`<dv-stat-card src=${OWN} stat="eigen-cursisten" lang="ar"></dv-stat-card>`);
    await settled(element, 'ready');
    expect(shadowText(element, '[part="heading"]')).to.equal('Mensen die Klik & Tik volgden');
    expect(shadowText(element, '[part="description"]')).to.equal('At the library in Example Town.');
  });
});
