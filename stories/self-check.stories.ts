/*
 * <dv-self-check>: one story per example in packages/self-check/src/examples.ts. The
 * attributes, frame and description come from that list (see support/example-stories.ts).
 * Some examples also bring answers (the `answers` property), progress an earlier visit
 * stored (`persist`), or a click on the help: the render and play below apply those
 * through the element's public API, exactly as the browser tests do.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import '@digivaardig/self-check';
import { CHARTS, FRAMEWORKS } from '@digivaardig/self-check';
import { prepareExample, selfCheckExamples, type SelfCheckExample } from '@digivaardig/self-check/examples';
import { widgetStories } from './support/example-stories.js';

const check = widgetStories('dv-self-check', selfCheckExamples, {
  choices: { framework: FRAMEWORKS, chart: CHARTS },
});

const exampleOf = (context: StoryContext): SelfCheckExample | undefined =>
  selfCheckExamples.find((example) => example.name === (context.parameters as { example?: string }).example);

/** Undoes what the story's example stored, when the story is left (see beforeEach). */
let leaveExample: (() => void) | undefined;

const meta = {
  title: 'Widgets/Self-check',
  ...check.meta,
  render: (args, context) => {
    const frame = check.meta.render(args, context);
    const example = exampleOf(context);
    const element = frame.querySelector<HTMLElement>('dv-self-check');
    if (example && element) leaveExample = prepareExample(element, example);
    return frame;
  },
  // The cleanup runs when the story is left: progress the "Persisted and restored" story
  // stored does not stay in this browser for every self-check story opened after it.
  beforeEach: () => () => {
    leaveExample?.();
    leaveExample = undefined;
  },
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const Intro: Story = { name: 'Intro' };
export const Question: Story = { name: 'Question' };
export const HelpOpen: Story = { name: 'Help open' };
export const ResultBeginner: Story = { name: 'Result: beginner' };
export const ResultBasis: Story = { name: 'Result: basis' };
export const ResultGevorderd: Story = { name: 'Result: gevorderd' };
export const ResultNoLevel: Story = { name: 'Result: no level' };
export const ResultWithCourseFinder: Story = { name: 'Result with course finder' };
export const ResultMoreHelpOpen: Story = { name: 'Result: more help and another area open' };
export const ResultOnAPhone: Story = { name: 'Result on a phone' };
export const EnglishResult: Story = { name: 'English result' };
export const Radar: Story = { name: 'Radar' };
export const English: Story = { name: 'English' };
export const PersistedAndRestored: Story = { name: 'Persisted and restored' };
export const PersistedResult: Story = { name: 'Persisted result' };
export const SloFramework: Story = { name: 'SLO framework' };
export const SomeAreas: Story = { name: 'Some areas' };
export const CustomSetFromSrc: Story = { name: 'Custom set from src' };
export const InvalidSet: Story = { name: 'Invalid set' };
export const Loading: Story = { name: 'Loading' };
// (This module does not use the global Error, which the export shadows here.)
export const Error: Story = { name: 'Error' };
export const Narrow320: Story = { name: 'Narrow 320 px' };
export const Dark: Story = { name: 'Dark' };
export const LanguageChoice: Story = { name: 'Language choice' };

check.fromExamples({
  Intro, Question, HelpOpen, ResultBeginner, ResultBasis, ResultGevorderd, ResultNoLevel,
  ResultWithCourseFinder, ResultMoreHelpOpen, ResultOnAPhone, EnglishResult, Radar, English, PersistedAndRestored, PersistedResult, SloFramework, SomeAreas,
  CustomSetFromSrc, InvalidSet, Loading, Error, Narrow320, Dark, LanguageChoice,
});

/** Behind the "Embed" docs page (self-check.embed.mdx); not in the sidebar. */
export const EmbedPlayground: Story = {
  name: 'Embed playground',
  tags: ['!dev', '!autodocs'],
  ...check.embedStory('Intro'),
};
