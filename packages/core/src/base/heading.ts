import { html, type TemplateResult } from 'lit';

/** A real heading element (h1–h6) at a level chosen at run time. */
export function headingTemplate(level: number, content: unknown, part: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part}>${content}</h6>`;
    default:
      return html`<h2 part=${part}>${content}</h2>`;
  }
}
