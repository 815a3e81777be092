import { describe, expect, it } from 'vitest';
import { FORMAT_WORDS, LEVEL_WORDS, PROGRAMME_WORDS, type DataIssue, type PrepareContext } from '@digivaardig/core';
import { PROGRAMME_IDS } from '../labels.js';
import { FORMATS, LEVELS } from '../types.js';
import { defaultFormat, prepareCourse, readPrice } from './prepare-course.js';

/** A context that writes down what the preparer says, as the loader's report does. */
function recorder(row = 2) {
  const issues: (DataIssue & { kind: 'field' | 'remark' | 'record' })[] = [];
  const note = (kind: 'field' | 'remark' | 'record') => (field: string, reason: DataIssue['reason'], value?: unknown) =>
    issues.push({ kind, row, field, reason, ...(value === undefined ? {} : { value: typeof value === 'object' ? JSON.stringify(value) : String(value) }) });
  const context: PrepareContext = { row, dropField: note('field'), remark: note('remark'), leaveOut: note('record') };
  return { context, issues };
}

const base = () => ({ id: 'c1', title: 'Klik & Tik', sessions: ['25-12-2026 10:00-12:00'] });

describe('prepareCourse', () => {
  it('reads the issue #10 example: topic words, a phone number as contact, level "all"', () => {
    const { context, issues } = recorder();
    const course = prepareCourse({ ...base(), topics: ['computer', 'internet'], contact: '071 123 45 67', level: 'all' }, context);
    expect(course).toEqual({
      id: 'c1',
      title: 'Klik & Tik',
      topics: ['basic-skills'],
      format: 'group',
      contact: { phone: '071 123 45 67' },
      sessions: [{ start: '2026-12-25T10:00', end: '2026-12-25T12:00' }],
    });
    expect(issues).toEqual([]);
    expect(prepareCourse({ ...base(), topics: 'digid, overheid' }, recorder().context).topics).toEqual(['e-government']);
  });

  it('keeps unknown words as own tags, shown as written, and says so', () => {
    const { context, issues } = recorder(5);
    const course = prepareCourse(
      { ...base(), topics: 'computer; Stamboomonderzoek', level: 'voor opa en oma', format: 'Koffie-ochtend', programme: 'Computercafé', tags: 'Senioren' },
      context,
    );
    expect(course).toMatchObject({ topics: ['basic-skills'], programme: 'Computercafé', format: 'group' });
    expect(course.level).toBeUndefined();
    expect(course.tags).toEqual(['Senioren', 'Stamboomonderzoek', 'voor opa en oma', 'Koffie-ochtend']);
    expect(issues.map(({ kind, field, reason, value }) => [kind, field, reason, value])).toEqual([
      ['remark', 'topics', 'kept-as-tag', 'Stamboomonderzoek'],
      ['remark', 'level', 'kept-as-tag', 'voor opa en oma'],
      ['remark', 'programme', 'kept-as-tag', 'Computercafé'],
      ['remark', 'format', 'kept-as-tag', 'Koffie-ochtend'],
    ]);
  });

  it('reads level, programme and format words', () => {
    const course = prepareCourse({ ...base(), level: 'Gevorderden', programme: 'Klik en Tik', format: 'inloop' }, recorder().context);
    expect(course).toMatchObject({ level: 'advanced', programme: 'klik-en-tik', format: 'walk-in' });
    expect(prepareCourse({ ...base(), level: 'alle niveaus' }, recorder().context).level).toBeUndefined();
    expect(prepareCourse({ ...base(), format: '1-op-1' }, recorder().context).format).toBe('individual');
  });

  it('gives a missing format from the programme: walk-in hours walk in, everything else is a group', () => {
    expect(prepareCourse({ ...base(), programme: 'Digi-spreekuur' }, recorder().context).format).toBe('walk-in');
    expect(prepareCourse({ ...base(), programme: 'Tabletcafé' }, recorder().context).format).toBe('walk-in');
    expect(prepareCourse({ ...base(), programme: 'DigiSterker' }, recorder().context).format).toBe('group');
    expect(prepareCourse(base(), recorder().context).format).toBe('group');
    expect(defaultFormat(undefined)).toBe('group');
  });

  it('splits a contact cell and drops unsafe parts as fields', () => {
    const { context, issues } = recorder();
    const course = prepareCourse({ ...base(), contact: 'Aanmelden bij de balie of bel 071 1234567, www.bieb.nl/cursus' }, context);
    expect(course.contact).toEqual({ phone: '071 1234567', note: 'Aanmelden bij de balie' });
    expect(course.signupUrl).toBe('https://www.bieb.nl/cursus');
    expect(issues).toEqual([]);

    const unsafe = recorder();
    const bad = prepareCourse({ ...base(), contact: 'a@bieb.nl?bcc=b@evil.nl javascript:alert(1)' }, unsafe.context);
    expect(bad.contact).toBeUndefined();
    expect(unsafe.issues.map(({ field, reason }) => [field, reason])).toEqual([
      ['contact', 'unsafe-link'],
      ['contact.email', 'unsafe-email'],
    ]);
  });

  it('drops an unsafe e-mail address or link from a JSON contact and signupUrl', () => {
    const { context, issues } = recorder();
    const course = prepareCourse(
      { ...base(), contact: { name: 'Anna', email: 'a@b.nl?subject=x&cc=c@d.nl' }, signupUrl: 'javascript:alert(1)' },
      context,
    );
    expect(course.contact).toEqual({ name: 'Anna' });
    expect(course.signupUrl).toBeUndefined();
    expect(issues.map(({ kind, field, reason }) => [kind, field, reason])).toEqual([
      ['field', 'contact.email', 'unsafe-email'],
      ['field', 'signupUrl', 'unsafe-link'],
    ]);
    expect(prepareCourse({ ...base(), signupUrl: 'www.bieb.nl' }, recorder().context).signupUrl).toBe('https://www.bieb.nl');
  });

  it('reads sessions in all Dutch forms, sorted, and drops the unreadable ones as fields', () => {
    const { context, issues } = recorder(3);
    const course = prepareCourse(
      {
        ...base(),
        sessions: [
          'di 5 januari 2027 10:00 tot 12:00',
          '25-12-2026 10.00 - 12.00 uur',
          '31-02-2027 10:00-12:00',
          { start: '2026-12-28T14:00', end: '2026-12-28T13:00' },
        ],
      },
      context,
    );
    expect(course.sessions).toEqual([
      { start: '2026-12-25T10:00', end: '2026-12-25T12:00' },
      { start: '2027-01-05T10:00', end: '2027-01-05T12:00' },
    ]);
    expect(issues.map(({ kind, field, reason }) => [kind, field, reason])).toEqual([
      ['field', 'sessions.2', 'not-a-date'],
      ['field', 'sessions.3', 'not-a-time'],
    ]);
  });

  it('leaves out a course without one readable session, or without a title', () => {
    const none = recorder();
    prepareCourse({ ...base(), sessions: ['binnenkort'] }, none.context);
    expect(none.issues.map(({ kind, field, reason }) => [kind, field, reason])).toEqual([
      ['field', 'sessions.0', 'not-a-date'],
      ['record', 'sessions', 'not-a-date'],
    ]);
    const missing = recorder();
    prepareCourse({ id: 'x', title: 'Zonder data' }, missing.context);
    expect(missing.issues.map(({ kind, field, reason }) => [kind, field, reason])).toEqual([['record', 'sessions', 'missing']]);
    const untitled = recorder();
    prepareCourse({ id: 'x', sessions: ['25-12-2026 10:00-12:00'] }, untitled.context);
    expect(untitled.issues.map(({ kind, field, reason }) => [kind, field, reason])).toEqual([['record', 'title', 'missing']]);
  });

  it('reads prices, and drops one that is not a price', () => {
    expect(prepareCourse({ ...base(), price: '€ 2,50' }, recorder().context).price).toBe(2.5);
    const { context, issues } = recorder();
    expect(prepareCourse({ ...base(), price: 'twee tientjes' }, context).price).toBeUndefined();
    expect(issues.map(({ field, reason }) => [field, reason])).toEqual([['price', 'not-a-number']]);
  });

  it('reads coordinates with a decimal comma; one outside the Netherlands drops the point, not the course', () => {
    const place = prepareCourse({ ...base(), location: { name: 'Bieb', lat: '52,16', lon: '4,497' } }, recorder().context);
    expect(place.location).toEqual({ name: 'Bieb', lat: 52.16, lon: 4.497 });
    const { context, issues } = recorder();
    const far = prepareCourse({ ...base(), location: { name: 'Bieb', postcode: '2311', lat: 40, lon: 4.4 } }, context);
    expect(far.location).toEqual({ name: 'Bieb', postcode: '2311' });
    expect(issues.map(({ field, reason }) => [field, reason])).toEqual([['location.lat', 'out-of-range']]);
    expect(prepareCourse({ ...base(), location: { city: 'Leiden', postcode: '2311' } }, recorder().context).location).toEqual({
      name: 'Leiden',
      city: 'Leiden',
      postcode: '2311',
    });
  });
});

describe('the word lists and the finder', () => {
  it('know the same programmes, formats and levels', () => {
    expect(Object.keys(PROGRAMME_WORDS).sort()).toEqual([...PROGRAMME_IDS].sort());
    expect(Object.keys(FORMAT_WORDS).sort()).toEqual([...FORMATS].sort());
    expect(Object.keys(LEVEL_WORDS).sort()).toEqual([...LEVELS, 'all'].sort());
  });
});

describe('readPrice', () => {
  it.each([
    ['€ 2,50', 2.5],
    ['€2,50', 2.5],
    ['2,50 euro', 2.5],
    ['2.50', 2.5],
    ['€ 5,-', 5],
    ['EUR 12', 12],
    ['gratis', 0],
    ['Gratis', 0],
    ['free', 0],
    [7, 7],
  ])('reads %j as %d', (text, price) => {
    expect(readPrice(text)).toBe(price);
  });

  it.each(['twee euro', '', 'op aanvraag'])('refuses %j', (text) => {
    expect(readPrice(text)).toBeUndefined();
  });
});

describe('prepareCourse on anything', () => {
  it('never throws, and leaves every field it keeps in a form the schema can check', async () => {
    const fc = (await import('fast-check')).default;
    const cell = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.oneof(fc.string(), fc.integer())), fc.dictionary(fc.string(), fc.string()));
    fc.assert(
      fc.property(
        fc.record({ title: cell, topics: cell, level: cell, programme: cell, format: cell, contact: cell, signupUrl: cell, price: cell, location: cell, sessions: cell, tags: cell }, { requiredKeys: [] }),
        (record) => {
          const { context, issues } = recorder();
          const course = prepareCourse({ ...record }, context);
          if (issues.some(({ kind }) => kind === 'record')) return;
          if (course.tags !== undefined) expect(Array.isArray(course.tags) && course.tags.every((tag) => typeof tag === 'string')).toBe(true);
          if (course.signupUrl !== undefined) expect(String(course.signupUrl)).toMatch(/^https?:\/\//i);
        },
      ),
      { numRuns: 500 },
    );
  });
});
