/*
 * Stories made from a widget's list of examples (`packages/<widget>/src/examples.ts`).
 * The list is the one source: a story file only names its exports, and this module gives
 * each export the example's attributes (as args), frame, background and description.
 * It throws at module load when an export names no example, or an example has no story,
 * so the list and the stories cannot drift apart.
 */
import type { ArgTypes, Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { exampleMarkup, LOCALES, THEMES, type WidgetExample } from '@digivaardig/core';
import { CDN_SNIPPET } from './cdn-snippet.js';
import { elementDeclaration, publicAttributes, type ElementDeclaration } from './manifest.js';
import { playSteps } from './play-steps.js';

/** The page colour behind examples with `darkPage` (also the "Dark" background). */
export const DARK_PAGE = '#1f2328';

export interface WidgetStoryOptions {
  /** Attributes whose values come from a fixed list: they get a select control. */
  choices?: Record<string, readonly string[]>;
  /** Comma-separated list attributes: a checkbox per option; the arg is an array. */
  lists?: Record<string, readonly string[]>;
}

interface Frame {
  width?: number;
  darkPage?: boolean;
}

/** What a story made here carries in its parameters. */
interface ExampleParameters {
  example?: string;
  frame?: Frame;
}

const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

/** The arg of a CSS part. Parts may share a name with an attribute (`value`, `chart`). */
const partArg = (name: string) => `::part(${name})`;

/** The name Storybook gives the action arg of an event (`dv-ready` → `onDvReady`). */
function handlerArg(event: string): string {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_match, chr?: string) => (chr ? chr.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/**
 * The default a description states ("`none` (default)", "(`all`, the default: …)",
 * "2 by default"), for the table; the manifest's own default is the property's initial
 * '' ("not set"), which says nothing. `null` shows "-".
 */
function statedDefault(description = ''): { summary: string } {
  const match =
    /`([^`]+)` \(default\b/.exec(description) ??
    /`([^`]+)`, the default\b/.exec(description) ??
    /\b(\d[\w.]*) by default\b/.exec(description);
  return (match ? { summary: match[1] } : null) as { summary: string };
}

function splitList(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}

/**
 * The attributes a story's args stand for, as `exampleMarkup()` takes them: the element's
 * attributes that are set (in the order of the args, so an unchanged story gives exactly
 * its example's markup), plus a `style` attribute for CSS custom properties that are set.
 */
export function attributesFromArgs(args: Args, declaration: ElementDeclaration): Record<string, string | true> {
  const attributeNames = new Set(publicAttributes(declaration).map((attribute) => attribute.name));
  const cssProperties = new Set((declaration.cssProperties ?? []).map((property) => property.name));
  const attributes: Record<string, string | true> = {};
  const style: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === false || value === '') continue;
    if (attributeNames.has(name)) {
      if (value === true) attributes[name] = true;
      else if (Array.isArray(value)) {
        if (value.length) attributes[name] = value.join(',');
      } else attributes[name] = String(value);
    } else if (cssProperties.has(name)) {
      style.push(`${name}: ${String(value)}`);
    }
  }
  if (style.length) attributes.style = style.join('; ');
  return attributes;
}

/** The copy-paste snippet: the pinned CDN script (with its integrity hash) and the tag with the given attributes. */
export function embedSnippet(tag: string, attributes: Record<string, string | true>): string {
  return `${CDN_SNIPPET}\n${exampleMarkup({ tag, attributes })}`;
}

/** The args a webmaster sets on the Embed page: attributes and CSS custom properties. */
export function embedControls(tag: string): string[] {
  const declaration = elementDeclaration(tag);
  return [
    ...publicAttributes(declaration).map((attribute) => attribute.name),
    ...(declaration.cssProperties ?? []).map((property) => property.name),
  ];
}

function controlsFor(declaration: ElementDeclaration, options: WidgetStoryOptions, examples: WidgetExample[]): ArgTypes {
  const argTypes: ArgTypes = {};
  const attributeNames = new Set(publicAttributes(declaration).map((attribute) => attribute.name));

  // Storybook reads the manifest's properties too. Those that are the other face of an
  // attribute (`sourceUrl` for `source-url`) or internal would only repeat or confuse: hidden.
  // Public properties without an attribute (`statistic`) stay documented, without a control.
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || attributeNames.has(member.name)) continue;
    const hidden = member.static || member.privacy === 'private' || member.privacy === 'protected' || member.attribute;
    argTypes[member.name] = hidden ? { table: { disable: true } } : { control: false };
  }

  // Events: an action per documented event (the Actions panel); the analyzer's stray
  // entries without a description are hidden.
  for (const event of declaration.events ?? []) {
    if (event.description) argTypes[event.name] = { control: false };
    else {
      argTypes[event.name] = { table: { disable: true } };
      argTypes[handlerArg(event.name)] = { table: { disable: true } };
    }
  }

  // CSS parts are documented under `::part(name)`: Storybook keys them by bare name, which
  // would hide the attributes of the same name (`value`, `source`, `chart`).
  for (const part of declaration.cssParts ?? []) {
    if (!attributeNames.has(part.name)) argTypes[part.name] = { table: { disable: true } };
    argTypes[partArg(part.name)] = {
      name: partArg(part.name),
      description: part.description,
      control: false,
      table: { category: 'css shadow parts' },
    };
  }

  // CSS custom properties: set on the element (a `style` attribute in the snippet).
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      control: { type: property.name.includes('-color-') ? 'color' : 'text' },
      table: { category: 'css custom properties', defaultValue: statedDefault(property.description) },
    };
  }

  // A control for every attribute. Choices offer '' ("not set") first, so a designer can go
  // back to the widget's default. Values the examples use are always among the options.
  const usedValues = (name: string) =>
    examples.flatMap((example) => {
      const value = example.attributes[name];
      if (typeof value !== 'string' || !value) return [];
      return options.lists?.[name] ? splitList(value) : [value];
    });
  const choices: Record<string, readonly string[]> = {
    lang: LOCALES,
    theme: THEMES,
    'heading-level': HEADING_LEVELS,
    ...options.choices,
  };
  // Attributes the analyzer lists that are not public (Lit state): out of the table.
  for (const attribute of declaration.attributes ?? []) {
    if (!attributeNames.has(attribute.name)) argTypes[attribute.name] = { table: { disable: true } };
  }
  for (const attribute of publicAttributes(declaration)) {
    const name = attribute.name;
    const typeText = attribute.type?.text ?? 'string';
    const list = options.lists?.[name];
    const choice = choices[name];
    const common = {
      name,
      description: attribute.description,
      type: { name: typeText === 'boolean' ? 'boolean' : 'string', required: false },
      table: {
        category: 'attributes',
        type: { summary: list ? 'string (comma-separated)' : typeText },
        defaultValue: statedDefault(attribute.description),
      },
    } as const;
    if (typeText === 'boolean') {
      argTypes[name] = { ...common, control: { type: 'boolean' } };
    } else if (list) {
      argTypes[name] = { ...common, control: { type: 'inline-check' }, options: [...new Set([...list, ...usedValues(name)])] };
    } else if (choice) {
      argTypes[name] = {
        ...common,
        control: { type: 'select', labels: { '': '(not set)' } },
        options: ['', ...new Set([...choice, ...usedValues(name)])],
      };
    } else {
      argTypes[name] = { ...common, control: { type: 'text' } };
    }
  }
  return argTypes;
}

/**
 * Meta, stories and the embed story of one element, made from its examples.
 * Use `meta` in the default export, then `fromExamples({ ...every story export })`.
 */
export function widgetStories(tag: string, allExamples: readonly WidgetExample[], options: WidgetStoryOptions = {}) {
  const declaration = elementDeclaration(tag);
  const attributeNames = publicAttributes(declaration).map((attribute) => attribute.name);
  const events = (declaration.events ?? []).filter((event) => event.description).map((event) => event.name);
  const examples = allExamples.filter((example) => example.tag === tag);

  for (const example of examples) {
    const unknown = Object.keys(example.attributes).filter((name) => !attributeNames.includes(name));
    if (unknown.length) {
      throw new Error(`Example "${example.name}" uses attributes <${tag}> does not have: ${unknown.join(', ')}.`);
    }
  }

  const lists = options.lists ?? {};
  const argsFrom = (example: WidgetExample): Args =>
    Object.fromEntries(
      Object.entries(example.attributes).map(([name, value]) => [
        name,
        name in lists && typeof value === 'string' ? splitList(value) : value,
      ]),
    );

  const attributesOf = (args: Args) => attributesFromArgs(args, declaration);

  /** The element with exactly the set args as attributes, in the example's frame. */
  const render = (args: Args, context: StoryContext): HTMLElement => {
    const parameters = context.parameters as ExampleParameters;
    if (!parameters.example) {
      throw new Error(
        `Story "${context.name}" is not made from an example: add it to ${tag}'s examples.ts and to fromExamples().`,
      );
    }
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributesOf(args))) element.setAttribute(name, value === true ? '' : value);
    for (const event of events) {
      const handler: unknown = args[handlerArg(event)];
      if (typeof handler === 'function') element.addEventListener(event, handler as EventListener);
    }
    const frame = document.createElement('div');
    frame.className = 'dv-story-frame';
    const { width, darkPage } = parameters.frame ?? {};
    if (width) frame.style.width = `${width}px`;
    if (darkPage) Object.assign(frame.style, { background: DARK_PAGE, padding: '1rem', colorScheme: 'dark' });
    // Other widgets the example has on its page (a self-check a finder follows) come first.
    for (const companion of examples.find((example) => example.name === parameters.example)?.companions ?? []) {
      const other = document.createElement(companion.tag);
      for (const [name, value] of Object.entries(companion.attributes)) other.setAttribute(name, value === true ? '' : value);
      Object.assign(other, companion.properties ?? {});
      frame.append(other);
    }
    frame.append(element);
    return frame;
  };

  const meta = {
    component: tag,
    argTypes: controlsFor(declaration, options, examples),
    render,
    parameters: {
      docs: {
        source: {
          language: 'html',
          // "Show code" gives what a webmaster pastes, for the args as they are now.
          transform: (_code: string, context: StoryContext) => embedSnippet(tag, attributesOf(context.args)),
        },
      },
    },
  } satisfies Meta;

  const exampleNamed = (name: string): WidgetExample => {
    const example = examples.find((candidate) => candidate.name === name);
    if (!example) {
      throw new Error(`There is no <${tag}> example named "${name}" in examples.ts (stories and examples must match).`);
    }
    return example;
  };

  const storyOf = (example: WidgetExample): StoryObj => ({
    name: example.name,
    args: argsFrom(example),
    parameters: {
      example: example.name,
      frame: { width: example.width, darkPage: example.darkPage },
      docs: { description: { story: example.description } },
    },
    ...(example.darkPage ? { globals: { backgrounds: { value: 'dark' } } } : {}),
    // An example that shows a state reached by interaction plays its steps once rendered.
    ...(example.steps?.length
      ? {
          play: async ({ canvasElement }: StoryContext) => {
            const element = canvasElement.querySelector(`.dv-story-frame > ${tag}:last-child`) ?? canvasElement.querySelector(tag);
            if (!element) return;
            await customElements.whenDefined(tag);
            // A widget far below the fold (the course finder under a self-check) loads only
            // when it comes near the screen: bring it there, as a visitor would by scrolling.
            element.scrollIntoView({ block: 'nearest' });
            await waitForPhase(element, example.settles);
            await playSteps(element, example.steps);
          },
        }
      : {}),
  });

  return {
    tag,
    meta,
    examples,
    /** The attributes a story's args stand for (what `exampleMarkup()` takes). */
    attributesOf,

    /**
     * Fills each story export from the example its `name` names, in place, and checks that
     * every example of this element has exactly one story. Throws at module load otherwise.
     */
    fromExamples(stories: Record<string, StoryObj>): void {
      const seen = new Map<string, string>();
      for (const [exportName, story] of Object.entries(stories)) {
        if (!story.name) throw new Error(`Story export ${exportName} has no name: give it the example's name.`);
        const example = exampleNamed(story.name);
        const earlier = seen.get(example.name);
        if (earlier) throw new Error(`Example "${example.name}" has two stories: ${earlier} and ${exportName}.`);
        seen.set(example.name, exportName);
        Object.assign(story, storyOf(example));
      }
      const missing = examples.filter((example) => !seen.has(example.name)).map((example) => `"${example.name}"`);
      if (missing.length) {
        throw new Error(`These <${tag}> examples have no story: ${missing.join(', ')}. Export one per example.`);
      }
    },

    /**
     * The story behind the Embed docs page: starts as the named example, with no frame.
     * Give it `tags: ['!dev', '!autodocs']` in the story file (Storybook reads tags
     * statically): it is not an example, so it stays out of the sidebar and autodocs.
     */
    embedStory(exampleName: string): StoryObj {
      const example = exampleNamed(exampleName);
      return {
        args: argsFrom(example),
        parameters: { example: example.name },
      };
    },
  };
}

/** Waits (up to 10 s) until the widget shows the phase its example settles in. */
async function waitForPhase(element: Element, phase: string): Promise<void> {
  const until = Date.now() + 10000;
  while (element.shadowRoot?.querySelector<HTMLElement>('[part="base"]')?.dataset.phase !== phase && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

