import { css, html, type TemplateResult } from 'lit';

/**
 * The "Voorbeeldgegevens" note, alike in every widget: `label` in bold ("Voorbeeldgegevens."),
 * then `text` saying what is made up. The widget passes its own `msg()` words and adds
 * `sampleDataNoteStyles` to its styles (only widgets with sample data pay for them).
 */
export function sampleDataNote(label: string, text: unknown): TemplateResult {
  return html`<p class="demo-note" part="demo-note"><strong>${label}</strong> ${text}</p>`;
}

/**
 * Calm: a neutral grey bar, never the error (danger) or the focus ring's colour, so the note
 * does not read as a problem (checked in light and dark by calm-states.browser.test.ts).
 */
export const sampleDataNoteStyles = css`
  .demo-note {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 0.375em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @media (forced-colors: active) {
    .demo-note {
      border-color: CanvasText;
    }
  }
`;
