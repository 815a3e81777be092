/*
 * <dv-stat-card>: one story per example in packages/stat-card/src/examples.ts. The
 * attributes, frame and description come from that list (see support/example-stories.ts);
 * here each story is only named, because Storybook needs static named exports.
 * Adding an example? Add an export with its name below, or this file throws at load.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@digivaardig/stat-card';
import { CHART_TYPES, UNITS } from '@digivaardig/stat-card';
import { statCardExamples } from '@digivaardig/stat-card/examples';
import { widgetStories } from './support/example-stories.js';

// The ids of the embedded statistics, for the controls. Imported the way the widget does
// (lazily), so the dataset stays in its own chunk as it does on a real page.
const { statistics } = await import('@digivaardig/data/statistics');

const card = widgetStories('dv-stat-card', statCardExamples, {
  choices: {
    stat: statistics.map((statistic) => statistic.id),
    chart: CHART_TYPES,
    unit: UNITS,
  },
});

const meta = {
  title: 'Widgets/Stat card',
  ...card.meta,
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const Default: Story = { name: 'Default' };
export const Inline: Story = { name: 'Inline' };
export const BarChart: Story = { name: 'Bar chart' };
export const LineChart: Story = { name: 'Line chart' };
export const DoughnutChart: Story = { name: 'Doughnut chart' };
export const Compare: Story = { name: 'Compare' };
export const SeriesAttribute: Story = { name: 'Series attribute' };
export const English: Story = { name: 'English' };
export const Dark: Story = { name: 'Dark' };
export const Narrow320: Story = { name: 'Narrow 320 px' };
export const FromCsvFeed: Story = { name: 'From a CSV feed' };
export const Loading: Story = { name: 'Loading' };
// (This module does not use the global Error, which the export shadows here.)
export const Error: Story = { name: 'Error' };
export const UnknownStatistic: Story = { name: 'Unknown statistic' };
export const Empty: Story = { name: 'Empty' };
export const LanguageChoice: Story = { name: 'Language choice' };

card.fromExamples({
  Default, Inline, BarChart, LineChart, DoughnutChart, Compare, SeriesAttribute, English, Dark,
  Narrow320, FromCsvFeed, Loading, Error, UnknownStatistic, Empty, LanguageChoice,
});

/** Behind the "Embed" docs page (stat-card.embed.mdx); not in the sidebar. */
export const EmbedPlayground: Story = {
  name: 'Embed playground',
  tags: ['!dev', '!autodocs'],
  ...card.embedStory('Default'),
};
