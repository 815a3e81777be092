/*
 * <dv-course-finder>: one story per example in packages/course-finder/src/examples.ts. The
 * attributes, frame and description come from that list (see support/example-stories.ts);
 * here each story is only named, because Storybook needs static named exports.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@digivaardig/course-finder';
import '@digivaardig/self-check';
import { FORMATS, PROGRAMME_IDS } from '@digivaardig/course-finder';
import { courseFinderExamples } from '@digivaardig/course-finder/examples';
import { TOPICS } from '@digivaardig/core';
import { widgetStories } from './support/example-stories.js';

const finder = widgetStories('dv-course-finder', courseFinderExamples, {
  choices: { jsonld: ['on', 'none'], 'page-size': ['3', '5', '10', '20'] },
  lists: { topics: TOPICS, formats: FORMATS, programmes: PROGRAMME_IDS },
});

const meta = {
  title: 'Widgets/Course finder',
  ...finder.meta,
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const Default: Story = { name: 'Default' };
export const Search: Story = { name: 'Search' };
export const FiltersOn: Story = { name: 'Filters on' };
export const WhatPeopleAskFirst: Story = { name: 'What people ask first' };
export const ATopicNearYou: Story = { name: 'A topic near you' };
export const ATopicTheFeedLacks: Story = { name: 'A topic the feed lacks' };
export const FromCsvFeed: Story = { name: 'From a CSV feed' };
export const WithPostcode: Story = { name: 'With postcode and distances' };
export const FollowingSelfCheck: Story = { name: 'Following a self-check' };
export const ShareableLink: Story = { name: 'Shareable link' };
export const NoResults: Story = { name: 'No results' };
export const English: Story = { name: 'English' };
export const Dark: Story = { name: 'Dark' };
export const Narrow320: Story = { name: 'Narrow 320 px' };
export const BadRows: Story = { name: 'Bad rows' };
export const Loading: Story = { name: 'Loading' };
export const FeedError: Story = { name: 'Feed error' };
export const Empty: Story = { name: 'Empty' };
export const LanguageChoice: Story = { name: 'Language choice' };

finder.fromExamples({
  Default, Search, FiltersOn, FromCsvFeed, WithPostcode, FollowingSelfCheck, ShareableLink, NoResults,
  English, Dark, Narrow320, BadRows, Loading, FeedError, Empty, WhatPeopleAskFirst, ATopicNearYou, ATopicTheFeedLacks, LanguageChoice,
});

/** Behind the "Embed" docs page (course-finder.embed.mdx); not in the sidebar. */
export const EmbedPlayground: Story = {
  name: 'Embed playground',
  tags: ['!dev', '!autodocs'],
  ...finder.embedStory('Default'),
};
