import { describe, expect, it } from 'vitest';
import { localizedText } from './text.js';

describe('localizedText', () => {
  it('returns one string for every language', () => {
    expect(localizedText('Bibliotheek', 'nl')).toBe('Bibliotheek');
    expect(localizedText('Bibliotheek', 'en')).toBe('Bibliotheek');
  });

  it('picks the visitor’s language', () => {
    const text = { nl: 'Bron', en: 'Source' };
    expect(localizedText(text, 'nl')).toBe('Bron');
    expect(localizedText(text, 'en')).toBe('Source');
  });

  it('falls back to Dutch when there is no English', () => {
    expect(localizedText({ nl: 'Alleen Nederlands' }, 'en')).toBe('Alleen Nederlands');
  });

  it('is empty for no text', () => {
    expect(localizedText(undefined, 'nl')).toBe('');
  });

  it('returns HTML as the same plain text (escaping is the renderer’s job)', () => {
    expect(localizedText('<b>vet</b>', 'nl')).toBe('<b>vet</b>');
  });
});
