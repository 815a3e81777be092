/**
 * A visitor's action after the widget has settled, for examples that show a state only
 * reachable by interaction (suggestions open, a result chosen). Selectors are looked up
 * in the widget's shadow root.
 */
export type ExampleStep = { type: string; into: string } | { click: string };

/**
 * Another widget on the same page, placed before the example's own: a self-check whose
 * result a course finder follows. `properties` are set through the widget's public API.
 */
export interface ExampleCompanion {
  tag: string;
  attributes: Record<string, string | true>;
  properties?: Record<string, unknown>;
}

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
  /** Other widgets on the same page, before this one. */
  companions?: ExampleCompanion[];
  /**
   * The events the widget has fired once settled and its steps played, when they are not
   * the usual ones (`dv-ready` for ready and empty, `dv-error` for error).
   */
  fires?: ('dv-ready' | 'dv-error')[];
}

/** An attribute as a person would write it: JSON in single quotes, the rest in double. */
function attribute(name: string, value: string): string {
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  if (value.includes('"') && !value.includes("'")) return ` ${name}='${escaped}'`;
  return ` ${name}="${escaped.replace(/"/g, '&quot;')}"`;
}

function tagMarkup({ tag, attributes }: Pick<WidgetExample, 'tag' | 'attributes'>): string {
  const text = Object.entries(attributes)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : attribute(name, value)))
    .join('');
  return `<${tag}${text}></${tag}>`;
}

/** The example as the HTML a webmaster pastes into a page (its companions first). */
export function exampleMarkup(example: Pick<WidgetExample, 'tag' | 'attributes' | 'companions'>): string {
  return [...(example.companions ?? []), example].map(tagMarkup).join('\n');
}

/**
 * The CDN script tag of the embed snippet, pinned to the version in
 * packages/widgets/package.json (`pnpm run docs` keeps it there; see docs/getting-started.md).
 */
export const CDN_SCRIPT =
  '<script type="module" src="https://cdn.jsdelivr.net/npm/@digivaardig/widgets@0.1.0/dist/digivaardig.js"></script>';
