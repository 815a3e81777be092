import { html, LitElement } from 'lit';

// The yardstick for `pnpm bench`: the least a Lit element can do (one template, no styles).
class BenchBare extends LitElement {
  override render() {
    return html`<p>79%</p>`;
  }
}
customElements.define('bench-bare', BenchBare);
