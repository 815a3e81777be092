import { expect, fixture, html } from '@open-wc/testing';
import { smallTargets } from '../support/targets.js';

/*
 * The shared target-size check (test/support/targets.ts) that every widget's example tests
 * use: it finds what is too small, through shadow roots, and leaves alone what WCAG 2.5.8
 * exempts (a link in a sentence) and what is not on show (a closed disclosure).
 */

/** A host with the given markup in its shadow root, the way a widget holds its view. */
async function widget(markup: string): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.attachShadow({ mode: 'open' }).innerHTML = markup;
  return host;
}

describe('smallTargets (WCAG 2.2, 2.5.8)', () => {
  it('names controls under 24 × 24 px, through shadow roots', async () => {
    const host = await widget(`
      <button style="width: 20px; height: 30px; padding: 0">a</button>
      <button style="width: 30px; height: 24px; padding: 0">b</button>
      <p><a href="#x">Alone on its line</a></p>
      <div id="inner"></div>`);
    host.shadowRoot!.querySelector('#inner')!.attachShadow({ mode: 'open' }).innerHTML = '<select style="height: 18px"><option>c</option></select>';
    const found = smallTargets(host);
    expect(found).to.have.length(3);
    expect(found[0]).to.match(/^<button> "a" 20×30: smaller than 24 × 24 px$/);
    expect(found[1]).to.match(/^<a> "Alone on its line" .*smaller/);
    expect(found[2]).to.match(/^<select> .*×18: smaller/);
  });

  it('lets a link in a sentence be as small as its line (the inline exception)', async () => {
    const host = await widget(`<p style="line-height: 1">Lees <a href="#x">de uitleg</a> eerst.</p>`);
    expect(smallTargets(host)).to.deep.equal([]);
  });

  it('wants checkbox and radio marks of 24 px in a theme colour, and labels around them of 24 px', async () => {
    const host = await widget(`
      <label style="display: block; line-height: 1; font-size: 12px"><input type="checkbox" style="margin: 0"> small</label>
      <label style="display: flex; min-height: 44px"><input type="radio" style="width: 24px; height: 24px; margin: 0; accent-color: #1f4e99"> large</label>`);
    const found = smallTargets(host);
    expect(found.some((problem) => /^<label> "small" .*smaller/.test(problem)), found.join('\n')).to.equal(true);
    expect(found.some((problem) => /^<input\[type=checkbox\]> .*smaller/.test(problem)), found.join('\n')).to.equal(true);
    expect(found.some((problem) => /^<input\[type=checkbox\]> .*accent-color/.test(problem)), found.join('\n')).to.equal(true);
    expect(found.filter((problem) => problem.includes('large') || problem.includes('radio'))).to.deep.equal([]);
  });

  it('measures a closed disclosure by its summary only, and skips what is hidden', async () => {
    const host = await widget(`
      <details><summary style="min-height: 30px">More</summary><button style="height: 10px">tiny</button></details>
      <button hidden style="height: 10px">hidden</button>
      <button style="visibility: hidden; height: 10px">invisible</button>`);
    expect(smallTargets(host)).to.deep.equal([]);
    host.shadowRoot!.querySelector('details')!.open = true;
    expect(smallTargets(host)).to.have.length(1);
  });
});
