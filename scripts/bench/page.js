// Runs in the bench page: mounts elements one at a time and times append → first render.
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Resolves when the element has rendered its first real content. */
function rendered(element) {
  if (element.localName === 'bench-bare') return element.updateComplete;
  return new Promise((resolve) => element.addEventListener('dv-ready', resolve, { once: true }));
}

async function timeFirstRender(tag, attributes, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    const start = performance.now();
    document.body.append(element);
    await rendered(element);
    // Up to a laid-out box: style and layout of what was rendered, not only the DOM.
    element.shadowRoot.firstElementChild.getBoundingClientRect();
    times.push(performance.now() - start);
    element.remove();
  }
  return { first: times[0], median: median(times.slice(1)), runs };
}

window.runBench = async (runs) => {
  if (!crossOriginIsolated) throw new Error('page is not cross-origin isolated: timer too coarse');
  await customElements.whenDefined('dv-stat-card');
  await customElements.whenDefined('bench-bare');
  const card = { value: '79', unit: 'percent', label: 'Nederlanders met minstens basisvaardigheden', year: '2021', source: 'CPB' };
  return {
    bare: await timeFirstRender('bench-bare', {}, runs),
    card: await timeFirstRender('dv-stat-card', card, runs),
    cardFromDataset: await timeFirstRender('dv-stat-card', { stat: 'digid-accounts' }, runs),
  };
};
