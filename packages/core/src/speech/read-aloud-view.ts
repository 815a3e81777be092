import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { adoptStyles } from '../styles/adopt.js';
import type { ReadAloud } from './read-aloud-controller.js';

// The lazily loaded half of ReadAloudPart (read-aloud-part.ts): the controller, the words and the view.
export { ReadAloud } from './read-aloud-controller.js';
export { readAloudWords } from './read-aloud-words.js';

/** The visible words of the read-aloud controls, in the widget's language. */
export interface ReadAloudWords {
  read: string;
  pause: string;
  resume: string;
  stop: string;
}

const speakerIcon = svg`<path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z"/>`;

/**
 * "Lees voor" with the sentence being read. One button starts, pauses and goes on, so
 * keyboard focus never has to move; "Stop" appears while reading and Escape stops too.
 * The transcript repeats text that is on the screen already, so it is hidden from
 * screen readers (they read the screen themselves). Nothing renders without a voice.
 */
export function readAloudTemplate(
  reader: ReadAloud,
  words: ReadAloudWords,
  script: () => readonly string[] | Promise<readonly string[]>,
): TemplateResult | typeof nothing {
  if (!reader.available) return nothing;
  const label = reader.state === 'reading' ? words.pause : reader.state === 'paused' ? words.resume : words.read;
  const stop = (event: Event) => {
    const bar = (event.currentTarget as HTMLElement).closest('.read-aloud');
    reader.stop();
    bar?.querySelector<HTMLElement>('.read-aloud-toggle')?.focus();
  };
  return html`<div class="read-aloud" part="read-aloud" @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && reader.state !== 'idle' && stop(event)}>
    <div class="read-aloud-controls">
      <button type="button" class="read-aloud-toggle secondary" part="read-aloud-button" @click=${() => reader.toggle(script)}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${speakerIcon}</svg>${label}
      </button>
      ${reader.state === 'idle' ? nothing : html`<button type="button" class="secondary" part="read-aloud-stop" @click=${stop}>${words.stop}</button>`}
    </div>
    ${reader.state === 'idle'
      ? nothing
      : html`<ol class="read-aloud-text" part="read-aloud-text" aria-hidden="true">
          ${reader.sentences.map((sentence, index) => html`<li class=${index === reader.current ? 'now' : ''}>${sentence}</li>`)}
        </ol>`}
  </div>`;
}

export const readAloudStyles = css`
  .read-aloud {
    margin-block: 0 var(--_space);
  }
  .read-aloud-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .read-aloud-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .read-aloud-toggle svg {
    fill: currentColor;
    flex: none;
  }
  .read-aloud-text {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .read-aloud-text li {
    padding: 0.1em 0.2em;
  }
  .read-aloud-text li.now {
    /* On the transcript's surface: the page's own background, framed, stands out in both themes. */
    background: var(--_background);
    outline: 2px solid var(--_primary);
    border-radius: 0.2em;
  }
  @media (forced-colors: active) {
    .read-aloud-text li.now {
      background: Highlight;
      color: HighlightText;
    }
  }
`;

/** Adds the read-aloud styles to a widget that loaded this view late (ReadAloudPart). */
export function adoptReadAloudStyles(host: { renderRoot: HTMLElement | DocumentFragment }): void {
  adoptStyles(host, readAloudStyles);
}
