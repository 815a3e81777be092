import { css, html, type TemplateResult } from 'lit';

/**
 * The shapes a loading widget draws in place of its content: a big figure, a heading, a
 * line of text (or a short one), a form field with its button, an answer button, a row
 * of a result list.
 */
export type Bone = 'figure' | 'heading' | 'line' | 'short' | 'field' | 'answer' | 'row';

/**
 * A widget's skeleton keeps the place its content will take while its data loads, so the
 * page does not move when the content arrives. The loading widget is at least
 * `--_dv-reserve` high: the size the autoloader reserved for the tag before its code
 * arrived (see packages/widgets/src/reserve.css); the bones give it the shape of the content.
 */
export const skeletonStyles = css`
  .base[data-phase='loading'] {
    display: flex;
    flex-direction: column;
    min-block-size: var(--_dv-reserve, auto);
  }
  .skeleton {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [data-bone] {
    block-size: 1em;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.5;
  }
  [data-bone='figure'] {
    block-size: 2.75em;
    inline-size: 8em;
  }
  [data-bone='heading'] {
    block-size: 1.5em;
    inline-size: 70%;
  }
  [data-bone='short'] {
    inline-size: 40%;
  }
  [data-bone='field'],
  [data-bone='answer'] {
    block-size: 2.75em;
  }
  [data-bone='answer'] {
    inline-size: 12em;
    max-inline-size: 100%;
  }
  [data-bone='row'] {
    block-size: 6em;
  }
`;

/**
 * The loading state as a skeleton: `words` (the base element's loading message) stay for
 * screen readers, with the widget's `aria-busy`; the bones are only seen.
 */
export function skeleton(words: unknown, bones: readonly Bone[]): TemplateResult {
  return html`<div class="visually-hidden">${words}</div>
    <div class="skeleton" aria-hidden="true">${bones.map((bone) => html`<div data-bone=${bone}></div>`)}</div>`;
}
