import { describe, expect, it } from 'vitest';
import { CDN_SCRIPT, exampleMarkup } from './examples.js';

describe('exampleMarkup', () => {
  it('writes the tag with its attributes in order', () => {
    expect(exampleMarkup({ tag: 'dv-stat-card', attributes: { stat: 'digid-accounts', chart: 'line' } })).toBe(
      '<dv-stat-card stat="digid-accounts" chart="line"></dv-stat-card>',
    );
  });

  it('writes boolean attributes without a value and leaves empty ones out', () => {
    expect(exampleMarkup({ tag: 'dv-self-check', attributes: { persist: true, areas: '' } })).toBe(
      '<dv-self-check persist></dv-self-check>',
    );
  });

  it('writes a tag without attributes', () => {
    expect(exampleMarkup({ tag: 'dv-stat-card', attributes: {} })).toBe('<dv-stat-card></dv-stat-card>');
  });

  it('puts JSON in single quotes and escapes ampersands and "<", so the paste parses back', () => {
    const attributes = { series: '[{"label":"2012","value":9.8}]', label: 'Klik & Tik <nieuw>' };
    const markup = exampleMarkup({ tag: 'dv-stat-card', attributes });
    expect(markup).toBe(
      `<dv-stat-card series='[{"label":"2012","value":9.8}]' label="Klik &amp; Tik &lt;nieuw>"></dv-stat-card>`,
    );
  });

  it('falls back to &quot; when a value holds both kinds of quote', () => {
    const markup = exampleMarkup({ tag: 'dv-stat-card', attributes: { label: `Het "beste" cijfer van 't jaar` } });
    expect(markup).toBe(`<dv-stat-card label="Het &quot;beste&quot; cijfer van 't jaar"></dv-stat-card>`);
  });
});

describe('CDN_SCRIPT', () => {
  it('is a module script from the CDN, pinned to one version', () => {
    expect(CDN_SCRIPT).toBe(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/@digivaardig/widgets@0.1.0/dist/digivaardig.js"></script>',
    );
  });
});
