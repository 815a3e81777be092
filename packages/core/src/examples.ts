/**
 * A visitor's action after the widget has settled, for examples that show a state only
 * reachable by interaction (suggestions open, a result chosen). Selectors are looked up
 * in the widget's shadow root.
 */
export type ExampleStep = { type: string; into: string } | { click: string };

/**
 * One example configuration of a widget. Each widget keeps its examples once, as data;
 * they feed its Storybook stories, its browser tests and the snippets in its docs.
 */
export interface WidgetExample {
  /** Story name, e.g. "Bar chart". */
  name: string;
  /** The custom element, e.g. "dv-stat-card". */
  tag: string;
  /** Attributes as a webmaster writes them; `true` is a boolean attribute. */
  attributes: Record<string, string | true>;
  /** What the example shows, for the docs (English, for contributors and webmasters). */
  description: string;
  /** The state the widget settles in, which the browser tests check. */
  settles: 'ready' | 'empty' | 'error' | 'loading';
  /** Text the settled widget must show (Dutch unless the example sets lang). */
  shows?: string;
  /** Width of the frame around the widget, e.g. 320 for a narrow phone. */
  width?: number;
  /** A darker page behind the widget (for dark-theme examples). */
  darkPage?: boolean;
  /** What a visitor does once the widget has settled (stories and tests both play it). */
  steps?: ExampleStep[];
}

/** An attribute as a person would write it: JSON in single quotes, the rest in double. */
function attribute(name: string, value: string): string {
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  if (value.includes('"') && !value.includes("'")) return ` ${name}='${escaped}'`;
  return ` ${name}="${escaped.replace(/"/g, '&quot;')}"`;
}

/** The example as the HTML a webmaster pastes into a page. */
export function exampleMarkup(example: Pick<WidgetExample, 'tag' | 'attributes'>): string {
  const attributes = Object.entries(example.attributes)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : attribute(name, value)))
    .join('');
  return `<${example.tag}${attributes}></${example.tag}>`;
}

/** The CDN script tag of the embed snippet (see docs/getting-started.md). */
export const CDN_SCRIPT =
  '<script type="module" src="https://cdn.jsdelivr.net/npm/@digivaardig/widgets@1/dist/digivaardig.js"></script>';
