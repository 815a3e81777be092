import { expect, fixture, html } from '@open-wc/testing';
import { css, type CSSResult } from 'lit';
import { adoptStyles } from './adopt.js';

/** A shadow root to adopt into, as a widget's render root. */
async function host(): Promise<{ renderRoot: ShadowRoot; paragraph: HTMLElement }> {
  const element = await fixture<HTMLDivElement>(html`<div></div>`);
  const renderRoot = element.attachShadow({ mode: 'open' });
  const paragraph = document.createElement('p');
  renderRoot.append(paragraph);
  return { renderRoot, paragraph };
}

describe('adoptStyles', () => {
  it('adopts a constructed sheet once', async () => {
    const target = await host();
    const styles = css`p { color: rgb(1, 2, 3); }`;
    adoptStyles(target, styles);
    adoptStyles(target, styles);
    if (!styles.styleSheet) return; // This engine has no constructed sheets: see the next test.
    expect(target.renderRoot.adoptedStyleSheets.filter((sheet) => sheet === styles.styleSheet)).to.have.length(1);
    expect(getComputedStyle(target.paragraph).color).to.equal('rgb(1, 2, 3)');
  });

  it('adds a <style> element once where a sheet cannot be adopted (Safari before 16.4)', async () => {
    const target = await host();
    // What Lit gives in such a browser: the CSS text and no constructed sheet.
    const styles = { cssText: 'p { color: rgb(4, 5, 6); }', styleSheet: undefined } as unknown as CSSResult;
    adoptStyles(target, styles);
    adoptStyles(target, styles);
    expect(target.renderRoot.querySelectorAll('style')).to.have.length(1);
    expect(getComputedStyle(target.paragraph).color).to.equal('rgb(4, 5, 6)');
  });
});
