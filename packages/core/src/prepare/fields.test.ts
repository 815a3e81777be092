import { describe, expect, it } from 'vitest';
import type { DataIssueReason, PrepareContext } from '../data/report.js';
import { prepareLink, preparePoint } from './fields.js';

function recorder() {
  const dropped: [string, DataIssueReason][] = [];
  const context: PrepareContext = { row: 2, dropField: (field, reason) => void dropped.push([field, reason]), remark: () => {}, leaveOut: () => {} };
  return { context, dropped };
}
const NL = { lat: [50.5, 54], lon: [3, 7.5] } as const;

describe('preparePoint', () => {
  it('reads decimal points and commas, as numbers or text', () => {
    const target: Record<string, unknown> = { lat: '52,16', lon: 4.49 };
    preparePoint(target, recorder().context, NL);
    expect(target).toEqual({ lat: 52.16, lon: 4.49 });
  });

  it('leaves out a coordinate outside the bounds, and then the whole point', () => {
    const { context, dropped } = recorder();
    const target: Record<string, unknown> = { name: 'x', lat: 40, lon: '4,49' };
    preparePoint(target, context, NL, 'location.');
    expect(target).toEqual({ name: 'x' });
    expect(dropped).toEqual([['location.lat', 'out-of-range']]);
  });

  it('keeps no half point', () => {
    const target: Record<string, unknown> = { lat: 52 };
    preparePoint(target, recorder().context, NL);
    expect(target).toEqual({});
  });
});

describe('prepareLink', () => {
  it.each([
    ['https://bieb.nl/a?b=1', 'https://bieb.nl/a?b=1'],
    ['  http://bieb.nl ', 'http://bieb.nl'],
    ['www.bieb.nl/cursus', 'https://www.bieb.nl/cursus'],
  ])('keeps %j as %j', (value, url) => {
    const target: Record<string, unknown> = { url: value };
    prepareLink(target, 'url', recorder().context);
    expect(target.url).toBe(url);
  });

  it.each([
    ['javascript:alert(1)', 'unsafe-link'],
    ['JavaScript:alert(1)//https://x', 'unsafe-link'],
    ['data:text/html,<b>', 'unsafe-link'],
    ['ftp://bieb.nl', 'unsafe-link'],
    ['bieb.nl', 'wrong-form'],
    ['https://bieb.nl/met spatie', 'wrong-form'],
  ])('leaves out %j as %s', (value, reason) => {
    const { context, dropped } = recorder();
    const target: Record<string, unknown> = { signupUrl: value };
    prepareLink(target, 'signupUrl', context);
    expect(target).toEqual({});
    expect(dropped).toEqual([['signupUrl', reason]]);
  });
});
