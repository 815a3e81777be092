// The page's components: each makes its shadow root only when the test says so (long
// after load), then puts a widget in it, or another component that does (nested).
window.makeLate = (kind) => {
  const host = document.createElement('div');
  host.id = kind;
  document.body.append(host);
  const root = host.attachShadow({ mode: kind === 'closed' ? 'closed' : 'open' });
  window.roots = { ...window.roots, [kind]: root };
  const card = document.createElement('dv-stat-card');
  card.setAttribute('value', '682');
  card.setAttribute('label', 'Informatiepunten');
  card.setAttribute('source', 'IDO');
  if (kind === 'nested') {
    const inner = document.createElement('div');
    root.append(inner);
    inner.attachShadow({ mode: 'open' }).append(card);
  } else {
    root.append(card);
  }
  // The frame the widget was connected in; the test counts frames from here.
  window.connectedAt = performance.now();
  window.frames = 0;
  const count = () => {
    window.frames++;
    if (!card.shadowRoot?.querySelector('[part="base"]')) requestAnimationFrame(count);
    else window.renderedAfter = { frames: window.frames, ms: performance.now() - window.connectedAt };
  };
  requestAnimationFrame(count);
};
