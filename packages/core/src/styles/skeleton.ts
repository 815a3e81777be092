import { css, html, type TemplateResult } from 'lit';

/**
 * The shapes a loading widget draws in place of its content: a line of text, a short one
 * (a heading, a source), a block (a big figure, a form field, a button) and a row of a
 * result list.
 */
export type Bone = 'line' | 'short' | 'block' | 'row';

/**
 * A widget's skeleton keeps the place its content will take while its data loads, so the
 * page does not move when the content arrives. The loading widget is at least
 * `--_dv-reserve` high: the size the autoloader reserved for the tag before its code
 * arrived (packages/widgets/src/reserve.css); the bones give it the shape of the content.
 * Kept small: every widget's first render carries it.
 */
export const skeletonStyles = css`
  .base[data-phase='loading'] {
    display: flex;
    flex-direction: column;
    min-height: var(--_dv-reserve, auto);
  }
  .skeleton {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.75em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton > * {
    height: 1em;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.5;
  }
  .skeleton > .short,
  .skeleton > .block {
    width: 50%;
  }
  .skeleton > .block {
    height: 2.75em;
  }
  .skeleton > .row {
    height: 6em;
  }
`;

/**
 * The loading state as a skeleton: `words` (the base element's loading message) stay for
 * screen readers, with the widget's `aria-busy`; the bones are only seen.
 */
export function skeleton(words: unknown, bones: readonly Bone[]): TemplateResult {
  return html`<div class="visually-hidden">${words}</div>
    <div class="skeleton" aria-hidden="true">${bones.map((bone) => html`<div class=${bone}></div>`)}</div>`;
}
