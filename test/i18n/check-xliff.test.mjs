// node --test test/i18n/: the pure parts of scripts/check-xliff.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparePlaceholders, dutchTexts, units, wellFormed } from '../../scripts/check-xliff.mjs';

const x = (id, equiv) => `<x id="${id}" equiv-text="${equiv}"/>`;

test('wellFormed accepts a catalogue with a comment, entities and placeholders', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- awaits review -->\n<xliff><file target-language="tr"><body>
<trans-unit id="a"><source>? of &amp; ${x(0, "${field || '?'}")}</source><target state="needs-review-translation">? veya &amp; ${x(0, "${field || '?'}")}</target></trans-unit>
</body></file></xliff>`;
  assert.equal(wellFormed(xml), null);
});

test('wellFormed names a bare &, a bare <, a wrong closing tag, an unclosed tag and -- in a comment', () => {
  assert.match(wellFormed('<a>? of & erin</a>'), /"&"/);
  assert.match(wellFormed('<a>1 < 2</a>'), /"<"/);
  assert.match(wellFormed('<a><b></a>'), /<\/a> closes <b>/);
  assert.match(wellFormed('<a><b/>'), /<a> is never closed/);
  assert.match(wellFormed('<!-- a -- b --><a/>'), /"--"/);
});

test('units reads id, source, target and state', () => {
  const found = units(`<trans-unit id="s1">\n  <source>Zoeken</source>\n  <target state="needs-review-translation">Ara</target>\n</trans-unit>
<trans-unit id="s2"><source>Bel</source></trans-unit>`);
  assert.deepEqual(found.get('s1'), { source: 'Zoeken', target: 'Ara', state: 'needs-review-translation' });
  assert.equal(found.get('s2').target, undefined);
});

test('comparePlaceholders: moved placeholders are fine; missing, doubled, extra ones and markup are errors', () => {
  const source = `${x(0, '${kept}')} van de ${x(1, '${total}')} worden getoond.`;
  assert.deepEqual(comparePlaceholders(source, `Pokazano ${x(0, '${kept}')} z ${x(1, '${total}')}.`), { errors: [], warnings: [] });
  assert.deepEqual(comparePlaceholders(source, `${x(1, '${total}')} içinden ${x(0, '${kept}')} tanesi`).errors, []);
  assert.match(comparePlaceholders(source, `Pokazano ${x(0, '${kept}')}.`).errors[0], /id="1".*missing/);
  assert.match(comparePlaceholders(source, `${x(0, '${kept}')} ${x(0, '${kept}')} ${x(1, '${total}')}`).errors[0], /2 times/);
  assert.match(comparePlaceholders('Zoeken', `Ara ${x(0, '${a}')}`).errors[0], /not in the source/);
  assert.match(comparePlaceholders('Zoeken', 'Ara <b>nu</b>').errors[0], /markup/);
  assert.match(comparePlaceholders(`Bel ${x(0, '${a}')}`, `Ara ${x(0, '${b}')}`).warnings[0], /says \$\{b\}/);
});

test('dutchTexts finds the nl of every {nl, en} record, however deep, and nothing else', () => {
  const data = { title: { nl: 'Titel', en: 'Title' }, id: 'x', areas: [{ questions: [{ text: { nl: 'Vraag' }, value: 2 }] }], source: { name: 'CBS', nl: 'n' } };
  assert.deepEqual([...dutchTexts(data)].sort(), ['Titel', 'Vraag', 'n']);
});

test('extraCategoryBase: a category Dutch lacks belongs to its other form; unknown ids do not', async () => {
  const { extraCategoryBase } = await import('../../scripts/check-xliff.mjs');
  const english = new Map([['ido.count.one', {}], ['ido.count.other', {}]]);
  assert.equal(extraCategoryBase('ido.count.few', english), 'ido.count.other');
  assert.equal(extraCategoryBase('ido.count.many', english), 'ido.count.other');
  assert.equal(extraCategoryBase('ido.count.one', english), undefined);
  assert.equal(extraCategoryBase('ido.total.few', english), undefined);
  assert.equal(extraCategoryBase('s1234', english), undefined);
});
