import { describe, expect, it } from 'vitest';
import { mailHref, parseContactCell, telHref } from './contact.js';

describe('parseContactCell', () => {
  it.each(['071 123 45 67', '+31 71 1234567', '(071) 123 45 67', '06-12345678', '071-1234567', '0800-0232'])('reads the phone number %s', (text) => {
    expect(parseContactCell(text)).toEqual({ phone: text, unsafe: [] });
  });

  it('reads an e-mail address, a link and a sentence', () => {
    expect(parseContactCell('info@bieb.nl')).toEqual({ email: 'info@bieb.nl', unsafe: [] });
    expect(parseContactCell('mailto:info@bieb.nl')).toEqual({ email: 'info@bieb.nl', unsafe: [] });
    expect(parseContactCell('https://bieb.nl/aanmelden')).toEqual({ url: 'https://bieb.nl/aanmelden', unsafe: [] });
    expect(parseContactCell('www.bieb.nl/aanmelden.')).toEqual({ url: 'https://www.bieb.nl/aanmelden', unsafe: [] });
    expect(parseContactCell('Aanmelden bij de balie')).toEqual({ note: 'Aanmelden bij de balie', unsafe: [] });
  });

  it('splits several in one cell and drops the joining words', () => {
    expect(parseContactCell('071 1234567 of info@bieb.nl')).toEqual({ phone: '071 1234567', email: 'info@bieb.nl', unsafe: [] });
    expect(parseContactCell('Bel 071 123 45 67 of mail naar info@bieb.nl.')).toEqual({ phone: '071 123 45 67', email: 'info@bieb.nl', unsafe: [] });
    expect(parseContactCell('Aanmelden bij de balie of bel (071) 123 45 67')).toEqual({
      phone: '(071) 123 45 67',
      note: 'Aanmelden bij de balie',
      unsafe: [],
    });
    expect(parseContactCell('Tel.: 071.123.45.67')).toEqual({ phone: '071 123 45 67', unsafe: [] });
  });

  it('does not take a date or a short number for a phone number', () => {
    expect(parseContactCell('Start op 25-12-2026, 10 plaatsen')).toEqual({ note: 'Start op 25-12-2026, 10 plaatsen', unsafe: [] });
    expect(parseContactCell('Aanmelden voor 05-01-2027')).toEqual({ note: 'Aanmelden voor 05-01-2027', unsafe: [] });
  });

  it('sets unsafe addresses and links apart, and leaves them out of the note', () => {
    expect(parseContactCell('a@bieb.nl?bcc=x@evil.nl&subject=hi')).toEqual({ unsafe: [{ field: 'email', value: 'a@bieb.nl?bcc=x@evil.nl&subject=hi' }] });
    expect(parseContactCell('javascript:alert(1)')).toEqual({ unsafe: [{ field: 'url', value: 'javascript:alert(1)' }] });
    expect(parseContactCell('Klik javascript:alert(1) of bel 071 1234567')).toEqual({
      phone: '071 1234567',
      note: 'Klik',
      unsafe: [{ field: 'url', value: 'javascript:alert(1)' }],
    });
    expect(parseContactCell('data:text/html,<script>')).toMatchObject({ unsafe: [{ field: 'url' }] });
  });
});

describe('link targets', () => {
  it('makes tel: links of digits only and mailto: links of plain addresses only', () => {
    expect(telHref('+31 (0)71 123 45 67')).toBe('tel:+31711234567');
    expect(mailHref('info@bieb.nl')).toBe('mailto:info@bieb.nl');
    expect(mailHref('a@b.nl?subject=x')).toBeUndefined();
    expect(mailHref('a@b.nl&cc=c@d.nl')).toBeUndefined();
    expect(mailHref('<a>@b.nl')).toBeUndefined();
  });
});
