/*
 * <dv-stat-grid>: one story per example in packages/stat-card/src/examples.ts (the grid
 * shares the stat card's list). Attributes, frame and description come from that list
 * (see support/example-stories.ts); here each story is only named, because Storybook needs
 * static named exports. Adding an example? Add an export with its name below, or this
 * file throws at load.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@digivaardig/stat-card';
import { CHART_TYPES, TOPICS } from '@digivaardig/stat-card';
import { statCardExamples } from '@digivaardig/stat-card/examples';
import { widgetStories } from './support/example-stories.js';

// The ids of the embedded statistics, for the controls. Imported the way the widget does
// (lazily), so the dataset stays in its own chunk as it does on a real page.
const { statistics } = await import('@digivaardig/data/statistics');

const grid = widgetStories('dv-stat-grid', statCardExamples, {
  choices: {
    topic: [...TOPICS, 'all'],
    chart: CHART_TYPES,
  },
  lists: {
    stats: statistics.map((statistic) => statistic.id),
  },
});

const meta = {
  title: 'Widgets/Stat grid',
  ...grid.meta,
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const GridByTopic: Story = { name: 'Grid by topic' };
export const GridByIds: Story = { name: 'Grid by ids' };
export const GridWithCharts: Story = { name: 'Grid with charts' };
export const GridInEnglish320: Story = { name: 'Grid in English, 320 px' };
export const GridEmpty: Story = { name: 'Grid empty' };
export const GridLoading: Story = { name: 'Grid loading' };
export const GridError: Story = { name: 'Grid error' };
export const GridWithBadRows: Story = { name: 'Grid with bad rows' };
export const GridWithALanguageChoice: Story = { name: 'Grid with a language choice' };

grid.fromExamples({
  GridByTopic, GridByIds, GridWithCharts, GridInEnglish320, GridEmpty, GridLoading, GridError, GridWithBadRows, GridWithALanguageChoice,
});

/** Behind the "Embed" docs page (stat-grid.embed.mdx); not in the sidebar. */
export const EmbedPlayground: Story = {
  name: 'Embed playground',
  tags: ['!dev', '!autodocs'],
  ...grid.embedStory('Grid by topic'),
};
