import { expect } from '@open-wc/testing';
import { storageKey } from '@digivaardig/core';
import { prepareExample, selfCheckExamples } from './examples.js';
import '../../../test/support/locale-guard.js';

describe('prepareExample', () => {
  it('removes the progress the "Persisted and restored" example stored when the example is left', () => {
    localStorage.clear();
    const example = selfCheckExamples.find((candidate) => candidate.name === 'Persisted and restored')!;
    const leave = prepareExample(document.createElement('dv-self-check'), example);
    expect(localStorage.getItem(storageKey('digiq'))).to.contain('"step":5');
    leave();
    expect(localStorage.length).to.equal(0);
  });
});
