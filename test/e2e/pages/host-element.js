// A host page's own component that puts a widget inside its open shadow root.
customElements.define(
  'test-host',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      setTimeout(() => {
        const card = document.createElement('dv-stat-card');
        card.setAttribute('stat', 'ido-library-branches');
        root.append(card);
      }, 50);
    }
  },
);
